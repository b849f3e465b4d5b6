(* Local opens *)
module Complex = struct
  type t = { re : float; im : float }
  let make re im = { re; im }
  let ( + ) a b = { re = a.re +. b.re; im = a.im +. b.im }
  let ( * ) a b = { re = a.re *. b.re -. a.im *. b.im; im = a.re *. b.im +. a.im *. b.re }
  let to_string c = Printf.sprintf "%g+%gi" c.re c.im
end

let z = Complex.(make 1. 2. + make 3. 4.)
let w = Complex.(let i = make 0. 1. in i * i)
let s = let open Complex in to_string (z * w)
let l = List.(length (rev [1; 2; 3]))
let first = Complex.(z.re)

let () =
  print_endline (Complex.to_string z);
  print_endline s;
  Printf.printf "%d %g\n" l first
