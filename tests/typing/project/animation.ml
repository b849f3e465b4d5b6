(* Keyframe animation of scene items. *)
type keyframe = { time : float; offset : Vec.t }

type track = { item_id : int; frames : keyframe list }

let interpolate (a : keyframe) (b : keyframe) t =
  let u = (t -. a.time) /. (b.time -. a.time) in
  Vec.add a.offset (Vec.scale u (Vec.sub b.offset a.offset))

let position track t =
  let rec go = function
    | a :: (b :: _ as rest) -> if t <= b.time then Some (interpolate a b t) else go rest
    | [last] -> Some last.offset
    | [] -> None
  in
  go track.frames

let step scene tracks t =
  List.iter
    (fun tr ->
      match position tr t with
      | Some v -> Scene.move scene tr.item_id v
      | None -> ())
    tracks
