(* Signatures and ascription with abstract types *)
module type STACK = sig
  type 'a t
  val empty : 'a t
  val push : 'a -> 'a t -> 'a t
  val pop : 'a t -> ('a * 'a t) option
  val size : 'a t -> int
end

module Stack : STACK = struct
  type 'a t = 'a list
  let empty = []
  let push x s = x :: s
  let pop = function [] -> None | x :: s -> Some (x, s)
  let size = List.length
end

module Counter : sig
  type t
  val create : unit -> t
  val incr : t -> unit
  val get : t -> int
end = struct
  type t = int ref
  let create () = ref 0
  let incr c = c := !c + 1
  let get c = !c
end

let s = Stack.push 1 (Stack.push 2 Stack.empty)
let c = Counter.create ()

let () =
  Counter.incr c;
  (match Stack.pop s with
   | Some (x, rest) -> Printf.printf "%d %d\n" x (Stack.size rest)
   | None -> ());
  print_int (Counter.get c);
  print_newline ()
