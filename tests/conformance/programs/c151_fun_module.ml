(* status: 0 *)
(* Fun: id, const, flip, negate; composition helpers written by users. *)
let ( |> ) = ( |> )
let ( @@ ) = ( @@ )

let () =
  Printf.printf "%d %s\n" (Fun.id 5) (Fun.id "same");
  let always7 _ = Fun.const 7 () in
  Printf.printf "%d %d\n" (always7 ()) (always7 "ignored" + 0 * always7 1);
  Printf.printf "%d %d\n" (Fun.flip ( - ) 1 10) (( - ) 1 10);
  let odd = Fun.negate (fun x -> x mod 2 = 0) in
  Printf.printf "%s\n" (String.concat "," (List.map string_of_int (List.filter odd [1; 2; 3; 4; 5])));
  let r = [1; 2; 3] |> List.map (fun x -> x + 1) |> List.fold_left ( + ) 0 in
  Printf.printf "%d\n" r;
  print_endline @@ String.concat "-" @@ List.map string_of_int @@ List.rev [1; 2; 3];
  let sorted_desc = List.sort (Fun.flip compare) [3; 1; 2] in
  Printf.printf "%s\n" (String.concat "" (List.map string_of_int sorted_desc));
  let compose fs = List.fold_left (fun acc f x -> f (acc x)) Fun.id fs in
  Printf.printf "%d\n" (compose [succ; ( * ) 3; Fun.flip ( - ) 1] 4);
  Printf.printf "%b\n" (List.for_all (Fun.negate Fun.id) [false; false])
