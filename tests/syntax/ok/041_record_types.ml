(* Record types, construction, field access, punning, functional update. *)
type person = { name : string; age : int; email : string }
type config = {
  verbose : bool;
  level : int;
  tags : string list;   (* trailing semicolon allowed *)
}

let alice = { name = "Alice"; age = 30; email = "alice@example.com" }
let bob = { alice with name = "Bob"; email = "bob@example.com" }
let older = { bob with age = bob.age + 1 }

let make name age =
  let email = String.lowercase_ascii name ^ "@example.com" in
  { name; age; email }

let default = { verbose = false; level = 1; tags = []; }
let loud = { default with verbose = true; tags = "loud" :: default.tags }

let show p = Printf.sprintf "%s (%d) <%s>" p.name p.age p.email

let () =
  print_endline (show alice);
  print_endline (show bob);
  print_endline (show older);
  print_endline (show (make "Carol" 25));
  Printf.printf "%b %d %s\n" loud.verbose loud.level (String.concat "," loud.tags);
  let { name; age; _ } = older in
  Printf.printf "%s %d\n" name age
