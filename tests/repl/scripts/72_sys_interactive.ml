(* Sys.interactive is set in the toplevel *)
!Sys.interactive;;
let f () = if !Sys.interactive then "toplevel" else "program";;
f ();;
