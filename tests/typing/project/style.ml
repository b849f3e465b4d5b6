(* Fill and stroke styles. *)
type stroke = { color : Color.t; width : float }
type t = { fill : Color.t option; stroke : stroke option; opacity : float }

let default = { fill = Some Color.black; stroke = None; opacity = 1.0 }
let outline c w = { fill = None; stroke = Some { color = c; width = w }; opacity = 1.0 }
let filled c = { default with fill = Some c }
let with_opacity o s = { s with opacity = Util.clamp 0.0 1.0 o }

let describe s =
  let f = match s.fill with None -> "none" | Some c -> Color.to_hex c in
  let k = match s.stroke with None -> "none" | Some st -> Printf.sprintf "%s/%g" (Color.to_hex st.color) st.width in
  Printf.sprintf "fill=%s stroke=%s opacity=%g" f k s.opacity
