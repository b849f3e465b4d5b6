(* Types referring to nested modules *)
module Net = struct
  module Address = struct
    type t = { host : string; port : int }
    let make host port = { host; port }
    let to_string a = Printf.sprintf "%s:%d" a.host a.port
  end

  module Packet = struct
    type kind = Syn | Ack | Data of string
    type t = { src : Address.t; dst : Address.t; kind : kind }
    let data src dst s = { src; dst; kind = Data s }
  end

  let reply (p : Packet.t) = { p with Packet.src = p.dst; dst = p.src }
end

let a = Net.Address.make "10.0.0.1" 80
let b = Net.Address.make "10.0.0.2" 8080
let p = Net.Packet.data a b "hello"
let r = Net.reply p
let payload (p : Net.Packet.t) = match p.kind with Net.Packet.Data s -> Some s | _ -> None

let () =
  print_endline (Net.Address.to_string r.Net.Packet.src);
  print_endline (match payload p with Some s -> s | None -> "-")
