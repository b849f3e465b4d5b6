(* let open M in e and M.(e) local opens. *)
module Vec = struct
  type t = { x : float; y : float }
  let make x y = { x; y }
  let ( + ) a b = { x = a.x +. b.x; y = a.y +. b.y }
  let ( * ) k a = { x = k *. a.x; y = k *. a.y }
  let zero = { x = 0.; y = 0. }
  let to_string v = Printf.sprintf "(%g, %g)" v.x v.y
end

module Int_ops = struct
  let double x = x * 2
  let square x = x * x
end

let v1 = Vec.(make 1. 2. + make 3. 4.)
let v2 = Vec.(2. * (make 1. 1. + zero))
let v3 =
  let open Vec in
  make 5. 5. + (0.5 * make 2. 4.)

let n = Int_ops.(double (square 3))
let l = List.(length (map succ [1; 2; 3]))
let s = String.(concat "-" [uppercase_ascii "a"; lowercase_ascii "B"])
let empty_list = List.([])
let arr = Array.([| 1 |])

let () =
  print_endline (Vec.to_string v1);
  print_endline (Vec.to_string v2);
  print_endline Vec.(to_string v3);
  Printf.printf "%d %d %s %d %d\n" n l s (List.length empty_list) (Array.length arr);
  let open Printf in
  printf "%s\n" (sprintf "opened %d" (1 + 0) |> fun s -> s ^ " printf")
