(* status: 0 *)
(* Iteration functions with indices over lists, arrays and strings. *)
let () =
  List.iteri (fun i x -> Printf.printf "[%d]=%s " i x) ["a"; "b"; "c"];
  print_newline ();
  Array.iteri (fun i x -> if i mod 2 = 0 then Printf.printf "%d:%d " i x) [|5; 6; 7; 8; 9|];
  print_newline ();
  String.iteri (fun i c -> if c = 'l' then Printf.printf "l at %d\n" i) "hello world";
  let m = List.mapi (fun i x -> i * x) [10; 20; 30] in
  List.iter (Printf.printf "%d ") m;
  print_newline ();
  let a = Array.mapi (fun i s -> s ^ string_of_int i) [|"x"; "y"|] in
  Array.iter print_string a;
  print_newline ();
  List.iter2 (fun a b -> Printf.printf "%d%c " a b) [1; 2; 3] ['a'; 'b'; 'c'];
  print_newline ();
  let s = List.fold_left2 (fun acc a b -> acc + a * b) 0 [1; 2; 3] [4; 5; 6] in
  Printf.printf "dot=%d\n" s;
  Array.iter2 (fun a b -> Printf.printf "(%s,%s)" a b) [|"p"; "q"|] [|"r"; "s"|];
  print_newline ();
  print_endline (String.map Char.uppercase_ascii "shout");
  print_endline (String.mapi (fun i c -> if i mod 2 = 0 then c else '_') "abcdefg")
