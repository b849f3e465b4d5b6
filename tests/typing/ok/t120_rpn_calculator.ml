(* A reverse-Polish-notation calculator using Stack *)
exception Bad_expression of string

let apply op a b =
  match op with
  | "+" -> a +. b
  | "-" -> a -. b
  | "*" -> a *. b
  | "/" -> a /. b
  | _ -> raise (Bad_expression op)

let eval text =
  let st = Stack.create () in
  List.iter
    (fun tok ->
      match float_of_string_opt tok with
      | Some f -> Stack.push f st
      | None ->
        if Stack.length st < 2 then raise (Bad_expression ("underflow at " ^ tok));
        let b = Stack.pop st in
        let a = Stack.pop st in
        Stack.push (apply tok a b) st)
    (List.filter (( <> ) "") (String.split_on_char ' ' text));
  match Stack.top_opt st with
  | Some v when Stack.length st = 1 -> v
  | _ -> raise (Bad_expression "leftover values")

let () =
  Printf.printf "%g\n" (eval "3 4 + 2 *");
  try ignore (eval "1 +") with Bad_expression m -> print_endline m
