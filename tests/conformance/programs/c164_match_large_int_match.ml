(* status: 0 *)
(* A match on many integer constants (jump table) and on sparse constants. *)
let roman_digit = function
  | 1 -> "I" | 2 -> "II" | 3 -> "III" | 4 -> "IV" | 5 -> "V"
  | 6 -> "VI" | 7 -> "VII" | 8 -> "VIII" | 9 -> "IX" | _ -> ""

let sparse = function
  | -1000000 -> "minus million" | 0 -> "zero" | 17 -> "seventeen"
  | 1024 -> "kilo" | 65536 -> "64k" | 1_000_000_007 -> "prime" | max_int -> "max"
  | _ -> "?"

let rec roman n =
  if n >= 1000 then "M" ^ roman (n - 1000)
  else if n >= 900 then "CM" ^ roman (n - 900)
  else if n >= 500 then "D" ^ roman (n - 500)
  else if n >= 400 then "CD" ^ roman (n - 400)
  else if n >= 100 then "C" ^ roman (n - 100)
  else if n >= 90 then "XC" ^ roman (n - 90)
  else if n >= 50 then "L" ^ roman (n - 50)
  else if n >= 40 then "XL" ^ roman (n - 40)
  else if n >= 10 then "X" ^ roman (n - 10)
  else roman_digit n

let () =
  List.iter (fun n -> Printf.printf "%d=%s " n (roman n)) [1; 4; 9; 14; 40; 90; 400; 1994; 2024; 3999];
  print_newline ();
  List.iter (fun n -> Printf.printf "%s, " (sparse n)) [-1000000; 0; 17; 1024; 65536; 1_000_000_007; max_int; 5];
  print_newline ()
