(* Statistics over a scene. *)
type t = { items : int; visible : int; area : float; by_kind : (string * int) list }

let compute scene =
  let kinds = Scene.partition_by_kind scene in
  {
    items = Scene.count scene;
    visible = List.length (Scene.visible_items scene);
    area = Scene.total_area scene;
    by_kind = List.sort compare (List.map (fun (k, l) -> (k, List.length l)) kinds);
  }

let largest scene =
  Scene.fold
    (fun best _ i ->
      let a = Shapes.area (Scene.world_shape i) in
      match best with
      | Some (_, b) when b >= a -> best
      | _ -> Some (i, a))
    scene None

let to_string s =
  Printf.sprintf "%d items (%d visible), area %.2f, kinds: %s" s.items s.visible s.area
    (Util.join ", " (List.map (fun (k, n) -> Printf.sprintf "%s=%d" k n) s.by_kind))
