let f () = raise Not_found 1
