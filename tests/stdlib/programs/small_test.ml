(* Option, Result, Either, Bool, Char, Int, Fun *)
open Tutil

let seq_list s = List.of_seq s

let () =
  (* Option *)
  let opts = [None; Some 0; Some 5] in
  check "Option.none" (opt int) (fun () -> Option.none);
  check "Option.some" (opt int) (fun () -> Option.some 3);
  List.iteri (fun k o ->
      let n = Printf.sprintf "[%d]" k in
      check ("Option.value" ^ n) int (fun () -> Option.value o 42);
      check ("Option.get" ^ n) int (fun () -> Option.get o);
      check ("Option.bind" ^ n) (opt int) (fun () -> Option.bind o (fun x -> if x > 0 then Some (x * 2) else None));
      check ("Option.join" ^ n) (opt int) (fun () -> Option.join (Some o));
      check ("Option.join none" ^ n) (opt int) (fun () -> Option.join None);
      check ("Option.map" ^ n) (opt str) (fun () -> Option.map string_of_int o);
      check ("Option.fold" ^ n) str (fun () -> Option.fold "none" (fun x -> "some " ^ string_of_int x) o);
      check_trace ("Option.iter" ^ n) unit (fun () -> Option.iter (fun x -> log "%d" x) o);
      check ("Option.is_none" ^ n) bool (fun () -> Option.is_none o);
      check ("Option.is_some" ^ n) bool (fun () -> Option.is_some o);
      check ("Option.to_result" ^ n) (res int str) (fun () -> Option.to_result "e" o);
      check ("Option.to_list" ^ n) (list int) (fun () -> Option.to_list o);
      check ("Option.to_seq" ^ n) (list int) (fun () -> seq_list (Option.to_seq o));
      List.iter (fun o2 ->
          check ("Option.equal" ^ n) bool (fun () -> Option.equal (=) o o2);
          check ("Option.compare" ^ n) int (fun () -> Option.compare (fun a b -> compare a b * 7) o o2))
        opts)
    opts;
  (* Result *)
  let rs = [Ok 1; Ok 0; Error "bad"] in
  check "Result.ok" (res int str) (fun () -> Result.ok 1);
  check "Result.error" (res int str) (fun () -> Result.error "x");
  List.iteri (fun k r ->
      let n = Printf.sprintf "[%d]" k in
      check ("Result.value" ^ n) int (fun () -> Result.value r 42);
      check ("Result.get_ok" ^ n) int (fun () -> Result.get_ok r);
      check ("Result.get_error" ^ n) str (fun () -> Result.get_error r);
      check ("Result.bind" ^ n) (res int str) (fun () -> Result.bind r (fun x -> if x > 0 then Ok (x * 2) else Error "zero"));
      check ("Result.join" ^ n) (res int str) (fun () -> Result.join (Ok r));
      check ("Result.join err" ^ n) (res int str) (fun () -> Result.join (Error "outer"));
      check ("Result.map" ^ n) (res str str) (fun () -> Result.map string_of_int r);
      check ("Result.map_error" ^ n) (res int int) (fun () -> Result.map_error String.length r);
      check ("Result.fold" ^ n) str (fun () -> Result.fold string_of_int (fun e -> "E" ^ e) r);
      check_trace ("Result.iter" ^ n) unit (fun () -> Result.iter (fun x -> log "%d" x) r);
      check_trace ("Result.iter_error" ^ n) unit (fun () -> Result.iter_error (fun e -> log "%s" e) r);
      check ("Result.is_ok" ^ n) bool (fun () -> Result.is_ok r);
      check ("Result.is_error" ^ n) bool (fun () -> Result.is_error r);
      check ("Result.to_option" ^ n) (opt int) (fun () -> Result.to_option r);
      check ("Result.to_list" ^ n) (list int) (fun () -> Result.to_list r))
    rs;
  (* Either *)
  let show_e e = match e with Either.Left x -> "Left " ^ int x | Either.Right s -> "Right " ^ str s in
  let es = [Either.Left 3; Either.Right "r"] in
  check "Either.left" show_e (fun () -> Either.left 1);
  check "Either.right" show_e (fun () -> Either.right "x");
  List.iteri (fun k e ->
      let n = Printf.sprintf "[%d]" k in
      check ("Either.is_left" ^ n) bool (fun () -> Either.is_left e);
      check ("Either.is_right" ^ n) bool (fun () -> Either.is_right e);
      check ("Either.find_left" ^ n) (opt int) (fun () -> Either.find_left e);
      check ("Either.find_right" ^ n) (opt str) (fun () -> Either.find_right e);
      check ("Either.map_left" ^ n) show_e (fun () -> Either.map_left (fun x -> x + 1) e);
      check ("Either.map_right" ^ n) show_e (fun () -> Either.map_right (fun s -> s ^ s) e);
      check ("Either.fold" ^ n) str (fun () -> Either.fold string_of_int (fun s -> s) e))
    es;
  (* Bool *)
  List.iter (fun a ->
      let n = Printf.sprintf "[%b]" a in
      check ("Bool.not" ^ n) bool (fun () -> Bool.not a);
      check ("Bool.to_int" ^ n) int (fun () -> Bool.to_int a);
      check ("Bool.to_float" ^ n) float (fun () -> Bool.to_float a);
      check ("Bool.to_string" ^ n) str (fun () -> Bool.to_string a);
      List.iter (fun b ->
          let m = Printf.sprintf "%s %b" n b in
          check ("Bool.&&" ^ m) bool (fun () -> Bool.( && ) a b);
          check ("Bool.||" ^ m) bool (fun () -> Bool.( || ) a b);
          check ("Bool.equal" ^ m) bool (fun () -> Bool.equal a b);
          check ("Bool.compare" ^ m) int (fun () -> Bool.compare a b))
        [false; true])
    [false; true];
  check_trace "Bool.&& lazy" bool (fun () -> Bool.( && ) false (log "rhs"; true));
  check_trace "Bool.|| lazy" bool (fun () -> Bool.( || ) true (log "rhs"; true));
  (* Char *)
  for i = 0 to 255 do
    let c = Char.chr i in
    check (Printf.sprintf "Char.escaped %d" i) str (fun () -> Char.escaped c);
    if i mod 8 = 0 || (i >= 60 && i < 130) then begin
      check (Printf.sprintf "Char.lowercase_ascii %d" i) chr (fun () -> Char.lowercase_ascii c);
      check (Printf.sprintf "Char.uppercase_ascii %d" i) chr (fun () -> Char.uppercase_ascii c);
      check (Printf.sprintf "Char.code %d" i) int (fun () -> Char.code c)
    end
  done;
  List.iter (fun i -> check (Printf.sprintf "Char.chr %d" i) chr (fun () -> Char.chr i)) [-1; 0; 65; 255; 256; max_int];
  List.iter (fun (a, b) ->
      check (Printf.sprintf "Char.compare %C %C" a b) int (fun () -> Char.compare a b);
      check (Printf.sprintf "Char.equal %C %C" a b) bool (fun () -> Char.equal a b))
    [('a', 'a'); ('a', 'b'); ('z', 'a'); ('\000', '\255'); ('\255', '\000')];
  (* Int *)
  let ints = [0; 1; -1; 7; -7; 3; max_int; min_int; 1 lsl 40] in
  check "Int.zero" int (fun () -> Int.zero);
  check "Int.one" int (fun () -> Int.one);
  check "Int.minus_one" int (fun () -> Int.minus_one);
  check "Int.max_int" int (fun () -> Int.max_int);
  check "Int.min_int" int (fun () -> Int.min_int);
  List.iter (fun a ->
      let n = Printf.sprintf "[%d]" a in
      check ("Int.neg" ^ n) int (fun () -> Int.neg a);
      check ("Int.abs" ^ n) int (fun () -> Int.abs a);
      check ("Int.succ" ^ n) int (fun () -> Int.succ a);
      check ("Int.pred" ^ n) int (fun () -> Int.pred a);
      check ("Int.lognot" ^ n) int (fun () -> Int.lognot a);
      check ("Int.to_float" ^ n) float (fun () -> Int.to_float a);
      check ("Int.of_float" ^ n) int (fun () -> Int.of_float (float_of_int a /. 2.));
      check ("Int.to_string" ^ n) str (fun () -> Int.to_string a);
      List.iter (fun b ->
          let m = Printf.sprintf "%s %d" n b in
          check ("Int.add" ^ m) int (fun () -> Int.add a b);
          check ("Int.sub" ^ m) int (fun () -> Int.sub a b);
          check ("Int.mul" ^ m) int (fun () -> Int.mul a b);
          check ("Int.div" ^ m) int (fun () -> Int.div a b);
          check ("Int.rem" ^ m) int (fun () -> Int.rem a b);
          check ("Int.logand" ^ m) int (fun () -> Int.logand a b);
          check ("Int.logor" ^ m) int (fun () -> Int.logor a b);
          check ("Int.logxor" ^ m) int (fun () -> Int.logxor a b);
          check ("Int.equal" ^ m) bool (fun () -> Int.equal a b);
          check ("Int.compare" ^ m) int (fun () -> Int.compare a b);
          check ("Int.min" ^ m) int (fun () -> Int.min a b);
          check ("Int.max" ^ m) int (fun () -> Int.max a b))
        ints;
      List.iter (fun s ->
          let m = Printf.sprintf "%s %d" n s in
          check ("Int.shift_left" ^ m) int (fun () -> Int.shift_left a s);
          check ("Int.shift_right" ^ m) int (fun () -> Int.shift_right a s);
          check ("Int.shift_right_logical" ^ m) int (fun () -> Int.shift_right_logical a s))
        [0; 1; 5; 62])
    ints;
  (* Fun *)
  check "Fun.id" int (fun () -> Fun.id 5);
  check "Fun.const" int (fun () -> Fun.const 3 "x");
  check "Fun.flip" int (fun () -> Fun.flip ( - ) 1 10);
  check "Fun.negate" bool (fun () -> Fun.negate (fun x -> x > 0) 5);
  check "Fun.negate2" bool (fun () -> Fun.negate (fun x -> x > 0) (-5));
  let fr e = match e with Fun.Finally_raised e -> "Finally_raised(" ^ exn_to_string e ^ ")" | e -> exn_to_string e in
  let protect_case name finally work =
    check_trace name (fun x -> x) (fun () ->
        try string_of_int (Fun.protect finally work) with e -> "exn " ^ fr e) in
  protect_case "Fun.protect ok" (fun () -> log "finally") (fun () -> log "work"; 1);
  protect_case "Fun.protect work raises" (fun () -> log "finally") (fun () -> log "work"; failwith "w");
  protect_case "Fun.protect finally raises" (fun () -> log "finally"; failwith "f") (fun () -> log "work"; 2);
  protect_case "Fun.protect both raise" (fun () -> log "finally"; raise Not_found) (fun () -> log "work"; raise Exit);
  check "Fun.Finally_raised printer" str (fun () -> Printexc.to_string (Fun.Finally_raised (Failure "x")));
  finish ()
