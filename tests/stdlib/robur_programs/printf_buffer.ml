(* Printf.bprintf/kbprintf/ibprintf (they need Buffer, hence Sys: skipped by
   test_under_robur.py until stdlib/sys.ml is written). *)

let line s = print_string s; print_char '\n'
let show fmt_text s = line (fmt_text ^ " => [" ^ s ^ "]")
let pr_pair_buf b (x, y) = Printf.bprintf b "<%d|%s>" x y

let () =
  let b = Buffer.create 4 in
  Printf.bprintf b "bprintf %d %s" 10 "ten";
  Printf.bprintf b " %a %t" pr_pair_buf (11, "eleven") (fun b -> Buffer.add_string b "T");
  Printf.bprintf b " and a long tail to make the buffer grow: %s" (String.make 40 'x');
  show "bprintf" (Buffer.contents b);
  let b2 = Buffer.create 1 in
  let n = Printf.kbprintf (fun b -> Buffer.length b) b2 "%s=%d" "kb" 3 in
  show "kbprintf" (Buffer.contents b2 ^ " " ^ string_of_int n);
  Printf.ifprintf stdout "ifprintf %d %s\n" 1 "ignored";
  Printf.ibprintf b2 "ibprintf %d" 1;
  show "ibprintf" (Buffer.contents b2);
  let b3 = Buffer.create 16 in
  for i = 0 to 20 do Printf.bprintf b3 "%d:%5.2f;%a" i (float i /. 3.) pr_pair_buf (i, "") done;
  show "loop" (Buffer.contents b3);
  Printf.printf "%a\n" (fun oc b -> output_string oc (Buffer.contents b)) b3
