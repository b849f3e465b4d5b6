(* Exceptions with and without arguments *)
exception Empty
exception Parse_error of string * int
exception Found of int list

let head = function [] -> raise Empty | x :: _ -> x

let parse_digit s i =
  let c = s.[i] in
  if c >= '0' && c <= '9' then Char.code c - Char.code '0'
  else raise (Parse_error (s, i))

let find_first p l =
  try
    List.iter (fun x -> if p x then raise (Found [x])) l;
    None
  with Found v -> Some v

let safe f x = try Some (f x) with _ -> None

let describe e =
  match e with
  | Empty -> "empty"
  | Parse_error (s, i) -> Printf.sprintf "bad char in %S at %d" s i
  | Not_found -> "not found"
  | Failure msg -> "failure: " ^ msg
  | _ -> "other"

let () =
  print_endline (describe Empty);
  (try ignore (parse_digit "a1" 0) with e -> print_endline (describe e));
  (match find_first (fun x -> x > 2) [1; 2; 3; 4] with
   | Some [x] -> print_int x
   | _ -> ());
  print_newline ();
  ignore (safe head ([] : int list));
  ignore (safe (fun () -> failwith "boom") ())
