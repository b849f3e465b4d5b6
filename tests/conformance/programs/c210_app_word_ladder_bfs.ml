(* status: 0 *)
(* BFS over strings with Hashtbl visited set and Queue: word ladder. *)
let dict = ["cold"; "cord"; "card"; "ward"; "warm"; "word"; "worm"; "wore"; "core"; "bore"; "bird"; "corm"; "wold"]

let neighbours w =
  List.filter (fun d ->
    String.length d = String.length w &&
    (let diff = ref 0 in String.iteri (fun i c -> if c <> d.[i] then incr diff) w; !diff = 1)) dict

let ladder src dst =
  let prev = Hashtbl.create 16 in
  let q = Queue.create () in
  Queue.add src q;
  Hashtbl.replace prev src "";
  let found = ref false in
  while not !found && not (Queue.is_empty q) do
    let w = Queue.pop q in
    if w = dst then found := true
    else List.iter (fun n -> if not (Hashtbl.mem prev n) then (Hashtbl.replace prev n w; Queue.add n q)) (neighbours w)
  done;
  if not !found then None
  else
    let rec path w acc = if w = "" then acc else path (Hashtbl.find prev w) (w :: acc) in
    Some (path dst [])

let () =
  List.iter (fun (a, b) ->
    match ladder a b with
    | Some p -> Printf.printf "%s -> %s: %s (%d steps)\n" a b (String.concat " > " p) (List.length p - 1)
    | None -> Printf.printf "%s -> %s: impossible\n" a b)
    ["cold", "warm"; "bird", "worm"; "cold", "cold"; "cold", "xxxx"]
