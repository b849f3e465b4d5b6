let f () = raise Exit; ()
let g x = x; ()
let h () = failwith "a"; 1
let k () = (exit 1); ()
