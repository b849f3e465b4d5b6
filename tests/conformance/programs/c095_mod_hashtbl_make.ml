(* status: 0 *)
(* Hashtbl.Make with custom equality and hash (case-insensitive keys). *)
module CI = Hashtbl.Make (struct
  type t = string
  let equal a b = String.lowercase_ascii a = String.lowercase_ascii b
  let hash s = Hashtbl.hash (String.lowercase_ascii s)
end)

let () =
  let t = CI.create 8 in
  List.iter (fun (k, v) -> CI.replace t k v) ["Hello", 1; "WORLD", 2; "hello", 3; "World", 4; "other", 5];
  Printf.printf "length %d\n" (CI.length t);
  List.iter (fun k -> Printf.printf "%s -> %s\n" k (match CI.find_opt t k with Some v -> string_of_int v | None -> "none"))
    ["HELLO"; "world"; "Other"; "missing"];
  CI.add t "hello" 10;
  Printf.printf "find_all hello: %s\n" (String.concat "," (List.map string_of_int (CI.find_all t "hElLo")));
  CI.remove t "HELLO";
  Printf.printf "after remove: %d\n" (CI.find t "hello");
  let total = CI.fold (fun _ v acc -> acc + v) t 0 in
  Printf.printf "total %d\n" total;
  CI.reset t;
  Printf.printf "reset length %d\n" (CI.length t)
