module M : sig
  val plus : int -> int -> int
  val first : 'a * 'b -> 'a
  external id : 'a -> 'a = "%identity"
end = struct
  external plus : int -> int -> int = "%addint"
  external first : 'a * 'b -> 'a = "%field0"
  external id : 'a -> 'a = "%identity"
end
external my_add : int -> int -> int = "%addint"
let () =
  print_int (M.plus 2 3); print_newline ();
  print_int (M.first (7, "x")); print_newline ();
  print_int (M.id 9); print_newline ();
  let f = M.plus 1 in
  print_int (f 1); print_newline ();
  print_int (my_add 20 22); print_newline ();
  print_int (List.fold_left my_add 0 [1; 2; 3]); print_newline ()
