(* Hashtbl and Hashtbl.Make *)
let table : (string, int) Hashtbl.t = Hashtbl.create 8

let add_all l = List.iter (fun (k, v) -> Hashtbl.replace table k v) l
let get k = try Hashtbl.find table k with Not_found -> 0

module CaseInsensitive = struct
  type t = string
  let equal a b = String.lowercase_ascii a = String.lowercase_ascii b
  let hash s = Hashtbl.hash (String.lowercase_ascii s)
end

module CITbl = Hashtbl.Make (CaseInsensitive)

let ci : int CITbl.t = CITbl.create 4

let memo f =
  let h = Hashtbl.create 16 in
  fun x ->
    match Hashtbl.find_opt h x with
    | Some y -> y
    | None -> let y = f x in Hashtbl.add h x y; y

let slow_square x = x * x
let fast_square = memo slow_square

let () =
  add_all [("a", 1); ("b", 2)];
  CITbl.replace ci "Hello" 1;
  Printf.printf "%d %d %d %d\n" (get "a") (get "z") (CITbl.find ci "HELLO") (fast_square 9);
  Printf.printf "%d\n" (Hashtbl.length table)
