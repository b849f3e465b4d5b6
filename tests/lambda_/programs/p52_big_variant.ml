type op = Nop | Push of int | Pop | Add | Sub | Mul | Dup | Swap | Jz of int | Jmp of int | Print | Halt
let run prog =
  let stack = ref [] in
  let pc = ref 0 in
  let running = ref true in
  while !running do
    (match prog.(!pc), !stack with
     | Nop, _ -> ()
     | Push n, s -> stack := n :: s
     | Pop, _ :: s -> stack := s
     | Add, a :: b :: s -> stack := (b + a) :: s
     | Sub, a :: b :: s -> stack := (b - a) :: s
     | Mul, a :: b :: s -> stack := (b * a) :: s
     | Dup, a :: s -> stack := a :: a :: s
     | Swap, a :: b :: s -> stack := b :: a :: s
     | Jz t, a :: s -> stack := s; if a = 0 then pc := t - 1
     | Jmp t, _ -> pc := t - 1
     | Print, a :: _ -> print_int a; print_newline ()
     | Halt, _ -> running := false
     | _, _ -> failwith "stack underflow");
    incr pc
  done
let () =
  (* countdown from 5 *)
  run [| Push 5; Dup; Print; Push 1; Sub; Dup; Jz 8; Jmp 1; Halt |];
  try run [| Add |] with Failure m -> print_endline m
