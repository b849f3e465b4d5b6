(* status: 0 *)
(* int_of_string / string_of_int edge cases. *)
let try_int s = match int_of_string_opt s with Some n -> string_of_int n | None -> "None"

let () =
  List.iter (fun s -> Printf.printf "%-24s -> %s\n" (Printf.sprintf "%S" s) (try_int s))
    ["0"; "-0"; "+5"; "42"; "-17"; "0x1F"; "0X1f"; "0o17"; "0b1011"; "0u10"; "1_000_000";
     "4611686018427387903"; "4611686018427387904"; "-4611686018427387904";
     "0x7fffffffffffffff"; "0x4000000000000000"; ""; " 1"; "1 "; "12a"; "-"; "0x"; "_1"];
  Printf.printf "%d %d\n" max_int min_int;
  Printf.printf "%s %s\n" (string_of_int max_int) (string_of_int min_int);
  Printf.printf "%d\n" (max_int + 1 = min_int |> Bool.to_int);
  Printf.printf "%s %s\n" (string_of_bool true) (string_of_bool false);
  Printf.printf "%b %b\n" (bool_of_string "true") (match bool_of_string_opt "yes" with Some b -> b | None -> false);
  Printf.printf "%ld %Ld %nd\n" (Int32.of_string "0x7fffffff") (Int64.of_string "-9223372036854775808") (Nativeint.of_string "123")
