(* status: 0 *)
(* sprintf used to build strings in loops: a multiplication table and JSON. *)
let json_of_pairs l =
  "{" ^ String.concat ", " (List.map (fun (k, v) -> Printf.sprintf "%S: %s" k v) l) ^ "}"

let () =
  for i = 1 to 9 do
    print_endline (String.concat " " (List.init 9 (fun j -> Printf.sprintf "%2d" ((i) * (j + 1)))))
  done;
  print_endline (json_of_pairs ["name", Printf.sprintf "%S" "robur"; "version", Printf.sprintf "%d.%02d" 4 13;
                                "pi", Printf.sprintf "%.4f" (4.0 *. atan 1.0); "ok", Printf.sprintf "%B" true]);
  let hexdump s =
    String.concat " " (List.init (String.length s) (fun i -> Printf.sprintf "%02X" (Char.code s.[i]))) in
  print_endline (hexdump "Hello\x00\xff");
  let pad = Printf.sprintf "%-10s|%10s|" "left" "right" in
  print_endline pad;
  let money c = Printf.sprintf "%s%d.%02d" (if c < 0 then "-" else "") (abs c / 100) (abs c mod 100) in
  List.iter (fun c -> print_string (money c ^ " ")) [0; 5; 199; -1234; 100000];
  print_newline ()
