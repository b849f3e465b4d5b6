(* mandelbrot: the n x n bitmap of the Mandelbrot set over [-1.5,0.5]x[-1,1]
   (50 iterations, escape radius 2), packed 8 pixels a byte per row as in a
   PBM file; prints the pixel count and a checksum of the bytes instead of
   the bitmap.  Argument: n. *)

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 200 in
  let inside = ref 0 and hash = ref 0 in
  for y = 0 to n - 1 do
    let ci = 2.0 *. float_of_int y /. float_of_int n -. 1.0 in
    let byte = ref 0 and bits = ref 0 in
    for x = 0 to n - 1 do
      let cr = 2.0 *. float_of_int x /. float_of_int n -. 1.5 in
      let zr = ref 0.0 and zi = ref 0.0 and i = ref 0 and escaped = ref false in
      while not !escaped && !i < 50 do
        let tr = !zr *. !zr -. !zi *. !zi +. cr in
        let ti = 2.0 *. !zr *. !zi +. ci in
        zr := tr;
        zi := ti;
        if !zr *. !zr +. !zi *. !zi > 4.0 then escaped := true;
        incr i
      done;
      byte := !byte lsl 1;
      if not !escaped then begin
        byte := !byte lor 1;
        incr inside
      end;
      incr bits;
      if !bits = 8 || x = n - 1 then begin
        byte := !byte lsl (8 - !bits);
        hash := (!hash * 31 + !byte) land 0x3FFFFFFF;
        byte := 0;
        bits := 0
      end
    done
  done;
  Printf.printf "P4 %d %d\ninside %d\nchecksum %d\n" n n !inside !hash
