let v = ref 1
let () = v := "a"
