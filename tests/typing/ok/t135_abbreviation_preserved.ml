(* Printed types keep the abbreviations introduced by annotations *)
type id = int
type name = string
type env = (name * id) list
type 'a result_list = ('a, string) result list

let lookup (e : env) (n : name) : id option = List.assoc_opt n e
let extend (e : env) n i : env = (n, i) :: e
let unannotated e n = List.assoc_opt n e
let ids (e : env) = List.map snd e
let errors (l : 'a result_list) = List.filter_map (function Error s -> Some s | Ok _ -> None) l
let first_ok (l : 'a result_list) = List.find_map (function Ok x -> Some x | Error _ -> None) l

let () =
  let e = extend [] "x" 1 in
  ignore (lookup e "x", unannotated e "x", ids e);
  List.iter print_endline (errors [Ok 1; Error "bad"]);
  match first_ok [Error "e"; Ok 2] with Some n -> print_int n; print_newline () | None -> ()
