(* status: 0 *)
(* Sorting with comparison closures, stable sort, and counting comparisons. *)
type person = { name : string; age : int }

let people = [ {name="ann"; age=31}; {name="bob"; age=25}; {name="cy"; age=31};
               {name="dee"; age=19}; {name="ed"; age=25}; {name="flo"; age=40} ]

let () =
  let count = ref 0 in
  let by_age a b = incr count; compare a.age b.age in
  let s = List.stable_sort by_age people in
  List.iter (fun p -> Printf.printf "%s:%d " p.name p.age) s;
  print_newline ();
  Printf.printf "comparisons > 0: %b\n" (!count > 0);
  let desc = List.sort (fun a b -> compare b.name a.name) people in
  List.iter (fun p -> print_string (p.name ^ " ")) desc;
  print_newline ();
  let arr = Array.of_list (List.map (fun p -> p.age) people) in
  Array.sort (fun a b -> compare b a) arr;
  Array.iter (Printf.printf "%d ") arr;
  print_newline ();
  let by_then f g a b = match f a b with 0 -> g a b | c -> c in
  let s2 = List.sort (by_then (fun a b -> compare a.age b.age) (fun a b -> compare b.name a.name)) people in
  List.iter (fun p -> print_string (p.name ^ " ")) s2;
  print_newline ()
