(* Shared helpers of the differential stdlib tests.  This unit is always
   compiled against OCaml's own Stdlib, so that the printing of results does
   not depend on the implementation under test. *)

let count = ref 0

let exn_to_string e =
  match e with
  | Invalid_argument s -> Printf.sprintf "Invalid_argument %S" s
  | Failure s -> Printf.sprintf "Failure %S" s
  | Not_found -> "Not_found"
  | Exit -> "Exit"
  | Division_by_zero -> "Division_by_zero"
  | e -> "exception " ^ Printexc.to_string e

(* [check name show f]: one checked call, printed as one line. *)
let check name show f =
  incr count;
  let r = try show (f ()) with e -> "raises " ^ exn_to_string e in
  print_string name;
  print_string " = ";
  print_string r;
  print_newline ()

(* a trace of side effects (evaluation order), checked with the result *)
let trace = Buffer.create 64
let log fmt = Printf.ksprintf (fun s -> Buffer.add_string trace s; Buffer.add_char trace ';') fmt
let check_trace name show f =
  Buffer.clear trace;
  check name (fun v -> show v ^ " trace=[" ^ Buffer.contents trace ^ "]")
    (fun () -> try f () with e ->
       failwith ("raised " ^ exn_to_string e ^ " trace=[" ^ Buffer.contents trace ^ "]"))

let int = string_of_int
let bool = string_of_bool
let str s = Printf.sprintf "%S" s
let chr c = Printf.sprintf "%C" c
let float f = Printf.sprintf "%h" f
let unit () = "()"
let list f l = "[" ^ String.concat "; " (List.map f l) ^ "]"
let array f a = "[|" ^ String.concat "; " (Array.to_list (Array.map f a)) ^ "|]"
let opt f o = match o with None -> "None" | Some v -> "Some " ^ f v
let pair f g (a, b) = "(" ^ f a ^ ", " ^ g b ^ ")"
let res f g r = match r with Ok v -> "Ok " ^ f v | Error e -> "Error " ^ g e
let bytes b = Printf.sprintf "%S" (Bytes.to_string b)

let finish () =
  Printf.printf "checked calls: %d\n" !count
