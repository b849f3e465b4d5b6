module type COUNTER = sig
  type t
  val create : unit -> t
  val get : t -> int
end

module C : COUNTER = struct
  type t = int ref
  let create () = ref 0
  let get c = string_of_int !c
end
