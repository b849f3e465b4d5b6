(* Two units: values, functions, a ref and an exception of Util, used
   through Util's module block. *)
let () =
  Util.print_int (Util.twice (fun x -> x * 3) 7); Util.print "\n";
  Util.print_int (Util.twice (Util.twice (fun x -> x + 1)) 0); Util.print "\n";
  (try ignore (Util.check (-5)) with Util.Oops m -> Util.print m); Util.print "\n";
  Util.print_int !Util.calls; Util.print "\n"
