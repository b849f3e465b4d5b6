let (a, b) = (1, 2)
let [x; y] = [10; 20]
let { contents = c } = ref 5
let _ = print_endline "anonymous"
let () = Printf.printf "%d %d %d %d %d\n" a b x y c
let a = a + 100
let () = print_int a; print_newline ()
