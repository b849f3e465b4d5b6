(* status: 0 *)
(* Abstract types hidden by signatures; a stack module and a counter module. *)
module type STACK = sig
  type 'a t
  val empty : 'a t
  val push : 'a -> 'a t -> 'a t
  val pop : 'a t -> ('a * 'a t) option
  val size : 'a t -> int
end

module ListStack : STACK = struct
  type 'a t = 'a list
  let empty = []
  let push x s = x :: s
  let pop = function [] -> None | x :: r -> Some (x, r)
  let size = List.length
end

module Counter : sig type t val make : unit -> t val tick : t -> unit val value : t -> int end = struct
  type t = int ref
  let make () = ref 0
  let tick c = incr c
  let value c = !c
end

let () =
  let s = List.fold_left (fun s x -> ListStack.push x s) ListStack.empty [1; 2; 3; 4] in
  Printf.printf "size %d\n" (ListStack.size s);
  let rec drain s = match ListStack.pop s with None -> [] | Some (x, r) -> x :: drain r in
  print_endline (String.concat " " (List.map string_of_int (drain s)));
  let c = Counter.make () in
  for _ = 1 to 17 do Counter.tick c done;
  Printf.printf "counter %d\n" (Counter.value c)
