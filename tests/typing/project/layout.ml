(* Simple layout helpers: stack items in a row. *)
let row scene layer_name shapes gap =
  let x = ref 0.0 in
  List.map
    (fun (label, shape) ->
      let item = Scene.add scene layer_name label shape Style.default in
      let w = match Shapes.bbox shape with Some b -> Bbox.width b | None -> 0.0 in
      Scene.move scene item.Scene.id (Vec.make !x 0.0);
      x := !x +. w +. gap;
      item)
    shapes

let fits scene (cfg : Config.t) =
  match Scene.bbox scene with
  | None -> true
  | Some b -> Bbox.width b <= float_of_int cfg.width && Bbox.height b <= float_of_int cfg.height
