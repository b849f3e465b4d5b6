(* status: 0 *)
(* Encoding: hex dump, caesar cipher, run-length encoding. *)
let hex s = String.concat "" (List.init (String.length s) (fun i -> Printf.sprintf "%02x" (Char.code s.[i])))
let unhex h = String.init (String.length h / 2) (fun i -> Char.chr (int_of_string ("0x" ^ String.sub h (2 * i) 2)))

let rle s =
  let b = Buffer.create 16 in
  let n = String.length s in
  let i = ref 0 in
  while !i < n do
    let j = ref !i in
    while !j < n && s.[!j] = s.[!i] do incr j done;
    Buffer.add_string b (string_of_int (!j - !i));
    Buffer.add_char b s.[!i];
    i := !j
  done;
  Buffer.contents b

let () =
  let h = hex "OCaml\n\255" in
  print_endline h;
  Printf.printf "%S\n" (unhex h);
  print_endline (rle "aaabccddddde");
  print_endline (rle "");
  let shift k = String.map (fun c -> if c >= 'a' && c <= 'z' then Char.chr ((Char.code c - 97 + k) mod 26 + 97) else c) in
  print_endline (shift 3 "attack at dawn");
  print_endline (shift 23 (shift 3 "attack at dawn"))
