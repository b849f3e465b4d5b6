(* status: 0 *)
(* Modules with internal state, initialised once; functor applications are generative. *)
module Gen () = struct
  let counter = ref 0
  let fresh prefix = incr counter; Printf.sprintf "%s%d" prefix !counter
end

module G1 = Gen ()
module G2 = Gen ()

module Registry = struct
  let items : (string, int) Hashtbl.t = Hashtbl.create 8
  let register name v = Hashtbl.replace items name v
  let lookup name = Hashtbl.find_opt items name
  let count () = Hashtbl.length items
end

let () =
  print_endline (G1.fresh "a");
  print_endline (G1.fresh "a");
  print_endline (G2.fresh "b");
  print_endline (G1.fresh "a");
  Printf.printf "%d %d\n" !G1.counter !G2.counter;
  Registry.register "x" 1;
  Registry.register "y" 2;
  Registry.register "x" 3;
  Printf.printf "%d %s %s\n" (Registry.count ())
    (match Registry.lookup "x" with Some v -> string_of_int v | None -> "-")
    (match Registry.lookup "z" with Some v -> string_of_int v | None -> "-")
