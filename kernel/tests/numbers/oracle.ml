(* The OCaml side of the differential tests: the same commands as driver.c,
   answered by OCaml 4.13's own Printf, string_of_float, float_of_string and
   int_of_string family.  Compiled with ocamlopt by tests/kernel/test_numbers.py. *)

let split s = String.split_on_char '|' s

let unhex line =
  let n = String.length line / 2 in
  String.init n (fun i -> Char.chr (int_of_string ("0x" ^ String.sub line (2 * i) 2)))

let iter_lines f =
  try while true do f (input_line stdin) done with End_of_file -> ()

let float_printer fmt : float -> string =
  if fmt = "sof" then string_of_float
  else
    let f = Scanf.format_from_string fmt "%f" in
    fun x -> Printf.sprintf f x

(* "%5d" -> "%5Ld" / "%5ld": insert a length modifier before the conversion *)
let with_len c fmt =
  let n = String.length fmt in
  String.sub fmt 0 (n - 1) ^ String.make 1 c ^ String.sub fmt (n - 1) 1

let () =
  let buf = Buffer.create 65536 in
  let flush_if_big () =
    if Buffer.length buf > 60000 then (print_string (Buffer.contents buf); Buffer.clear buf) in
  let emit_fields strs =
    List.iteri (fun i s -> if i > 0 then Buffer.add_char buf '|'; Buffer.add_string buf s) strs;
    Buffer.add_char buf '\n'; flush_if_big () in
  (match Sys.argv with
   | [| _; "floats"; fmts |] ->
     let ps = List.map float_printer (split fmts) in
     iter_lines (fun l ->
         let x = Int64.float_of_bits (Int64.of_string ("0x" ^ String.trim l)) in
         emit_fields (List.map (fun p -> p x) ps))
   | [| _; "parsefloat" |] ->
     iter_lines (fun l ->
         (match float_of_string_opt (unhex (String.trim l)) with
          | Some f -> Buffer.add_string buf (Printf.sprintf "%016Lx" (Int64.bits_of_float f))
          | None -> Buffer.add_string buf "FAIL");
         Buffer.add_char buf '\n'; flush_if_big ())
   | [| _; "parseint" |] ->
     iter_lines (fun l ->
         let s = unhex (String.trim l) in
         let o f = match f s with Some v -> v | None -> "FAIL" in
         Buffer.add_string buf
           (String.concat " "
              [ o (fun s -> Option.map string_of_int (int_of_string_opt s));
                o (fun s -> Option.map Int32.to_string (Int32.of_string_opt s));
                o (fun s -> Option.map Int64.to_string (Int64.of_string_opt s));
                o (fun s -> Option.map Nativeint.to_string (Nativeint.of_string_opt s)) ]);
         Buffer.add_char buf '\n'; flush_if_big ())
   | [| _; "formatint"; fmts |] ->
     let fmts = split fmts in
     let pi = List.map (fun f -> Printf.sprintf (Scanf.format_from_string f "%d")) fmts in
     let pL = List.map (fun f -> Printf.sprintf (Scanf.format_from_string (with_len 'L' f) "%Ld")) fmts in
     let pl = List.map (fun f -> Printf.sprintf (Scanf.format_from_string (with_len 'l' f) "%ld")) fmts in
     iter_lines (fun l ->
         let v = String.sub l 2 (String.length l - 2) in
         emit_fields
           (match l.[0] with
            | 'i' -> let v = int_of_string v in List.map (fun p -> p v) pi
            | 'L' -> let v = Int64.of_string v in List.map (fun p -> p v) pL
            | _ -> let v = Int32.of_string v in List.map (fun p -> p v) pl))
   | _ -> prerr_endline "usage: oracle floats|parsefloat|parseint|formatint ..."; exit 2);
  print_string (Buffer.contents buf)
