(* module M : S = struct ... end hides definitions. *)
module type COUNTER = sig
  type t
  val create : unit -> t
  val incr : t -> unit
  val get : t -> int
end

module Counter : COUNTER = struct
  type t = int ref
  let create () = ref 0
  let incr c = c := !c + 1
  let get c = !c
  let secret = "hidden"
end

module Logged : sig
  val log : string -> unit
  val dump : unit -> string list
end = struct
  let entries = ref []
  let log s = entries := s :: !entries
  let dump () = List.rev !entries
end

module Alias = Counter
module Annotated : COUNTER = Counter

let () =
  let c = Alias.create () in
  Counter.incr c; Counter.incr c;
  Printf.printf "%d\n" (Alias.get c);
  let d = Annotated.create () in
  Annotated.incr d;
  Printf.printf "%d\n" (Annotated.get d);
  Logged.log "a"; Logged.log "b";
  print_endline (String.concat "," (Logged.dump ()))
