(* Buffer and string building: render n records as CSV-like lines in a
   Buffer, split the result back into lines and fields, transform and
   re-join them, and checksum the strings.  Argument: n. *)

let checksum s =
  let h = ref 0 in
  String.iter (fun c -> h := (!h * 31 + Char.code c) land 0x3FFFFFFF) s;
  !h

let names = [| "alpha"; "bravo"; "charlie"; "delta"; "echo"; "foxtrot"; "golf"; "hotel" |]

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 10000 in
  let b = Buffer.create 16 in
  for i = 0 to n - 1 do
    Buffer.add_string b (string_of_int i);
    Buffer.add_char b ',';
    Buffer.add_string b names.(i mod 8);
    Buffer.add_char b ',';
    Buffer.add_string b (string_of_int (i * i mod 1000));
    Buffer.add_char b ',';
    for _ = 0 to i mod 5 do Buffer.add_char b (Char.chr (97 + i mod 26)) done;
    Buffer.add_char b '\n'
  done;
  let text = Buffer.contents b in
  Printf.printf "text length %d checksum %d\n" (String.length text) (checksum text);
  let lines = List.filter (fun l -> l <> "") (String.split_on_char '\n' text) in
  let out = Buffer.create (String.length text) in
  let total = ref 0 in
  List.iter (fun l ->
      match String.split_on_char ',' l with
      | [id; name; v; tag] ->
          total := !total + int_of_string v;
          Buffer.add_string out (String.uppercase_ascii name);
          Buffer.add_char out ':';
          Buffer.add_string out (String.concat "-" [tag; id; String.make (String.length v) '#']);
          Buffer.add_char out ';'
      | _ -> failwith "bad line") lines;
  let result = Buffer.contents out in
  Printf.printf "lines %d total %d\n" (List.length lines) !total;
  Printf.printf "result length %d checksum %d\n" (String.length result) (checksum result);
  let rev = String.concat "|" (List.rev_map (fun l -> String.sub l 0 (min 4 (String.length l))) lines) in
  Printf.printf "rev length %d checksum %d\n" (String.length rev) (checksum rev)
