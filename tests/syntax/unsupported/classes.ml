(* Class definitions are not supported by robur. *)
class point x_init =
  object
    val x = x_init
    method x = x
    method move d = {< x = x + d >}
  end

let () =
  let p = new point 3 in
  Printf.printf "%d\n" (p#move 4)#x
