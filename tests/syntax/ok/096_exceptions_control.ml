(* Exceptions used for control flow: early return, search, validation. *)
exception Found of int
exception Invalid_input of string * int

let find_first p arr =
  try
    Array.iteri (fun i x -> if p x then raise (Found i)) arr;
    None
  with Found i -> Some i

let validate l =
  List.iteri (fun i x -> if x < 0 then raise (Invalid_input ("negative", i))) l;
  List.length l

let protect f x = try Ok (f x) with e -> Error (Printexc.to_string e)

let () =
  (match find_first (fun x -> x mod 7 = 0) [| 1; 5; 14; 21 |] with
   | Some i -> Printf.printf "found at %d\n" i
   | None -> print_endline "not found");
  (try Printf.printf "%d\n" (validate [1; 2; -3])
   with Invalid_input (msg, pos) -> Printf.printf "%s at %d\n" msg pos);
  (match protect (fun x -> 10 / x) 0 with
   | Ok v -> Printf.printf "%d\n" v
   | Error s -> print_endline s);
  match protect List.hd [] with
  | Ok v -> print_int v
  | Error s -> print_endline s
