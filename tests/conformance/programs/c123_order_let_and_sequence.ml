(* status: 0 *)
(* let ... and ..., sequences, if conditions, and assignment order. *)
let log = Buffer.create 32
let t s v = Buffer.add_string log s; Buffer.add_char log ' '; v
let show label = Printf.printf "%-10s %s\n" label (Buffer.contents log); Buffer.clear log

let () =
  let x = t "x" 1 and y = t "y" 2 in
  ignore (x + y);
  show "let-and";
  let a = t "a" 1 in
  let b = t "b" 2 in
  ignore (a + b);
  show "let-let";
  t "s1" (); t "s2" (); t "s3" ();
  show "sequence";
  let r = ref 0 in
  (t "lhs" r) := t "rhs" 5;
  show "assign";
  let arr = [| 0; 0 |] in
  (t "arr" arr).(t "idx" 1) <- t "val" 9;
  show "array set";
  if t "cond" true then t "then" () else t "else" ();
  show "if";
  ignore (t "and1" false && t "and2" true);
  ignore (t "or1" true || t "or2" true);
  show "shortcut";
  for i = t "lo" 1 to t "hi" 2 do ignore (t (string_of_int i) i) done;
  show "for"
