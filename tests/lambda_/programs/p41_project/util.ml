let log msg = print_endline ("[" ^ Shapes.name ^ "] " ^ msg)
let counter = ref 0
let bump () = incr counter; !counter
