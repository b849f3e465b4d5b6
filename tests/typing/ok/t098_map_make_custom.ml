(* Stdlib Map.Make with a tuple key *)
module Coord = struct
  type t = int * int
  let compare = compare
end

module Grid = Map.Make (Coord)

let of_strings rows =
  let m = ref Grid.empty in
  List.iteri (fun y row -> String.iteri (fun x c -> if c <> '.' then m := Grid.add (x, y) c !m) row) rows;
  !m

let count_char c g = Grid.fold (fun _ v n -> if v = c then n + 1 else n) g 0
let positions c g = Grid.bindings (Grid.filter (fun _ v -> v = c) g) |> List.map fst

let () =
  let g = of_strings ["#..#"; ".##."; "...#"] in
  Printf.printf "%d %d\n" (count_char '#' g) (Grid.cardinal g);
  List.iter (fun (x, y) -> Printf.printf "(%d,%d)" x y) (positions '#' g);
  print_newline ();
  print_endline (match Grid.find_opt (1, 1) g with Some c -> String.make 1 c | None -> "-")
