(* A scene graph: named layers of styled, transformed shapes.
   This is the largest unit of the project; it is used by the incremental
   re-check benchmark (edit one function body, re-check this unit only). *)

type item = {
  id : int;
  label : string;
  shape : Shapes.shape;
  style : Style.t;
  transform : Matrix.t;
  mutable visible : bool;
}

type layer = {
  name : string;
  mutable items : item list;
  mutable z : int;
}

type t = {
  mutable layers : layer list;
  mutable next_id : int;
  config : Config.t;
}

type event =
  | Added of int
  | Removed of int
  | Moved of int * Vec.t
  | Restyled of int
  | Layer_created of string

exception Unknown_layer of string
exception Unknown_item of int

(* ---------- construction ---------- *)

let create config = { layers = []; next_id = 1; config }

let log : event list ref = ref []

let record e = log := e :: !log

let events () = List.rev !log

let clear_events () = log := []

let find_layer scene name =
  match List.find_opt (fun l -> l.name = name) scene.layers with
  | Some l -> l
  | None -> raise (Unknown_layer name)

let has_layer scene name = List.exists (fun l -> l.name = name) scene.layers

let add_layer scene name =
  if has_layer scene name then find_layer scene name
  else begin
    let z = List.length scene.layers in
    let l = { name; items = []; z } in
    scene.layers <- scene.layers @ [l];
    record (Layer_created name);
    l
  end

let fresh_id scene =
  let id = scene.next_id in
  scene.next_id <- id + 1;
  id

let add scene layer_name label shape style =
  let layer = add_layer scene layer_name in
  let id = fresh_id scene in
  let item = { id; label; shape; style; transform = Matrix.identity; visible = true } in
  layer.items <- layer.items @ [item];
  record (Added id);
  item

(* ---------- queries ---------- *)

let all_items scene = List.concat (List.map (fun l -> l.items) scene.layers)

let visible_items scene = List.filter (fun i -> i.visible) (all_items scene)

let find_item scene id =
  match List.find_opt (fun i -> i.id = id) (all_items scene) with
  | Some i -> i
  | None -> raise (Unknown_item id)

let find_by_label scene label = List.filter (fun i -> i.label = label) (all_items scene)

let count scene = List.length (all_items scene)

let layer_names scene = List.map (fun l -> l.name) scene.layers

let sorted_layers scene = List.sort (fun a b -> compare a.z b.z) scene.layers

(* ---------- geometry of items ---------- *)

let world_shape item = Transform.apply_shape item.transform item.shape

let item_bbox item = Shapes.bbox (world_shape item)

let bbox scene =
  List.fold_left
    (fun acc item ->
      match (acc, item_bbox item) with
      | (None, b) -> b
      | (a, None) -> a
      | (Some a, Some b) -> Some (Bbox.union a b))
    None (visible_items scene)

let total_area scene =
  Util.sum_float (List.map (fun i -> Shapes.area (world_shape i)) (visible_items scene))

let items_at scene (p : Vec.t) =
  List.filter
    (fun i -> match item_bbox i with Some b -> Bbox.contains b p | None -> false)
    (visible_items scene)

(* ---------- mutation ---------- *)

let replace_item scene id f =
  let found = ref false in
  List.iter
    (fun l ->
      l.items <-
        List.map (fun i -> if i.id = id then (found := true; f i) else i) l.items)
    scene.layers;
  if not !found then raise (Unknown_item id)

let move scene id (v : Vec.t) =
  replace_item scene id (fun i ->
    { i with transform = Matrix.mul (Matrix.translation v) i.transform });
  record (Moved (id, v))

let rotate scene id angle =
  replace_item scene id (fun i ->
    { i with transform = Matrix.mul (Matrix.rotation angle) i.transform })

let restyle scene id style =
  replace_item scene id (fun i -> { i with style });
  record (Restyled id)

let hide scene id = (find_item scene id).visible <- false

let show scene id = (find_item scene id).visible <- true

let remove scene id =
  List.iter (fun l -> l.items <- List.filter (fun i -> i.id <> id) l.items) scene.layers;
  record (Removed id)

let raise_layer scene name =
  let l = find_layer scene name in
  let top = List.fold_left (fun m l -> max m l.z) 0 scene.layers in
  l.z <- top + 1

let clear_layer scene name =
  let l = find_layer scene name in
  List.iter (fun i -> record (Removed i.id)) l.items;
  l.items <- []

(* ---------- traversal ---------- *)

let iter f scene = List.iter (fun l -> List.iter (f l) l.items) (sorted_layers scene)

let fold f scene init =
  List.fold_left
    (fun acc l -> List.fold_left (fun acc i -> f acc l i) acc l.items)
    init (sorted_layers scene)

let map_styles f scene =
  List.iter (fun l -> l.items <- List.map (fun i -> { i with style = f i.style }) l.items) scene.layers

let partition_by_kind scene =
  let tbl = Hashtbl.create 8 in
  List.iter
    (fun i ->
      let k = Shapes.name i.shape in
      let prev = try Hashtbl.find tbl k with Not_found -> [] in
      Hashtbl.replace tbl k (i :: prev))
    (all_items scene);
  Hashtbl.fold (fun k v acc -> (k, List.rev v) :: acc) tbl []

(* ---------- printing ---------- *)

let string_of_event = function
  | Added id -> Printf.sprintf "added #%d" id
  | Removed id -> Printf.sprintf "removed #%d" id
  | Moved (id, v) -> Printf.sprintf "moved #%d by %s" id (Vec.to_string v)
  | Restyled id -> Printf.sprintf "restyled #%d" id
  | Layer_created n -> Printf.sprintf "layer %S" n

let describe_item i =
  Printf.sprintf "#%d %-10s %-8s %s%s" i.id i.label (Shapes.name i.shape)
    (Style.describe i.style) (if i.visible then "" else " (hidden)")

let describe scene =
  let lines = ref [] in
  iter (fun l i -> lines := Printf.sprintf "[%s] %s" l.name (describe_item i) :: !lines) scene;
  Util.join "\n" (List.rev !lines)

let summary scene =
  Printf.sprintf "%d layers, %d items, area %.*f" (List.length scene.layers) (count scene)
    scene.config.Config.precision (total_area scene)
