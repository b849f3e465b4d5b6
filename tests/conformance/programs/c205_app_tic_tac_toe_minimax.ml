(* status: 0 *)
(* Exhaustive minimax on tic-tac-toe with mutable board arrays. *)
let lines = [| [|0;1;2|]; [|3;4;5|]; [|6;7;8|]; [|0;3;6|]; [|1;4;7|]; [|2;5;8|]; [|0;4;8|]; [|2;4;6|] |]

let winner b =
  let w = ref ' ' in
  Array.iter (fun l -> if b.(l.(0)) <> ' ' && b.(l.(0)) = b.(l.(1)) && b.(l.(1)) = b.(l.(2)) then w := b.(l.(0))) lines;
  !w

let nodes = ref 0
let rec minimax b player =
  incr nodes;
  match winner b with
  | 'X' -> 1 | 'O' -> -1
  | _ ->
    if not (Array.exists (( = ) ' ') b) then 0
    else begin
      let best = ref (if player = 'X' then -2 else 2) in
      Array.iteri (fun i c -> if c = ' ' then begin
        b.(i) <- player;
        let v = minimax b (if player = 'X' then 'O' else 'X') in
        b.(i) <- ' ';
        if player = 'X' then best := max !best v else best := min !best v
      end) b;
      !best
    end

let () =
  let b = Array.make 9 ' ' in
  Printf.printf "value of empty board: %d\n" (minimax b 'X');
  Printf.printf "nodes searched: %d\n" !nodes;
  let b2 = [| 'X'; 'O'; 'X'; ' '; 'O'; ' '; ' '; ' '; ' ' |] in
  nodes := 0;
  Printf.printf "value after 3 moves: %d (nodes %d)\n" (minimax b2 'X') !nodes
