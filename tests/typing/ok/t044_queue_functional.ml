(* A purely functional queue with amortised O(1) operations *)
type 'a queue = { front : 'a list; back : 'a list }

let empty = { front = []; back = [] }
let is_empty q = q.front = [] && q.back = []
let push x q = { q with back = x :: q.back }

let pop q =
  match q.front with
  | x :: f -> Some (x, { q with front = f })
  | [] ->
    match List.rev q.back with
    | [] -> None
    | x :: f -> Some (x, { front = f; back = [] })

let of_list l = { front = l; back = [] }

let rec to_list q =
  match pop q with
  | None -> []
  | Some (x, q') -> x :: to_list q'

let size q = List.length q.front + List.length q.back

let () =
  let q = push 3 (push 2 (push 1 empty)) in
  List.iter (Printf.printf "%d ") (to_list q);
  Printf.printf "| %d %b\n" (size (of_list ['a'; 'b'])) (is_empty q)
