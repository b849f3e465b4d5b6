(* |> is left associative, @@ is right associative. *)
let double x = x * 2
let inc x = x + 1

let a = 3 |> double |> inc
let b = double @@ inc @@ 3
let c = [1; 2; 3] |> List.map double |> List.fold_left ( + ) 0
let d = print_string @@ string_of_int @@ 1 + 2
let e = 1 + 2 |> double
let f = List.length @@ List.filter (fun x -> x > 1) @@ [1; 2; 3]

let () =
  Printf.printf "\n%d %d %d %d %d\n" a b c e f;
  [5; 6] |> List.iter (fun x -> Printf.printf "%d\n" x);
  "done" |> print_endline
