(* Rendering a scene to SVG text. *)
let attr name value = Printf.sprintf "%s=\"%s\"" name value

let style_attrs (s : Style.t) =
  let fill = match s.fill with None -> "none" | Some c -> Color.to_hex c in
  let stroke =
    match s.stroke with
    | None -> []
    | Some st -> [attr "stroke" (Color.to_hex st.color); attr "stroke-width" (string_of_float st.width)]
  in
  Util.join " " (attr "fill" fill :: attr "opacity" (string_of_float s.opacity) :: stroke)

let element shape style =
  let a = style_attrs style in
  match shape with
  | Shapes.Circle (c, r) -> Printf.sprintf "<circle cx=\"%g\" cy=\"%g\" r=\"%g\" %s/>" c.x c.y r a
  | Shapes.Rect (p, q) -> Printf.sprintf "<rect x=\"%g\" y=\"%g\" width=\"%g\" height=\"%g\" %s/>" p.x p.y (q.x -. p.x) (q.y -. p.y) a
  | Shapes.Polygon pts ->
    let ps = Util.join " " (List.map (fun (p : Vec.t) -> Printf.sprintf "%g,%g" p.x p.y) pts) in
    Printf.sprintf "<polygon points=\"%s\" %s/>" ps a
  | Shapes.Segment (p, q) -> Printf.sprintf "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" %s/>" p.x p.y q.x q.y a

let render (scene : Scene.t) =
  let b = Buffer.create 256 in
  Printf.bprintf b "<svg width=\"%d\" height=\"%d\">\n" scene.config.width scene.config.height;
  Scene.iter (fun _ i -> Printf.bprintf b "  %s\n" (element (Scene.world_shape i) i.Scene.style)) scene;
  Buffer.add_string b "</svg>";
  Buffer.contents b
