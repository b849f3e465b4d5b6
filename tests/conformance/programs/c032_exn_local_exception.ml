(* status: 0 *)
(* let exception and exceptions defined in local modules. *)
let find_index p l =
  let exception Found of int in
  try List.iteri (fun i x -> if p x then raise (Found i)) l; None
  with Found i -> Some i

let nested () =
  let exception A in
  let f () = raise A in
  let g () = try f () with Not_found -> "wrong" in
  try g () with A -> "local A caught"

module M = struct
  exception Inner of string
  let fail s = raise (Inner s)
end

let () =
  (match find_index (fun x -> x > 10) [1; 5; 11; 20] with Some i -> Printf.printf "idx %d\n" i | None -> ());
  (match find_index (fun x -> x > 100) [1; 5] with Some _ -> () | None -> print_endline "none");
  print_endline (nested ());
  (try M.fail "msg" with M.Inner s -> print_endline ("M.Inner " ^ s));
  let r = ref 0 in
  for i = 1 to 100 do
    let exception Skip in
    (try if i mod 10 <> 0 then raise Skip; r := !r + i with Skip -> ())
  done;
  Printf.printf "r=%d\n" !r
