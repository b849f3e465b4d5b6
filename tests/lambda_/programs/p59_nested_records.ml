type addr = { street : string; city : string }
type person = { name : string; addr : addr; mutable tags : string list }
let relocate p c = { p with addr = { p.addr with city = c } }
let () =
  let p = { name = "Ann"; addr = { street = "Main"; city = "Oslo" }; tags = [] } in
  let q = relocate p "Rome" in
  p.tags <- "x" :: p.tags;
  Printf.printf "%s %s %s %s %d %d\n" p.name p.addr.city q.addr.city q.addr.street
    (List.length p.tags) (List.length q.tags);
  match q with
  | { addr = { city = "Rome"; _ }; name; _ } -> print_endline (name ^ " in Rome")
  | _ -> print_endline "elsewhere"
