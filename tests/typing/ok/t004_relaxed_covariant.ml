(* Covariant positions are generalised even for applications *)
let nil_of_unit () = []
let l = nil_of_unit ()
let o = Some (nil_of_unit ())
let p = (nil_of_unit (), None)
let f = List.rev []
let arr = Array.make 3 []
let boxed = [ref 0]

let () =
  let ints : int list = l in
  let strs : string list = l in
  Printf.printf "%d %d %d\n" (List.length ints) (List.length strs) (Array.length arr);
  List.iter (fun r -> incr r) boxed
