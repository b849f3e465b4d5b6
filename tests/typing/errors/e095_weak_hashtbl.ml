let cache = Hashtbl.create 64
let size () = Hashtbl.length cache
