let greeting = "hello, world

let () = print_endline greeting
