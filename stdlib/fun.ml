(* Function manipulation (OCaml 4.13 semantics). *)
external id : 'a -> 'a = "%identity"

let const c _ = c

let flip f x y = f y x

let negate p v = not (p v)

exception Finally_raised of exn

let () =
  Printexc.register_printer (function
    | Finally_raised exn ->
      Some ("Fun.Finally_raised: " ^ Printexc.to_string exn)
    | _ -> None)

let protect finally work =
  let run_finally () =
    match finally () with
    | () -> ()
    | exception e -> raise (Finally_raised e)
  in
  match work () with
  | result -> run_finally (); result
  | exception work_exn ->
    run_finally ();
    raise work_exn
