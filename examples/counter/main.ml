(* The main loop: a tick every half second.  Robur.sleep is where the VM
   listens to `robur dev`: reloads happen while the loop sleeps. *)

let () =
  while true do
    Counter.tick ();
    print_endline (Render.line (Counter.get ()));
    Robur.sleep 0.5
  done
