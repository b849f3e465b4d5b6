(* Text reports combining statistics and scene descriptions. *)
let header title = title ^ "\n" ^ String.make (String.length title) '='

let make scene =
  let s = Stats.compute scene in
  let largest =
    match Stats.largest scene with
    | Some (i, a) -> Printf.sprintf "largest: %s (%.2f)" i.Scene.label a
    | None -> "largest: -"
  in
  Util.join "\n" [header "Scene report"; Stats.to_string s; largest; Scene.describe scene]

let events () = List.map Scene.string_of_event (Scene.events ())
