let b = Buffer.create 16
let () = Buffer.add_string b 'c'
