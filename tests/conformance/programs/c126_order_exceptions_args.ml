(* status: 0 *)
(* Which argument's exception wins depends on evaluation order. *)
exception Left
exception Right

let f a b = a + b

let () =
  let r = try string_of_int (f (raise Left) (raise Right)) with Left -> "Left" | Right -> "Right" in
  Printf.printf "f (raise Left) (raise Right): %s\n" r;
  let r = try ignore (raise Left, raise Right); "none" with Left -> "Left" | Right -> "Right" in
  Printf.printf "tuple: %s\n" r;
  let r = try ignore [raise Left; raise Right]; "none" with Left -> "Left" | Right -> "Right" in
  Printf.printf "list: %s\n" r;
  let r = try ignore ((raise Left) + (raise Right)); "none" with Left -> "Left" | Right -> "Right" in
  Printf.printf "plus: %s\n" r;
  let r = try ignore (raise Left; raise Right); "none" with Left -> "Left" | Right -> "Right" in
  Printf.printf "sequence: %s\n" r;
  let r = try (let _ = raise Left and _ = raise Right in "none") with Left -> "Left" | Right -> "Right" in
  Printf.printf "let-and: %s\n" r;
  let cnt = ref 0 in
  let r = try ignore (f (incr cnt; !cnt) (incr cnt; raise Left)); 0 with Left -> !cnt in
  Printf.printf "effects before raise: %d\n" r
