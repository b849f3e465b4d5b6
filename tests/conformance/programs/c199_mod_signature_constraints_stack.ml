(* status: 0 *)
(* A functor with a constrained result signature used to build two containers. *)
module type CONTAINER = sig
  type 'a t
  val empty : unit -> 'a t
  val add : 'a -> 'a t -> unit
  val take : 'a t -> 'a option
  val size : 'a t -> int
end

module StackC : CONTAINER = struct
  type 'a t = 'a list ref
  let empty () = ref []
  let add x s = s := x :: !s
  let take s = match !s with [] -> None | x :: r -> s := r; Some x
  let size s = List.length !s
end

module QueueC : CONTAINER = struct
  type 'a t = 'a Queue.t
  let empty () = Queue.create ()
  let add = Queue.add
  let take q = Queue.take_opt q
  let size = Queue.length
end

module Drain (C : CONTAINER) = struct
  let run l =
    let c = C.empty () in
    List.iter (fun x -> C.add x c) l;
    let n = C.size c in
    let rec go acc = match C.take c with None -> List.rev acc | Some x -> go (x :: acc) in
    (n, go [])
end

module DS = Drain (StackC)
module DQ = Drain (QueueC)

let () =
  let (n, l) = DS.run [1; 2; 3; 4] in
  Printf.printf "stack %d: %s\n" n (String.concat " " (List.map string_of_int l));
  let (n, l) = DQ.run [1; 2; 3; 4] in
  Printf.printf "queue %d: %s\n" n (String.concat " " (List.map string_of_int l));
  let (_, s) = DS.run ["x"; "y"] in
  print_endline (String.concat "" s)
