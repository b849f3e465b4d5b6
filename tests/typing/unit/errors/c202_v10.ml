let h = Hashtbl.create 1
let () = Hashtbl.add h 1 2
let x = Hashtbl.find h "a"
