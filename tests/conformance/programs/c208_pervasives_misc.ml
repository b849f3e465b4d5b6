(* status: 0 *)
(* Assorted Stdlib pervasives: succ/pred, min/max, fst/snd, not, ignore, string_of_*, ( @ ), ( ^ ). *)
let () =
  Printf.printf "%d %d %d %d\n" (succ 41) (pred 43) (min 3 (-4)) (max "a" "b" |> String.length);
  Printf.printf "%s %d\n" (fst ("first", 2)) (snd ("first", 2));
  Printf.printf "%b %b\n" (not true) (not (1 > 2));
  ignore (print_string "ignored result\n");
  Printf.printf "%s|%s|%s|%s\n" (string_of_int (-0)) (string_of_float (-0.5)) (string_of_bool (1 = 1)) (String.make 1 'c');
  Printf.printf "%s\n" (String.concat "," (List.map string_of_int ([1; 2] @ [] @ [3] @ [4; 5])));
  Printf.printf "%s\n" ("con" ^ "cat" ^ "" ^ "enation");
  Printf.printf "%d %d\n" (abs (-7)) (abs 7);
  Printf.printf "%d %d %d\n" (int_of_char 'A') (Char.code (char_of_int 97)) (int_of_float 2.9);
  Printf.printf "%g %g\n" (float_of_int 3) (float 4);
  Printf.printf "%d\n" (List.length (List.init 3 (fun _ -> ())));
  Printf.printf "%s\n" (if compare 1.0 1.0 = 0 then "equal" else "differ");
  let x = ref 5 in
  x := !x lsl 2;
  Printf.printf "%d %d %d\n" !x (!x lsr 1) (!x asr 10);
  Printf.printf "%d %d %d\n" (7 land 3) (7 lor 8) (7 lxor 2);
  Printf.printf "%d\n" (10 mod 3 + -10 mod 3 + 10 / 3 + -10 / 3)
