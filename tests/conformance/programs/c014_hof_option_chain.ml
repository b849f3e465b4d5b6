(* status: 0 *)
(* Chaining computations with Option and Result combinators. *)
let safe_div a b = if b = 0 then None else Some (a / b)
let parse s = match int_of_string_opt s with Some n -> Ok n | None -> Error ("bad int: " ^ s)

let () =
  let r = Option.bind (safe_div 100 5) (fun x -> safe_div x 2) in
  Printf.printf "%s\n" (match r with Some v -> string_of_int v | None -> "none");
  let r2 = Option.bind (safe_div 1 0) (fun x -> safe_div x 2) in
  Printf.printf "%b\n" (Option.is_none r2);
  Printf.printf "%d\n" ((match Option.map succ (Some 9) with Some v -> v | None -> -1));
  let sum_strs l =
    List.fold_left (fun acc s -> Result.bind acc (fun a -> Result.map (( + ) a) (parse s))) (Ok 0) l in
  (match sum_strs ["1"; "2"; "39"] with Ok n -> Printf.printf "ok %d\n" n | Error e -> print_endline e);
  (match sum_strs ["1"; "x2"; "zz"] with Ok n -> Printf.printf "ok %d\n" n | Error e -> print_endline e);
  Printf.printf "%d\n" (Option.get (Option.map (fun x -> x * 3) (Some 5)));
  Printf.printf "%s\n" ((match Result.map string_of_int (Error "err") with Ok s -> s | Error e -> e));
  let l = List.filter_map (fun s -> int_of_string_opt s) ["4"; "a"; "0x10"; "-3"] in
  List.iter (Printf.printf "%d ") l;
  print_newline ()
