(* Record label disambiguation with annotations and last-defined default *)
type user = { id : int; name : string }
type group = { id : int; name : string; members : user list }

let make_user id name : user = { id; name }
let make_group id name members = { id; name; members }
let user_name (u : user) = u.name
let group_name g = g.name
let member_ids (g : group) = List.map (fun (u : user) -> u.id) g.members
let rename_user (u : user) name = { u with name }

let () =
  let u = make_user 1 "ann" in
  let g = make_group 7 "admins" [u; make_user 2 "bob"] in
  Printf.printf "%s %s %d\n" (user_name (rename_user u "anna")) (group_name g) (List.length (member_ids g))
