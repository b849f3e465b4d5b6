(* status: 0 *)
(* Division_by_zero from / and mod; caught, in different contexts. *)
let safe f = try Some (f ()) with Division_by_zero -> None

let show = function Some v -> string_of_int v | None -> "div0"

let () =
  let ds = [3; 0; -2; 0; 7] in
  List.iter (fun d -> Printf.printf "%s %s\n" (show (safe (fun () -> 100 / d))) (show (safe (fun () -> 100 mod d)))) ds;
  Printf.printf "%d %d %d %d\n" (-7 / 2) (-7 mod 2) (7 / -2) (7 mod -2);
  Printf.printf "%d %d\n" (min_int / -1) (min_int mod -1);
  let f = 1.0 /. 0.0 in
  Printf.printf "%f %f\n" f (-1.0 /. 0.0);
  Printf.printf "%b\n" (Float.is_nan (0.0 /. 0.0));
  let r = try Int64.to_int (Int64.div 10L 0L) with Division_by_zero -> -99 in
  Printf.printf "%d\n" r;
  let r = try Int32.to_int (Int32.rem 10l 0l) with Division_by_zero -> -98 in
  Printf.printf "%d\n" r;
  let z = ref 0 in
  (try for i = 10 downto -10 do z := !z + 100 / i done with Division_by_zero -> Printf.printf "z=%d\n" !z)
