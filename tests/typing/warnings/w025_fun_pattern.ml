let unwrap = fun (Some x) -> x
