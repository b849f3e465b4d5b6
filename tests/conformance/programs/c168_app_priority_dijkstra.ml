(* status: 0 *)
(* Dijkstra's shortest paths on a grid graph with a Set as priority queue. *)
module PQ = Set.Make (struct type t = int * int let compare = compare end)

let () =
  let w = 60 and h = 60 in
  let cost x y = 1 + ((x * 37 + y * 91) mod 9) in
  let dist = Array.make (w * h) max_int in
  dist.(0) <- 0;
  let q = ref (PQ.singleton (0, 0)) in
  while not (PQ.is_empty !q) do
    let (d, v) = PQ.min_elt !q in
    q := PQ.remove (d, v) !q;
    if d <= dist.(v) then begin
      let x = v mod w and y = v / w in
      List.iter (fun (dx, dy) ->
        let nx = x + dx and ny = y + dy in
        if nx >= 0 && nx < w && ny >= 0 && ny < h then begin
          let u = ny * w + nx in
          let nd = d + cost nx ny in
          if nd < dist.(u) then (dist.(u) <- nd; q := PQ.add (nd, u) !q)
        end) [(1, 0); (-1, 0); (0, 1); (0, -1)]
    end
  done;
  Printf.printf "to corner: %d\n" dist.(w * h - 1);
  Printf.printf "to middle: %d\n" dist.((h / 2) * w + w / 2);
  let maxd = Array.fold_left max 0 dist in
  Printf.printf "max: %d\n" maxd
