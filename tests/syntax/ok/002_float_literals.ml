(* Float literals: trailing dot, exponents, hex floats, underscores. *)
let a = 1.
let b = 1.5
let c = 1e10
let d = 1.5e-3
let e = 2.5E+2
let f = 0x1p4
let g = 0x1.8p1
let h = 0xA.Fp-2
let i = 1_000.000_1
let j = 3.14_15
let k = -0.5
let l = -.2.0
let m = infinity
let n = neg_infinity
let o = nan

let show name x = Printf.printf "%s = %g\n" name x

let () =
  show "a" a; show "b" b; show "c" c; show "d" d; show "e" e;
  show "f" f; show "g" g; show "h" h; show "i" i; show "j" j;
  show "k" k; show "l" l; show "m" m; show "n" n;
  Printf.printf "nan is nan: %b\n" (o <> o);
  Printf.printf "%.17g\n" (0.1 +. 0.2)
