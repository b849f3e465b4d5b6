(* Polymorphic variant types [ `A | `B ] are not supported by robur. *)
type level = [ `Debug | `Info | `Error ]

let to_int (l : level) = match l with `Debug -> 0 | `Info -> 1 | `Error -> 2

let () = Printf.printf "%d\n" (to_int `Info)
