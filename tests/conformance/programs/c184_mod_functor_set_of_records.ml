(* status: 0 *)
(* Set.Make and Map.Make over record keys with a custom comparison. *)
type emp = { last : string; first : string; dept : int }

module Emp = struct
  type t = emp
  let compare a b = match compare a.last b.last with 0 -> compare a.first b.first | c -> c
end
module ES = Set.Make (Emp)
module DM = Map.Make (Int)

let staff = [
  { last = "smith"; first = "ann"; dept = 1 }; { last = "jones"; first = "bob"; dept = 2 };
  { last = "smith"; first = "al"; dept = 2 }; { last = "brown"; first = "cy"; dept = 1 };
  { last = "jones"; first = "bob"; dept = 3 }; { last = "adams"; first = "di"; dept = 3 } ]

let () =
  let s = ES.of_list staff in
  Printf.printf "%d unique\n" (ES.cardinal s);
  ES.iter (fun e -> Printf.printf "%s, %s (%d)\n" e.last e.first e.dept) s;
  let by_dept = List.fold_left (fun m e -> DM.update e.dept (function None -> Some [e.first] | Some l -> Some (e.first :: l)) m) DM.empty staff in
  DM.iter (fun d l -> Printf.printf "dept %d: %s\n" d (String.concat " " (List.sort compare l))) by_dept;
  let smiths = ES.filter (fun e -> e.last = "smith") s in
  Printf.printf "smiths: %d, exists dept 3: %b\n" (ES.cardinal smiths) (ES.exists (fun e -> e.dept = 3) s)
