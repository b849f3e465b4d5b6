(* Entry point: build a scene, render and report. *)
let source = "circle 5 5 3 red\nrect 10 1 20 6 black\nsegment 0 0 30 10\n"

let () =
  let scene = Scene.create (Config.with_size Config.default 40 12) in
  List.iter
    (fun (shape, style) -> ignore (Scene.add scene "main" (Shapes.name shape) shape style))
    (Parser.parse_all source);
  ignore (Layout.row scene "row" [("a", Shapes.circle Geometry.origin 1.0); ("b", Shapes.rect Vec.zero (Vec.make 2.0 2.0))] 1.0);
  let canvas = Canvas.create 40 12 in
  Scene.iter (fun _ i -> Raster.draw canvas (Scene.world_shape i) '#') scene;
  List.iter print_endline (Canvas.to_lines canvas);
  print_endline (Report.make scene);
  print_endline (Svg.render scene);
  Printf.printf "fits: %b, collisions: %d\n" (Layout.fits scene scene.Scene.config)
    (List.length (Collision.colliding (List.map (fun i -> i.Scene.shape) (Scene.all_items scene))));
  Animation.step scene [{ Animation.item_id = 1; frames = [{ time = 0.0; offset = Vec.zero }; { time = 1.0; offset = Vec.make 1.0 1.0 }] }] 0.5;
  List.iter print_endline (Report.events ());
  Printf.printf "%.1f\n" (Geometry.distance Vec.zero (Geometry.rotate_about Vec.zero Angle.right (Vec.make 1.0 0.0)))
