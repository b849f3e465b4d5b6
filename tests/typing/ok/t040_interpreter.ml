(* A tiny stack-machine interpreter *)
type instr = Push of int | Pop | Add | Mul | Dup | Swap | Jz of int | Jmp of int

exception Stack_underflow of int

type state = { mutable pc : int; mutable stack : int list }

let step prog st =
  let fail () = raise (Stack_underflow st.pc) in
  (match prog.(st.pc), st.stack with
   | Push n, s -> st.stack <- n :: s
   | Pop, _ :: s -> st.stack <- s
   | Add, a :: b :: s -> st.stack <- (a + b) :: s
   | Mul, a :: b :: s -> st.stack <- (a * b) :: s
   | Dup, a :: s -> st.stack <- a :: a :: s
   | Swap, a :: b :: s -> st.stack <- b :: a :: s
   | Jz t, a :: s -> st.stack <- s; if a = 0 then st.pc <- t - 1
   | Jmp t, _ -> st.pc <- t - 1
   | _, _ -> fail ());
  st.pc <- st.pc + 1

let run prog =
  let st = { pc = 0; stack = [] } in
  while st.pc < Array.length prog do step prog st done;
  st.stack

let () =
  let prog = [| Push 2; Push 3; Add; Dup; Mul; Push 0; Jz 8; Push 99 |] in
  List.iter (Printf.printf "%d\n") (run prog);
  try ignore (run [| Add |]) with Stack_underflow pc -> Printf.printf "underflow at %d\n" pc
