(* Syntactic values are generalised *)
let nil = []
let pair_of_nils = ([], [])
let fn = fun x -> x
let constr = Some []
let record_like = (None, fun x -> [x])
let nested_fun = let f x = x in f
let applied_covariant = List.rev []
let tuple_app = (List.length [], [])
let identity_list = [fun x -> x]

let () =
  let (a, b) = pair_of_nils in
  Printf.printf "%d %d %d\n" (List.length (1 :: nil)) (List.length ("s" :: a)) (List.length (2.0 :: b));
  ignore (fn 1, fn "s", constr, record_like, nested_fun 3, applied_covariant, tuple_app, identity_list)
