(* status: 0 *)
(* Splitting, joining, and tokenizing text without regular expressions. *)
let tokens s =
  let toks = ref [] and cur = Buffer.create 8 in
  let flush () = if Buffer.length cur > 0 then (toks := Buffer.contents cur :: !toks; Buffer.clear cur) in
  String.iter (fun c -> match c with
    | ' ' | '\t' | '\n' -> flush ()
    | '(' | ')' | '+' | '*' | '-' -> flush (); toks := String.make 1 c :: !toks
    | c -> Buffer.add_char cur c) s;
  flush ();
  List.rev !toks

let () =
  let t = tokens "(foo + bar)*12 -baz\tqux\n(x)" in
  Printf.printf "%d tokens: %s\n" (List.length t) (String.concat " | " t);
  let csv = "name,age,city\nann,31,paris\nbob,,rome\n" in
  let rows = List.filter (( <> ) "") (String.split_on_char '\n' csv) in
  let cells = List.map (String.split_on_char ',') rows in
  List.iter (fun r -> Printf.printf "%d: [%s]\n" (List.length r) (String.concat "][" r)) cells;
  let path = "/usr/local/lib/ocaml/stdlib.cma" in
  let parts = List.filter (( <> ) "") (String.split_on_char '/' path) in
  Printf.printf "%s %s\n" (List.nth parts (List.length parts - 1)) (String.concat "\\" parts);
  let kv = "a=1;b=22;c=;d=4" in
  List.iter (fun p -> match String.index_opt p '=' with
    | Some i -> Printf.printf "%s -> %S\n" (String.sub p 0 i) (String.sub p (i + 1) (String.length p - i - 1))
    | None -> ()) (String.split_on_char ';' kv)
