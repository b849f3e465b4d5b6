type 'a t
exception Empty
val create : unit -> 'a t
val pop : 'a t -> 'a
val push : 'a -> 'a t -> unit
external length_prim : string -> int = "%string_length"
val size : 'a t -> int
module Ops : sig val push_all : 'a list -> 'a t -> unit end
