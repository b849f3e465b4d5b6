(* OCaml's own Stdlib modules with the labels that robur's language does not
   have dropped (as robur's stdlib/*.mli drop them): the reference side of
   the differential tests opens this module.  Only functions whose labelled
   form cannot be applied without labels (polymorphic result) need a line. *)
module Option = struct
  include Stdlib.Option
  let value o default = value o ~default
  let fold none some o = fold ~none ~some o
end

module Result = struct
  include Stdlib.Result
  let value r default = value r ~default
  let fold ok error r = fold ~ok ~error r
end

module Either = struct
  include Stdlib.Either
  let fold left right e = fold ~left ~right e
end

module Fun = struct
  include Stdlib.Fun
  let protect finally work = protect ~finally work
end
