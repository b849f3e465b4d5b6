(* Sequencing, unit and side effects *)
let log_lines = ref []
let log s = log_lines := s :: !log_lines

let with_logging name f x =
  log ("enter " ^ name);
  let r = f x in
  log ("leave " ^ name);
  r

let repeat n f = for _ = 1 to n do f () done

let tick =
  let n = ref 0 in
  fun () -> incr n; if !n mod 2 = 0 then log (Printf.sprintf "tick %d" !n)

let print_all () = List.iter print_endline (List.rev !log_lines)

let () =
  let y = with_logging "square" (fun x -> x * x) 7 in
  repeat 4 tick;
  assert (y = 49);
  print_all ()
