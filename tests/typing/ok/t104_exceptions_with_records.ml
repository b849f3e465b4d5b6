(* Exceptions carrying structured data *)
type location = { file : string; line : int; column : int }

exception Type_error of location * string
exception Unbound of { name : string; loc : location }
exception Multiple of exn list

let loc file line column = { file; line; column }

let report = function
  | Type_error (l, msg) -> Printf.sprintf "%s:%d:%d: %s" l.file l.line l.column msg
  | Unbound { name; loc } -> Printf.sprintf "%s:%d: unbound %s" loc.file loc.line name
  | Multiple l -> Printf.sprintf "%d errors" (List.length l)
  | _ -> "unknown error"

let collect fs =
  let errors = List.filter_map (fun f -> try f (); None with e -> Some e) fs in
  if errors <> [] then raise (Multiple errors)

let () =
  print_endline (report (Type_error (loc "a.ml" 3 8, "mismatch")));
  print_endline (report (Unbound { name = "x"; loc = loc "b.ml" 1 0 }));
  (try collect [(fun () -> raise Exit); (fun () -> ()); (fun () -> failwith "x")] with e -> print_endline (report e))
