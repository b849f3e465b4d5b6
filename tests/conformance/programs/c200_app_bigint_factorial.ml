(* status: 0 *)
(* Arbitrary-precision naturals as int arrays in base 10^4: 200! and 2^500. *)
let base = 10_000

let mul_small a k =
  let carry = ref 0 in
  let res = List.map (fun d -> let v = d * k + !carry in carry := v / base; v mod base) a in
  let rec extra c = if c = 0 then [] else (c mod base) :: extra (c / base) in
  res @ extra !carry

let to_string a =
  match List.rev a with
  | [] -> "0"
  | hd :: tl -> String.concat "" (string_of_int hd :: List.map (Printf.sprintf "%04d") tl)

let () =
  let f = ref [1] in
  for i = 2 to 200 do f := mul_small !f i done;
  let s = to_string !f in
  Printf.printf "200! has %d digits\n%s\n" (String.length s) s;
  let p = ref [1] in
  for _ = 1 to 500 do p := mul_small !p 2 done;
  let s = to_string !p in
  Printf.printf "2^500 has %d digits, starts %s, ends %s\n" (String.length s) (String.sub s 0 10) (String.sub s (String.length s - 10) 10);
  let digit_sum = ref 0 in
  String.iter (fun c -> digit_sum := !digit_sum + Char.code c - 48) (to_string !f);
  Printf.printf "digit sum of 200! = %d\n" !digit_sum
