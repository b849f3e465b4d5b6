module Counter : sig
  type t
  val create : unit -> t
end = struct
  type t = int
  let create () = 0
end

let c = Counter.create () + 1
