(* A functor producing a counter module over any hashable key *)
module type HASHED = sig
  type t
  val equal : t -> t -> bool
  val hash : t -> int
end

module Counter (K : HASHED) = struct
  module T = Hashtbl.Make (K)
  type t = int T.t
  let create () : t = T.create 16
  let add (c : t) k = T.replace c k (1 + (try T.find c k with Not_found -> 0))
  let count (c : t) k = try T.find c k with Not_found -> 0
  let most_common (c : t) = T.fold (fun k n best -> match best with Some (_, m) when m >= n -> best | _ -> Some (k, n)) c None
end

module Words = Counter (struct
  type t = string
  let equal = String.equal
  let hash = Hashtbl.hash
end)

let c = Words.create ()

let () =
  List.iter (Words.add c) ["a"; "b"; "a"; "c"; "a"];
  Printf.printf "%d %d\n" (Words.count c "a") (Words.count c "z");
  match Words.most_common c with Some (w, n) -> Printf.printf "%s %d\n" w n | None -> ()
