(* Functors whose result signatures contain exceptions *)
module type ELEMENT = sig type t val to_string : t -> string end

module MakeStack (E : ELEMENT) : sig
  type t
  exception Empty_stack
  val create : unit -> t
  val push : t -> E.t -> unit
  val pop : t -> E.t
  val dump : t -> string
end = struct
  type t = E.t list ref
  exception Empty_stack
  let create () = ref []
  let push s x = s := x :: !s
  let pop s = match !s with [] -> raise Empty_stack | x :: r -> s := r; x
  let dump s = String.concat " " (List.map E.to_string !s)
end

module S = MakeStack (struct type t = char let to_string = String.make 1 end)

let st = S.create ()

let () =
  List.iter (S.push st) ['a'; 'b'; 'c'];
  ignore (S.pop st);
  print_endline (S.dump st);
  ignore (S.pop st); ignore (S.pop st);
  try ignore (S.pop st) with S.Empty_stack -> print_endline "empty"
