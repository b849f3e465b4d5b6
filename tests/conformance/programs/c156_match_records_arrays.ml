(* status: 0 *)
(* Record patterns with punning and partial fields; array patterns. *)
type person = { name : string; age : int; email : string option }

let greet = function
  | { name; age; email = Some e } when age >= 18 -> Printf.sprintf "%s (adult) <%s>" name e
  | { name; email = None; _ } -> Printf.sprintf "%s (no email)" name
  | { name = n; age = a; _ } -> Printf.sprintf "%s is %d" n a

let arr = function
  | [||] -> "empty array"
  | [| x |] -> Printf.sprintf "one: %d" x
  | [| x; y |] -> Printf.sprintf "two: %d %d" x y
  | [| 0; _; _ |] -> "three starting with 0"
  | a -> Printf.sprintf "%d elements" (Array.length a)

let () =
  List.iter (fun p -> print_endline (greet p))
    [ { name = "ann"; age = 30; email = Some "ann@x.org" };
      { name = "bob"; age = 12; email = None };
      { name = "cy"; age = 15; email = Some "cy@y.org" } ];
  List.iter (fun a -> print_endline (arr a)) [[||]; [|1|]; [|1; 2|]; [|0; 5; 6|]; [|1; 5; 6|]; Array.make 10 0];
  let { name; age = years; _ } = { name = "dee"; age = 44; email = None } in
  Printf.printf "%s %d\n" name years
