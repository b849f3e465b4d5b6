type point = { x : int; y : int }
type person = { name : string; mutable age : int }
let move p dx = { p with x = p.x + dx }
let () =
  let p = { x = 1; y = 2 } in
  let q = move p 10 in
  Printf.printf "%d %d %d %d\n" p.x p.y q.x q.y;
  let bob = { name = "Bob"; age = 30 } in
  bob.age <- bob.age + 1;
  print_endline (bob.name ^ " " ^ string_of_int bob.age);
  let { x; y = yy } = q in
  print_int (x + yy); print_newline ();
  match bob with
  | { age = 31; name } -> print_endline ("31:" ^ name)
  | { name; _ } -> print_endline name
