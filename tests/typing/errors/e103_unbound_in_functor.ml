module Make (X : sig type t val show : t -> string end) = struct
  let print x = print_endline (X.to_string x)
end
