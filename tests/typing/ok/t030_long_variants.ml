(* Long variant and tuple types *)
type token =
  | Identifier of string
  | Integer_literal of int
  | Float_literal of float
  | String_literal of string
  | Keyword of string
  | Operator of string
  | Left_paren
  | Right_paren
  | End_of_file

type ('key, 'value, 'metadata) annotated_association_list =
  ('key * 'value * 'metadata) list

let classify_all_tokens_into_buckets (tokens : token list) =
  List.fold_left
    (fun (ids, nums, strs, others) t ->
      match t with
      | Identifier s -> (s :: ids, nums, strs, others)
      | Integer_literal n -> (ids, float_of_int n :: nums, strs, others)
      | Float_literal f -> (ids, f :: nums, strs, others)
      | String_literal s -> (ids, nums, s :: strs, others)
      | other -> (ids, nums, strs, other :: others))
    ([], [], [], []) tokens

let lookup_with_metadata (k : 'key) (l : ('key, 'value, 'metadata) annotated_association_list) =
  List.find_opt (fun (k', _, _) -> k = k') l

let () =
  let (ids, _, _, others) = classify_all_tokens_into_buckets [Identifier "x"; Left_paren; Integer_literal 1] in
  Printf.printf "%d %d\n" (List.length ids) (List.length others);
  ignore (lookup_with_metadata 1 [(1, "one", 1.0)])
