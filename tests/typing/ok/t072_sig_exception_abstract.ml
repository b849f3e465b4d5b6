(* Signatures containing exceptions and abstract parameterised types *)
module type BOUNDED = sig
  type 'a t
  exception Full
  exception Empty
  val create : int -> 'a t
  val push : 'a t -> 'a -> unit
  val pop : 'a t -> 'a
  val length : 'a t -> int
end

module Bounded : BOUNDED = struct
  type 'a t = { mutable items : 'a list; capacity : int }
  exception Full
  exception Empty
  let create capacity = { items = []; capacity }
  let push s x = if List.length s.items >= s.capacity then raise Full else s.items <- x :: s.items
  let pop s = match s.items with [] -> raise Empty | x :: r -> s.items <- r; x
  let length s = List.length s.items
end

let s : string Bounded.t = Bounded.create 2

let () =
  Bounded.push s "a";
  Bounded.push s "b";
  (try Bounded.push s "c" with Bounded.Full -> print_endline "full");
  print_endline (Bounded.pop s);
  Printf.printf "%d\n" (Bounded.length s)
