(* status: 0 *)
(* Mandelbrot set rendered in ASCII: float loops and char output. *)
let () =
  let w = 60 and h = 24 and maxit = 200 in
  let chars = " .:-=+*#%@" in
  for row = 0 to h - 1 do
    let ci = 1.2 -. 2.4 *. float row /. float h in
    let line = Bytes.make w ' ' in
    for col = 0 to w - 1 do
      let cr = -2.1 +. 3.0 *. float col /. float w in
      let zr = ref 0.0 and zi = ref 0.0 and i = ref 0 in
      while !i < maxit && !zr *. !zr +. !zi *. !zi < 4.0 do
        let t = !zr *. !zr -. !zi *. !zi +. cr in
        zi := 2.0 *. !zr *. !zi +. ci;
        zr := t;
        incr i
      done;
      let k = if !i = maxit then 9 else !i mod 9 in
      Bytes.set line col chars.[k]
    done;
    print_endline (Bytes.to_string line)
  done
