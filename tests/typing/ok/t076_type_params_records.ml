(* Parameterised records and variants together *)
type ('k, 'v) entry = { key : 'k; value : 'v; mutable hits : int }
type ('k, 'v) cache = { mutable entries : ('k, 'v) entry list; limit : int }

let create limit = { entries = []; limit }

let find c k =
  match List.find_opt (fun e -> e.key = k) c.entries with
  | Some e -> e.hits <- e.hits + 1; Some e.value
  | None -> None

let add c k v =
  let es = { key = k; value = v; hits = 0 } :: c.entries in
  let sorted = List.sort (fun a b -> compare b.hits a.hits) es in
  c.entries <- List.filteri (fun i _ -> i < c.limit) sorted

let keys c = List.map (fun e -> e.key) c.entries

let () =
  let c = create 2 in
  add c "a" 1; add c "b" 2;
  ignore (find c "a");
  add c "c" 3;
  print_endline (String.concat "," (keys c));
  match find c "a" with Some v -> print_int v; print_newline () | None -> ()
