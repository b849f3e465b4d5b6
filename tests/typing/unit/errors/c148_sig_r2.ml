module M : sig type t = { a : int } end = struct type t = { a : string } end
