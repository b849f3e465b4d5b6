(* Deeply nested type constructors *)
let nested_lists = [[[1]]; [[2; 3]; []]]
let option_of_list_of_option = Some [Some 1; None]
let array_of_refs = [| ref [1]; ref [] |]
let list_of_functions_returning_options = [(fun x -> if x > 0 then Some x else None)]
let ref_to_function = ref (fun (x : int) -> [x])
let pair_of_arrays = ([| 'a' |], [| "b" |])
let flatten3 l = List.concat (List.concat l)
let deep_map f = List.map (List.map (Option.map f))

let () =
  Printf.printf "%d %d %d\n" (List.length (flatten3 nested_lists)) (List.length (deep_map succ [[Some 1; None]])) (Array.length array_of_refs);
  ignore (option_of_list_of_option, list_of_functions_returning_options, !ref_to_function 1, pair_of_arrays)
