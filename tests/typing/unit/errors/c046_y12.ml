let h = Hashtbl.create 10
let () = Hashtbl.add h 1 "a"; Hashtbl.add h "b" 2
