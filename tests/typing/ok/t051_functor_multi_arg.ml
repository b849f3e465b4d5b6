(* Functors with several arguments and with type *)
module type SHOW = sig type t val show : t -> string end
module type EQ = sig type t val equal : t -> t -> bool end

module MakeAssoc (K : EQ) (V : SHOW) : sig
  type t
  val empty : t
  val add : K.t -> V.t -> t -> t
  val find : K.t -> t -> V.t option
  val dump : t -> string list
end = struct
  type t = (K.t * V.t) list
  let empty = []
  let add k v l = (k, v) :: l
  let find k l = match List.find_opt (fun (k', _) -> K.equal k k') l with Some (_, v) -> Some v | None -> None
  let dump l = List.map (fun (_, v) -> V.show v) l
end

module IntEq = struct type t = int let equal (a : int) b = a = b end
module FloatShow = struct type t = float let show = string_of_float end
module Table = MakeAssoc (IntEq) (FloatShow)

let tbl = Table.add 1 1.5 (Table.add 2 2.5 Table.empty)

let () =
  List.iter print_endline (Table.dump tbl);
  match Table.find 2 tbl with Some v -> Printf.printf "%g\n" v | None -> ()
