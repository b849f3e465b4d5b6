module type S = sig type t end
module M : S with type t int = struct type t = int end
