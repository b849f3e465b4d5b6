(* Records with explicitly polymorphic fields *)
type mapper = { map : 'a 'b. ('a -> 'b) -> 'a list -> 'b list }
type printer = { print : 'a. ('a -> string) -> 'a -> unit }

let std_mapper = { map = List.map }
let rev_mapper = { map = (fun f l -> List.rev (List.map f l)) }
let console = { print = (fun show x -> print_endline (show x)) }

let use m = (m.map string_of_int [1; 2], m.map not [true])

let () =
  let (a, b) = use rev_mapper in
  console.print (String.concat ",") a;
  console.print string_of_bool (List.hd b);
  ignore (use std_mapper)
