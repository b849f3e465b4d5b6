(* Weak type variables inside nested modules *)
module Registry = struct
  let entries = ref []
  let register x = entries := x :: !entries
  let count () = List.length !entries
end

module Cache = struct
  let table = Hashtbl.create 8
  let lookup k = Hashtbl.find_opt table k
end

let () = Printf.printf "%d\n" (Registry.count ())
