(* Float: every function of its interface (Float.Array included) on edge
   values: zeros of both signs, subnormals, infinities, nan, halfway cases,
   huge and tiny magnitudes.  Results are printed exactly (the bits, in hex)
   except nan, printed "nan" whatever its sign and payload; the libm
   functions are printed to 15 significant digits (last-ulp differences
   between libms are not a Float difference).  No Printf. *)
let count = ref 0
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
  | Not_found -> "Not_found"
  | Division_by_zero -> "Division_by_zero"
let c name f = incr count; p (name ^ " = " ^ ex f)
let si = string_of_int
let sb = string_of_bool
let bits x = if Float.is_nan x then "nan" else Int64.format "%x" (Int64.bits_of_float x)
let sf x = if Float.is_nan x then "nan" else string_of_float x ^ " [" ^ bits x ^ "]"
let approx x =
  if Float.is_nan x then "nan"
  else if Float.is_integer x || Float.is_infinite x then string_of_float x
  else
    (* 15 significant digits, without Printf *)
    let m, e = Float.frexp x in
    let k = int_of_float (Float.floor (float_of_int e *. 0.30102999566398120)) in
    let scaled = x /. (10. ** float_of_int (k - 14)) in
    string_of_float (Float.round scaled) ^ "e" ^ si (k - 14) ^ (if m = 0. then "" else "")
let ob f o = match o with None -> "None" | Some v -> "Some " ^ f v
let fc = function
  | FP_normal -> "FP_normal" | FP_subnormal -> "FP_subnormal" | FP_zero -> "FP_zero"
  | FP_infinite -> "FP_infinite" | FP_nan -> "FP_nan"

let vals = [0.; -0.; 1.; -1.; 0.5; -0.5; 1.5; 2.5; -2.5; 3.7; -3.7; 0.1; 1e300; -1e300;
            4.9e-324; -4.9e-324; 2.2250738585072014e-308; 1.7976931348623157e308;
            Float.infinity; Float.neg_infinity; Float.nan; Float.pi; 1e15 +. 0.5;
            4503599627370496.5; 9007199254740993.; -0.49999999999999994; 123456.789]
let small = [0.; -0.; 1.; -1.; 0.5; 2.5; -3.7; 1e300; 4.9e-324; Float.infinity;
             Float.neg_infinity; Float.nan; 0.1; 3.]

let () =
  List.iter (fun (n, v) -> c n (fun () -> sf v))
    ["zero", Float.zero; "one", Float.one; "minus_one", Float.minus_one; "infinity", Float.infinity;
     "neg_infinity", Float.neg_infinity; "nan", Float.nan; "pi", Float.pi; "max_float", Float.max_float;
     "min_float", Float.min_float; "epsilon", Float.epsilon];
  List.iter (fun x ->
      let n = string_of_float x in
      let u name f = c (name ^ " " ^ n) (fun () -> sf (f x)) in
      let a name f = c (name ^ " " ^ n) (fun () -> approx (f x)) in
      u "neg" Float.neg; u "abs" Float.abs; u "sqrt" Float.sqrt;
      u "trunc" Float.trunc; u "round" Float.round; u "ceil" Float.ceil; u "floor" Float.floor;
      u "succ" Float.succ; u "pred" Float.pred;
      a "cbrt" Float.cbrt; a "exp" Float.exp; a "exp2" Float.exp2; a "log" Float.log;
      a "log10" Float.log10; a "log2" Float.log2; a "expm1" Float.expm1; a "log1p" Float.log1p;
      a "cos" Float.cos; a "sin" Float.sin; a "tan" Float.tan; a "acos" Float.acos;
      a "asin" Float.asin; a "atan" Float.atan; a "cosh" Float.cosh; a "sinh" Float.sinh;
      a "tanh" Float.tanh; a "acosh" Float.acosh; a "asinh" Float.asinh; a "atanh" Float.atanh;
      a "erf" Float.erf; a "erfc" Float.erfc;
      c ("is_finite " ^ n) (fun () -> sb (Float.is_finite x));
      c ("is_infinite " ^ n) (fun () -> sb (Float.is_infinite x));
      c ("is_nan " ^ n) (fun () -> sb (Float.is_nan x));
      c ("is_integer " ^ n) (fun () -> sb (Float.is_integer x));
      c ("classify_float " ^ n) (fun () -> fc (Float.classify_float x));
      c ("sign_bit " ^ n) (fun () -> sb (Float.sign_bit x));
      c ("to_string " ^ n) (fun () -> Float.to_string x);
      c ("to_int " ^ n) (fun () -> if Float.is_finite x && Float.abs x < 1e18 then si (Float.to_int x) else "-");
      c ("frexp " ^ n) (fun () -> let m, e = Float.frexp x in sf m ^ ", " ^ si e);
      c ("modf " ^ n) (fun () -> let f, i = Float.modf x in sf f ^ ", " ^ sf i);
      c ("hash " ^ n) (fun () -> si (Float.hash x));
      c ("of_string(to_string) " ^ n) (fun () -> sf (Float.of_string (Float.to_string x)));
      List.iter (fun k -> c ("ldexp " ^ n ^ " " ^ si k) (fun () -> sf (Float.ldexp x k)))
        [0; 1; -1; 1023; -1074; 2000; -2000])
    vals;
  List.iter (fun x -> List.iter (fun y ->
      let n = string_of_float x ^ " " ^ string_of_float y in
      let b name f = c (name ^ " " ^ n) (fun () -> sf (f x y)) in
      b "add" Float.add; b "sub" Float.sub; b "mul" Float.mul; b "div" Float.div;
      b "rem" Float.rem; b "copy_sign" Float.copy_sign; b "next_after" Float.next_after;
      b "min" Float.min; b "max" Float.max; b "min_num" Float.min_num; b "max_num" Float.max_num;
      c ("pow " ^ n) (fun () -> approx (Float.pow x y));
      c ("atan2 " ^ n) (fun () -> approx (Float.atan2 x y));
      c ("hypot " ^ n) (fun () -> approx (Float.hypot x y));
      c ("hypot sign " ^ n) (fun () -> sb (Float.sign_bit (Float.hypot x y)));
      c ("min_max " ^ n) (fun () -> let a, b = Float.min_max x y in sf a ^ ", " ^ sf b);
      c ("min_max_num " ^ n) (fun () -> let a, b = Float.min_max_num x y in sf a ^ ", " ^ sf b);
      c ("compare " ^ n) (fun () -> si (Float.compare x y));
      c ("equal " ^ n) (fun () -> sb (Float.equal x y));
      List.iter (fun z -> c ("fma " ^ n ^ " " ^ string_of_float z) (fun () -> sf (Float.fma x y z)))
        [0.; -0.; 1.; -1e-300; Float.infinity; Float.nan])
      small) small;
  List.iter (fun (x, y, z) -> c ("fma exact " ^ string_of_float x) (fun () -> sf (Float.fma x y z)))
    [(0.1, 10., -1.); (1. +. Float.epsilon, 1. -. Float.epsilon, -1.);
     (Float.max_float, 2., -. Float.max_float); (1e-200, 1e-200, 0.); (-1e-200, 1e-200, 0.);
     (3., 1. /. 3., -1.); (2.2250738585072014e-308, 0.5, 4.9e-324)];
  List.iter (fun i -> c ("of_int " ^ si i) (fun () -> sf (Float.of_int i)))
    [0; 1; -1; max_int; min_int; 1 lsl 53 + 1];
  List.iter (fun s ->
      c ("of_string " ^ String.escaped s) (fun () -> sf (Float.of_string s));
      c ("of_string_opt " ^ String.escaped s) (fun () -> ob sf (Float.of_string_opt s)))
    ["0"; "-0"; "1.5"; "1e10"; "0x1p-3"; "0x1.8p1"; "inf"; "-inf"; "nan"; "infinity"; "1_000.5";
     ""; "abc"; "1.5x"; " 1"; "1e400"; "4.9e-324"; "2e-324"; ".5"; "5."; "-.5e-3"; "0x"; "1e"];
  (* Float.Array *)
  let module A = Float.Array in
  let show a = "[" ^ String.concat "; " (List.map sf (A.to_list a)) ^ "]" in
  let a = A.of_list [3.; -1.; Float.nan; 2.; -0.; 0.; 10.] in
  c "A.length" (fun () -> si (A.length a));
  c "A.get 2" (fun () -> sf (A.get a 2));
  c "A.get 7" (fun () -> sf (A.get a 7));
  c "A.get -1" (fun () -> sf (A.get a (-1)));
  c "A.set 9" (fun () -> A.set a 9 1.; "()");
  c "A.make 3" (fun () -> show (A.make 3 1.5));
  c "A.make -1" (fun () -> show (A.make (-1) 1.5));
  c "A.create 0" (fun () -> si (A.length (A.create 0)));
  c "A.init 4" (fun () -> show (A.init 4 (fun i -> float_of_int (i * i))));
  c "A.init -1" (fun () -> show (A.init (-1) float_of_int));
  c "A.append" (fun () -> show (A.append a (A.make 2 7.)));
  c "A.concat" (fun () -> show (A.concat [a; A.make 1 1.; A.create 0; a]));
  c "A.sub 1 3" (fun () -> show (A.sub a 1 3));
  c "A.sub 5 3" (fun () -> show (A.sub a 5 3));
  c "A.copy" (fun () -> show (A.copy a));
  c "A.fill" (fun () -> let b = A.copy a in A.fill b 1 2 9.; show b);
  c "A.fill bad" (fun () -> let b = A.copy a in A.fill b 6 2 9.; show b);
  c "A.blit" (fun () -> let b = A.copy a in A.blit a 0 b 2 4; show b);
  c "A.blit bad" (fun () -> let b = A.copy a in A.blit a 0 b 5 4; show b);
  c "A.iter" (fun () -> let r = ref 0. in A.iter (fun x -> if x = x then r := !r +. x) a; sf !r);
  c "A.iteri" (fun () -> let r = ref 0. in A.iteri (fun i x -> if x = x then r := !r +. float i *. x) a; sf !r);
  c "A.iter2" (fun () -> let r = ref 0. in A.iter2 (fun x y -> r := !r +. x *. y) (A.make 2 2.) (A.make 2 3.); sf !r);
  c "A.iter2 bad" (fun () -> A.iter2 (fun _ _ -> ()) a (A.make 2 3.); "()");
  c "A.map" (fun () -> show (A.map (fun x -> x *. 2.) a));
  c "A.mapi" (fun () -> show (A.mapi (fun i x -> x +. float i) a));
  c "A.map2" (fun () -> show (A.map2 ( -. ) (A.make 2 2.) (A.make 2 3.)));
  c "A.map2 bad" (fun () -> show (A.map2 ( -. ) a (A.make 2 3.)));
  c "A.fold_left" (fun () -> sf (A.fold_left (fun acc x -> if x = x then acc *. 2. +. x else acc) 0. a));
  c "A.fold_right" (fun () -> sf (A.fold_right (fun x acc -> if x = x then acc *. 2. +. x else acc) a 0.));
  c "A.exists" (fun () -> sb (A.exists (fun x -> x > 5.) a));
  c "A.for_all" (fun () -> sb (A.for_all (fun x -> x > -5.) a));
  c "A.mem nan" (fun () -> sb (A.mem Float.nan a));
  c "A.mem_ieee nan" (fun () -> sb (A.mem_ieee Float.nan a));
  c "A.mem -0." (fun () -> sb (A.mem (-0.) a));
  c "A.mem_ieee 2." (fun () -> sb (A.mem_ieee 2. a));
  c "A.sort" (fun () -> let b = A.copy a in A.sort Float.compare b; show b);
  c "A.stable_sort" (fun () -> let b = A.init 20 (fun i -> float ((i * 7) mod 11)) in A.stable_sort compare b; show b);
  c "A.fast_sort" (fun () -> let b = A.init 9 (fun i -> float ((i * 5) mod 4)) in A.fast_sort (fun x y -> compare y x) b; show b);
  c "A.to_seq" (fun () -> String.concat "," (List.of_seq (Seq.map sf (A.to_seq a))));
  c "A.to_seqi" (fun () -> String.concat "," (List.of_seq (Seq.map (fun (i, x) -> si i ^ ":" ^ sf x) (A.to_seqi a))));
  c "A.of_seq" (fun () -> show (A.of_seq (List.to_seq [1.; 2.; 3.])));
  c "A.map_to_array" (fun () -> String.concat "," (Array.to_list (A.map_to_array sf a)));
  c "A.map_from_array" (fun () -> show (A.map_from_array float_of_int [|1; 2; 3|]));
  c "A.unsafe_get" (fun () -> sf (A.unsafe_get a 0));
  c "A.unsafe_set" (fun () -> let b = A.copy a in A.unsafe_set b 0 5.; show b);
  p ("checked calls: " ^ si !count)
