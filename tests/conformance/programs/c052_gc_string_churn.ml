(* status: 0 *)
(* Lots of short-lived strings and a Buffer growing to megabytes. *)
let () =
  let b = Buffer.create 16 in
  for i = 1 to 200_000 do
    Buffer.add_string b (string_of_int i);
    Buffer.add_char b (if i mod 10 = 0 then '\n' else ' ')
  done;
  let s = Buffer.contents b in
  Printf.printf "length %d\n" (String.length s);
  let lines = String.split_on_char '\n' s in
  Printf.printf "lines %d\n" (List.length lines);
  Printf.printf "line 1234: %s\n" (List.nth lines 1234);
  let total = ref 0 in
  for i = 1 to 300_000 do
    let t = Printf.sprintf "%d-%s" i (String.make (i mod 7) 'x') in
    total := !total + String.length t
  done;
  Printf.printf "total %d\n" !total;
  let c = ref "" in
  for i = 1 to 2000 do c := !c ^ string_of_int (i mod 10) done;
  Printf.printf "concat len %d, digest-ish %d\n" (String.length !c) (Hashtbl.hash !c mod 1000)
