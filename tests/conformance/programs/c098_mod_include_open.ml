(* status: 0 *)
(* include to extend modules, local open, open in expressions, shadowing. *)
module Base = struct
  let name = "base"
  let greet () = "hello from " ^ name
  let value = 1
end

module Extended = struct
  include Base
  let name = "extended"
  let greet2 () = "hi from " ^ name
  let value = value + 10
end

module MyList = struct
  include List
  let sum = fold_left ( + ) 0
  let rec range a b = if a > b then [] else a :: range (a + 1) b
end

let () =
  print_endline (Extended.greet ());
  print_endline (Extended.greet2 ());
  Printf.printf "%d %d\n" Base.value Extended.value;
  Printf.printf "%d %d\n" (MyList.sum (MyList.range 1 100)) (MyList.length (MyList.range 5 9));
  let open MyList in
  Printf.printf "%d\n" (sum (map (fun x -> x * x) (range 1 10)));
  print_endline String.(concat "," (List.map uppercase_ascii ["a"; "b"]));
  let x = Extended.(value * 2) in
  Printf.printf "%d\n" x;
  let module L = MyList in
  Printf.printf "%d\n" (L.sum [1; 2; 3])
