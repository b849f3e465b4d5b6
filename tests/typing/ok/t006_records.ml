(* Records: creation, access, functional update, punning *)
type point = { x : float; y : float }
type person = { name : string; age : int; email : string option }

let origin = { x = 0.0; y = 0.0 }
let move p dx dy = let p = { p with x = p.x +. dx } in { p with y = p.y +. dy }
let dist { x; y } = sqrt (x *. x +. y *. y)

let make_person name age = { name; age; email = None }
let with_email p e = { p with email = Some e }

let describe { name; age; email } =
  let e = match email with None -> "-" | Some e -> e in
  Printf.sprintf "%s (%d) <%s>" name age e

let older p = { p with age = p.age + 1 }

let () =
  let p = move origin 3.0 4.0 in
  Printf.printf "%.1f\n" (dist p);
  let bob = with_email (make_person "Bob" 41) "bob@example.com" in
  print_endline (describe (older bob))
