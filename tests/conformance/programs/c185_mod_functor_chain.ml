(* status: 0 *)
(* Functor applied to the result of another functor: a counted, ordered multiset. *)
module type ORDERED = sig type t val compare : t -> t -> int val show : t -> string end

module Multiset (O : ORDERED) = struct
  module M = Map.Make (O)
  type t = int M.t
  let empty = M.empty
  let add x s = M.update x (function None -> Some 1 | Some n -> Some (n + 1)) s
  let count x s = match M.find_opt x s with None -> 0 | Some n -> n
  let to_string s = String.concat " " (List.map (fun (k, n) -> Printf.sprintf "%s*%d" (O.show k) n) (M.bindings s))
end

module Reverse (O : ORDERED) = struct
  type t = O.t
  let compare a b = O.compare b a
  let show = O.show
end

module IntO = struct type t = int let compare = compare let show = string_of_int end
module StrO = struct type t = string let compare = compare let show s = s end

module MI = Multiset (IntO)
module MRI = Multiset (Reverse (IntO))
module MRS = Multiset (Reverse (Reverse (StrO)))

let () =
  let data = [3; 1; 4; 1; 5; 9; 2; 6; 5; 3; 5] in
  let a = List.fold_left (fun s x -> MI.add x s) MI.empty data in
  let b = List.fold_left (fun s x -> MRI.add x s) MRI.empty data in
  print_endline (MI.to_string a);
  print_endline (MRI.to_string b);
  Printf.printf "%d %d\n" (MI.count 5 a) (MRI.count 7 b);
  let c = List.fold_left (fun s x -> MRS.add x s) MRS.empty (String.split_on_char ' ' "b a c a b a") in
  print_endline (MRS.to_string c)
