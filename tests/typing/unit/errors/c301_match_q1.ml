let f x = match x with | Some (Some 1) -> 1 | None -> 0
