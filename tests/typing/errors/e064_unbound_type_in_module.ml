let table : (string, int) Hashtbl.tbl = Hashtbl.create 16
