(* First-class modules (module M : S) are not supported by robur. *)
module type SHOW = sig
  type t
  val value : t
  val show : t -> string
end

module Five = struct
  type t = int
  let value = 5
  let show = string_of_int
end

let packed = (module Five : SHOW)

let () =
  let module M = (val packed : SHOW) in
  print_endline (M.show M.value)
