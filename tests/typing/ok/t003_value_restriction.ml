(* The relaxed value restriction: weak type variables *)
let r = ref []
let cache = Hashtbl.create 16
let partial = List.map (fun x -> x)
let empty_list = []
let none = None
let make_ref () = ref []
let safe_id = (fun x -> x) (fun y -> y)

let () =
  r := [1; 2];
  Hashtbl.replace cache "k" 1;
  print_int (List.length !r);
  print_newline ()
