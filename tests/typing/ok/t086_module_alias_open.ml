(* Module aliases and opens shadowing *)
module L = List
module S = String
module H = Hashtbl

let upper_all l = L.map S.uppercase_ascii l
let counts l =
  let h = H.create 8 in
  L.iter (fun x -> H.replace h x (1 + try H.find h x with Not_found -> 0)) l;
  h

module Strs = struct
  let join = S.concat
  let length = S.length
end

open Strs

let total_length l = L.fold_left (fun acc s -> acc + length s) 0 l

let () =
  print_endline (join "," (upper_all ["a"; "b"]));
  Printf.printf "%d %d\n" (H.find (counts ["x"; "y"; "x"]) "x") (total_length ["ab"; "c"])
