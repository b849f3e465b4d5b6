(* Sys: the configuration values, Break (its name, its registration does not
   disturb anything), getenv of an unset variable, opaque_identity, time,
   argv (one word under both), runtime warnings.  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Not_found -> "Not_found"
  | Sys.Break -> "Sys.Break"
  | Failure s -> "Failure " ^ s
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let sb = string_of_bool

let () =
  c "os_type" (fun () -> Sys.os_type);
  c "word_size" (fun () -> si Sys.word_size);
  c "int_size" (fun () -> si Sys.int_size);
  c "big_endian" (fun () -> sb Sys.big_endian);
  c "max_string_length" (fun () -> si Sys.max_string_length);
  c "max_array_length" (fun () -> si Sys.max_array_length);
  c "max_floatarray_length" (fun () -> si Sys.max_floatarray_length);
  c "ocaml_version" (fun () -> Sys.ocaml_version);
  c "unix/win32/cygwin" (fun () -> sb Sys.unix ^ sb Sys.win32 ^ sb Sys.cygwin);
  c "backend_type" (fun () -> match Sys.backend_type with Sys.Native -> "Native" | Sys.Bytecode -> "Bytecode" | Sys.Other s -> s);
  c "interactive" (fun () -> sb !Sys.interactive);
  c "argv length" (fun () -> si (Array.length Sys.argv));
  c "time" (fun () -> let t = Sys.time () in sb (t >= 0. && Sys.time () >= t));
  c "getenv unset" (fun () -> Sys.getenv "ROBUR_SURELY_UNSET_VARIABLE_42");
  c "getenv_opt unset" (fun () -> match Sys.getenv_opt "ROBUR_SURELY_UNSET_VARIABLE_42" with None -> "None" | Some s -> s);
  c "raise Break" (fun () -> raise Sys.Break);
  c "Break name" (fun () -> Printexc.to_string Sys.Break);
  c "opaque_identity" (fun () -> si (Sys.opaque_identity 42) ^ Sys.opaque_identity "s");
  c "runtime_warnings" (fun () ->
      let a = Sys.runtime_warnings_enabled () in
      Sys.enable_runtime_warnings false;
      let b = Sys.runtime_warnings_enabled () in
      Sys.enable_runtime_warnings true;
      sb a ^ sb b ^ sb (Sys.runtime_warnings_enabled ()));
  c "Buffer uses Sys" (fun () -> let b = Buffer.create (-5) in Buffer.add_string b "ok"; Buffer.contents b);
  p ("checked calls: " ^ si !count)
