(* Printexc: to_string of the predefined exceptions (OCaml's formats for
   Match_failure, Assert_failure, ...) and of user exceptions with every kind
   of argument, registered printers (order, a printer that raises), print,
   exn_slot_name/id, backtrace switches.  No Printf in the checks. *)
let count = ref 0
let p s = print_string s; print_newline ()
(* a path before main.ml (robur names the file as given on its command line) is dropped *)
let norm s =
  let n = String.length s in
  let rec find i = if i + 7 > n then None else if String.sub s i 7 = "main.ml" then Some i else find (i + 1) in
  match find 0 with
  | None -> s
  | Some i ->
      let q = String.rindex_from s i '"' in
      String.sub s 0 (q + 1) ^ String.sub s i (n - i)
let c name f = incr count; p (name ^ " = " ^ (try f () with e -> "raised " ^ norm (Printexc.to_string e)))
let si = string_of_int

exception E0
exception E1 of int
exception E2 of string * int
exception E3 of float
exception E4 of char
exception E5 of int list
exception E6 of (int * int)
exception E7 of string option * bool * unit
exception E8 of { a : int; b : string }
module M = struct exception Inner of string  module N = struct exception Deep end end
exception Alias = E1

let all = [Not_found; Exit; Failure "boom"; Failure ""; Invalid_argument "index out of bounds";
           Division_by_zero; End_of_file; Sys_error "x: No such file"; Out_of_memory; Stack_overflow;
           Sys_blocked_io; Match_failure ("m.ml", 3, 14); Assert_failure ("a.ml", 10, 2);
           Undefined_recursive_module ("u.ml", 1, 0); E0; E1 42; E1 (-7); E2 ("q\"uote\n", 3);
           E3 1.5; E3 (-0.); E3 1e100; E4 'x'; E5 [1; 2]; E6 (1, 2); E7 (Some "s", true, ());
           E8 { a = 1; b = "bee" }; M.Inner "in"; M.N.Deep; Alias 5; Lazy.Undefined; Sys.Break]

let () =
  List.iter (fun e -> c "to_string" (fun () -> Printexc.to_string e)) all;
  List.iter (fun e -> c "to_string_default" (fun () -> Printexc.to_string_default e)) all;
  List.iter (fun e -> c "use_printers (none)" (fun () ->
      match Printexc.use_printers e with None -> "None" | Some s -> s)) all;
  (* real raises *)
  c "match failure" (fun () -> let f = function 1 -> "one" in f 2);
  c "assert failure" (fun () -> assert (1 = 2); "no");
  c "array bound" (fun () -> si [| 1 |].(3));
  c "string bound" (fun () -> String.make 1 (String.get "ab" 5));
  c "division" (fun () -> si (1 / (List.length [])));
  c "failwith" (fun () -> failwith "fw");
  c "invalid_arg" (fun () -> invalid_arg "ia");
  (* exn slots *)
  c "exn_slot_name E0" (fun () -> Printexc.exn_slot_name E0);
  c "exn_slot_name E2" (fun () -> Printexc.exn_slot_name (E2 ("a", 1)));
  c "exn_slot_name Not_found" (fun () -> Printexc.exn_slot_name Not_found);
  c "exn_slot_name Failure" (fun () -> Printexc.exn_slot_name (Failure "x"));
  c "exn_slot_name Deep" (fun () -> Printexc.exn_slot_name M.N.Deep);
  c "exn_slot_name Alias" (fun () -> Printexc.exn_slot_name (Alias 1));
  c "exn_slot_id same" (fun () -> string_of_bool (Printexc.exn_slot_id (E1 1) = Printexc.exn_slot_id (E1 2)));
  c "exn_slot_id alias" (fun () -> string_of_bool (Printexc.exn_slot_id (Alias 1) = Printexc.exn_slot_id (E1 2)));
  c "exn_slot_id differ" (fun () -> string_of_bool (Printexc.exn_slot_id E0 = Printexc.exn_slot_id (E1 2)));
  c "exn_slot_id predef differ" (fun () -> string_of_bool (Printexc.exn_slot_id Not_found = Printexc.exn_slot_id Exit));
  (* print and catch re-raise / return *)
  c "print returns" (fun () -> si (Printexc.print (fun x -> x + 1) 41));
  c "catch returns" (fun () -> si (Printexc.catch (fun x -> x * 2) 21));
  (* backtraces *)
  c "backtrace_status" (fun () -> string_of_bool (Printexc.backtrace_status ()));
  c "get_backtrace (off)" (fun () -> (try raise Exit with Exit -> ()); Printexc.get_backtrace ());
  Printexc.record_backtrace true;
  c "backtrace_status on" (fun () -> string_of_bool (Printexc.backtrace_status ()));
  Printexc.record_backtrace false;
  c "backtrace_status off" (fun () -> string_of_bool (Printexc.backtrace_status ()));
  c "raw_backtrace_length (off)" (fun () -> si (Printexc.raw_backtrace_length (Printexc.get_raw_backtrace ())));
  c "raise_with_backtrace" (fun () ->
      try Printexc.raise_with_backtrace (E1 9) (Printexc.get_raw_backtrace ())
      with E1 n -> "caught E1 " ^ si n);
  (* registered printers: the last registered is tried first; one that
     raises or answers None passes *)
  Printexc.register_printer (function E1 n -> Some ("first E1:" ^ si n) | E0 -> Some "first E0" | _ -> None);
  Printexc.register_printer (function E1 n when n > 10 -> Some ("second E1>10:" ^ si n) | _ -> None);
  Printexc.register_printer (function E0 -> failwith "printer fails" | _ -> None);
  List.iter (fun e -> c "to_string (printers)" (fun () -> Printexc.to_string e)) all;
  List.iter (fun e -> c "to_string_default (printers)" (fun () -> Printexc.to_string_default e)) all;
  List.iter (fun e -> c "use_printers" (fun () ->
      match Printexc.use_printers e with None -> "None" | Some s -> s)) [E0; E1 1; E1 11; Exit];
  c "to_string E1 20" (fun () -> Printexc.to_string (E1 20));
  p ("checked calls: " ^ si !count)
