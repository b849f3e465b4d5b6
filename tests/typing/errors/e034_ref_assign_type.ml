let name = ref ""
let () = name := 42
