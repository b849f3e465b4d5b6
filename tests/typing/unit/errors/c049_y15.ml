let x = Some (Some 1) = Some 1
