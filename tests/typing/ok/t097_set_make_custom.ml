(* Stdlib Set.Make over a custom ordered type *)
type point = { x : int; y : int }

module Point = struct
  type t = point
  let compare a b = match compare a.x b.x with 0 -> compare a.y b.y | c -> c
end

module PSet = Set.Make (Point)

let neighbours p = [{ p with x = p.x + 1 }; { p with x = p.x - 1 }; { p with y = p.y + 1 }; { p with y = p.y - 1 }]

let flood start steps =
  let rec go frontier seen n =
    if n = 0 then seen
    else
      let next = PSet.fold (fun p acc -> List.fold_left (fun a q -> PSet.add q a) acc (neighbours p)) frontier PSet.empty in
      let fresh = PSet.diff next seen in
      go fresh (PSet.union seen fresh) (n - 1)
  in
  go (PSet.singleton start) (PSet.singleton start) steps

let () =
  let s = flood { x = 0; y = 0 } 2 in
  Printf.printf "%d %b\n" (PSet.cardinal s) (PSet.mem { x = 1; y = 1 } s)
