let s = Stack.create ()
let () = Stack.push s 1
