type ('a, 'b) result_like = Ok_ of 'a | Error_ of 'b | Pending

let unwrap r =
  match r with
  | Ok_ x -> x
  | Error_ _ -> failwith "error"
