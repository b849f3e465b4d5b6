(* Int32, Int64 and Nativeint: every function of their interfaces on edge
   values (wrapping arithmetic, division by zero, min_int / -1, shifts,
   unsigned operations, string and float conversions with their failures),
   printed without Printf. *)
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
let sf = string_of_float
let ob f o = match o with None -> "None" | Some v -> "Some " ^ f v

module type BOXED = sig
  type t
  val name : string
  val zero : t
  val one : t
  val minus_one : t
  val neg : t -> t
  val add : t -> t -> t
  val sub : t -> t -> t
  val mul : t -> t -> t
  val div : t -> t -> t
  val unsigned_div : t -> t -> t
  val rem : t -> t -> t
  val unsigned_rem : t -> t -> t
  val succ : t -> t
  val pred : t -> t
  val abs : t -> t
  val max_int : t
  val min_int : t
  val logand : t -> t -> t
  val logor : t -> t -> t
  val logxor : t -> t -> t
  val lognot : t -> t
  val shift_left : t -> int -> t
  val shift_right : t -> int -> t
  val shift_right_logical : t -> int -> t
  val of_int : int -> t
  val to_int : t -> int
  val unsigned_to_int : t -> int option
  val of_float : float -> t
  val to_float : t -> float
  val of_string : string -> t
  val of_string_opt : string -> t option
  val to_string : t -> string
  val compare : t -> t -> int
  val unsigned_compare : t -> t -> int
  val equal : t -> t -> bool
  val min : t -> t -> t
  val max : t -> t -> t
  val format : string -> t -> string
  val bits : int
end

module Test (M : BOXED) = struct
  let s = M.to_string
  let vals = [M.zero; M.one; M.minus_one; M.max_int; M.min_int; M.of_int 7; M.of_int (-7);
              M.of_int 1000003; M.succ M.min_int; M.pred M.max_int; M.of_int 0x5555_5555]
  let ints = [0; 1; -1; 42; -42; max_int; min_int; 0x7fff_ffff; 0x8000_0000; 0xffff_ffff;
              0x1_0000_0000; -0x8000_0000; 1 lsl 62]
  let strings = ["0"; "1"; "-1"; "+5"; "2147483647"; "2147483648"; "-2147483648"; "-2147483649";
                 "4294967295"; "4294967296"; "0xffffffff"; "0x100000000"; "0x7fffffff";
                 "-0x80000000"; "0u4294967295"; "0u2147483648"; "9223372036854775807";
                 "9223372036854775808"; "-9223372036854775808"; "-9223372036854775809";
                 "0xffffffffffffffff"; "0x1ffffffffffffffff"; "0u18446744073709551615";
                 "0o777"; "0b1011"; "1_000_000"; "0x_ff"; ""; "-"; "+"; "0x"; "12a"; " 1";
                 "1 "; "_1"; "0u-1"; "-0u1"; "0X1F"; "0O17"; "0B11"; "0xg"]
  let floats = [0.; -0.; 1.5; -1.5; 2.5e9; -2.5e9; 1e18; -1e18; 4294967296.5; 123456789.9]
  let formats = ["%d"; "%i"; "%x"; "%X"; "%o"; "%u"; "%5d"; "%-5d|"; "%05d"; "%+d"; "% d";
                 "%#x"; "%#o"; "%.3d"; "%8.3x"]
  let n = M.name
  let () =
    c (n ^ ".zero") (fun () -> s M.zero);
    c (n ^ ".one") (fun () -> s M.one);
    c (n ^ ".minus_one") (fun () -> s M.minus_one);
    c (n ^ ".max_int") (fun () -> s M.max_int);
    c (n ^ ".min_int") (fun () -> s M.min_int);
    List.iter (fun a ->
        let x = s a in
        c (n ^ ".neg " ^ x) (fun () -> s (M.neg a));
        c (n ^ ".succ " ^ x) (fun () -> s (M.succ a));
        c (n ^ ".pred " ^ x) (fun () -> s (M.pred a));
        c (n ^ ".abs " ^ x) (fun () -> s (M.abs a));
        c (n ^ ".lognot " ^ x) (fun () -> s (M.lognot a));
        c (n ^ ".to_int " ^ x) (fun () -> si (M.to_int a));
        c (n ^ ".unsigned_to_int " ^ x) (fun () -> ob si (M.unsigned_to_int a));
        c (n ^ ".to_float " ^ x) (fun () -> sf (M.to_float a));
        c (n ^ ".of_string(to_string) " ^ x) (fun () -> s (M.of_string (M.to_string a)));
        List.iter (fun f -> c (n ^ ".format " ^ f ^ " " ^ x) (fun () -> M.format f a)) formats;
        List.iter (fun k ->
            let y = x ^ " " ^ si k in
            c (n ^ ".shift_left " ^ y) (fun () -> s (M.shift_left a k));
            c (n ^ ".shift_right " ^ y) (fun () -> s (M.shift_right a k));
            c (n ^ ".shift_right_logical " ^ y) (fun () -> s (M.shift_right_logical a k)))
          [0; 1; 5; M.bits - 1];
        List.iter (fun b ->
            let y = x ^ " " ^ s b in
            c (n ^ ".add " ^ y) (fun () -> s (M.add a b));
            c (n ^ ".sub " ^ y) (fun () -> s (M.sub a b));
            c (n ^ ".mul " ^ y) (fun () -> s (M.mul a b));
            c (n ^ ".div " ^ y) (fun () -> s (M.div a b));
            c (n ^ ".rem " ^ y) (fun () -> s (M.rem a b));
            c (n ^ ".unsigned_div " ^ y) (fun () -> s (M.unsigned_div a b));
            c (n ^ ".unsigned_rem " ^ y) (fun () -> s (M.unsigned_rem a b));
            c (n ^ ".logand " ^ y) (fun () -> s (M.logand a b));
            c (n ^ ".logor " ^ y) (fun () -> s (M.logor a b));
            c (n ^ ".logxor " ^ y) (fun () -> s (M.logxor a b));
            c (n ^ ".compare " ^ y) (fun () -> si (M.compare a b));
            c (n ^ ".unsigned_compare " ^ y) (fun () -> si (M.unsigned_compare a b));
            c (n ^ ".equal " ^ y) (fun () -> sb (M.equal a b));
            c (n ^ ".min " ^ y) (fun () -> s (M.min a b));
            c (n ^ ".max " ^ y) (fun () -> s (M.max a b));
            c (n ^ " poly compare " ^ y) (fun () -> si (compare a b));
            c (n ^ " poly = " ^ y) (fun () -> sb (a = b));
            c (n ^ " poly < " ^ y) (fun () -> sb (a < b));
            c (n ^ " hash eq " ^ y) (fun () -> sb (Hashtbl.hash a = Hashtbl.hash b)))
          vals)
      vals;
    List.iter (fun i -> c (n ^ ".of_int " ^ si i) (fun () -> s (M.of_int i))) ints;
    List.iter (fun f -> c (n ^ ".of_float " ^ sf f) (fun () -> s (M.of_float f))) floats;
    List.iter (fun str ->
        c (n ^ ".of_string " ^ String.escaped str) (fun () -> s (M.of_string str));
        c (n ^ ".of_string_opt " ^ String.escaped str) (fun () -> ob s (M.of_string_opt str)))
      strings;
    c (n ^ ".div by zero") (fun () -> s (M.div M.one M.zero));
    c (n ^ ".rem by zero") (fun () -> s (M.rem M.one M.zero));
    c (n ^ ".unsigned_div by zero") (fun () -> s (M.unsigned_div M.one M.zero));
    c (n ^ ".unsigned_rem by zero") (fun () -> s (M.unsigned_rem M.one M.zero));
    c (n ^ " Hashtbl.hash") (fun () -> String.concat "," (List.map (fun v -> si (Hashtbl.hash v)) vals));
    c (n ^ " sort") (fun () -> String.concat "," (List.map s (List.sort compare vals)))
end

module I32 = Test (struct include Int32 let name = "Int32" let bits = 32 end)
module I64 = Test (struct include Int64 let name = "Int64" let bits = 64 end)
module INat = Test (struct include Nativeint let name = "Nativeint" let bits = 64 end)

let () =
  let l = [0l; -1l; Int32.max_int; Int32.min_int] in
  let ll = [0L; -1L; Int64.max_int; Int64.min_int; 0x1_0000_0000L; 0xffff_ffffL] in
  List.iter (fun x ->
      c ("Int64.of_int32 " ^ Int32.to_string x) (fun () -> Int64.to_string (Int64.of_int32 x));
      c ("Nativeint.of_int32 " ^ Int32.to_string x) (fun () -> Nativeint.to_string (Nativeint.of_int32 x)))
    l;
  List.iter (fun x ->
      let y = Int64.to_string x in
      c ("Int64.to_int32 " ^ y) (fun () -> Int32.to_string (Int64.to_int32 x));
      c ("Int64.to_nativeint " ^ y) (fun () -> Nativeint.to_string (Int64.to_nativeint x));
      c ("Nativeint.to_int32 " ^ y) (fun () -> Int32.to_string (Nativeint.to_int32 (Int64.to_nativeint x)));
      c ("Int64.of_nativeint " ^ y) (fun () -> Int64.to_string (Int64.of_nativeint (Int64.to_nativeint x)));
      c ("Int64.float_of_bits " ^ y) (fun () -> sf (Int64.float_of_bits x)))
    ll;
  List.iter (fun f ->
      c ("Int64.bits_of_float " ^ sf f) (fun () -> Int64.to_string (Int64.bits_of_float f));
      c ("Int32.bits_of_float " ^ sf f) (fun () -> Int32.to_string (Int32.bits_of_float f));
      c ("Int32.float_of_bits " ^ sf f) (fun () -> sf (Int32.float_of_bits (Int32.bits_of_float f))))
    [0.; -0.; 1.; -2.5; 1e10; 0.1; infinity; neg_infinity; 3.4e38; 1e-45];
  c "Nativeint.size" (fun () -> si Nativeint.size);
  c "literals" (fun () -> String.concat "," [Int32.to_string 0x7fffffffl; Int32.to_string (-0x80000000l);
                                             Int64.to_string 0xffffffffffffffffL; Nativeint.to_string (-1n)]);
  p ("checked calls: " ^ si !count)
