(* Immediate objects object ... end are not supported by robur. *)
let counter =
  object
    val mutable count = 0
    method incr = count <- count + 1
    method get = count
  end

let () =
  counter#incr;
  counter#incr;
  Printf.printf "%d\n" counter#get
