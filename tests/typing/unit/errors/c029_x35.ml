let m = Hashtbl.fnd
