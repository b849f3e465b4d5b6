external sleep : float -> unit = "rb_robur_sleep"
external uptime : unit -> float = "rb_robur_uptime"
external register_named_value : string -> 'a -> unit = "caml_register_named_value"

exception Restart

(* As Sys.Break: a constant exception is its own slot, which the runtime
   raises from Robur.sleep (kernel/runtime/robur_sleep.c). *)
let () = register_named_value "Robur.Restart" Restart
