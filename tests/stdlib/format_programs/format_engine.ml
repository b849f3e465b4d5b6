(* Format's engine, checked call by call: each [check] renders into a
   buffer formatter of the given margin and prints "name = <escaped
   output>" (the lines counted by tests/stdlib/test_format.py). *)
open Format

let count = ref 0

let check name margin (f : formatter -> unit) =
  let b = Buffer.create 64 in
  let ppf = formatter_of_buffer b in
  pp_set_margin ppf margin;
  f ppf;
  pp_print_flush ppf ();
  incr count;
  print_string (name ^ " = \"" ^ String.escaped (Buffer.contents b) ^ "\"\n")

let words ppf n =
  for i = 1 to n do
    pp_print_string ppf ("word" ^ string_of_int i);
    if i < n then pp_print_space ppf ()
  done

let margins = [4; 10; 17; 25; 40; 78; 120]

let kinds = [
  "h", (fun ppf _ -> pp_open_hbox ppf ());
  "v", pp_open_vbox;
  "hv", pp_open_hvbox;
  "hov", pp_open_hovbox;
  "b", pp_open_box;
]

let () =
  List.iter (fun m ->
      List.iter (fun (k, opn) ->
          List.iter (fun ind ->
              let name = Printf.sprintf "box_%s_%d_m%d" k ind m in
              check name m (fun ppf -> opn ppf ind; words ppf 12; pp_close_box ppf ());
              check (name ^ "_nested") m (fun ppf ->
                  opn ppf ind; pp_print_string ppf "(";
                  words ppf 3; pp_print_space ppf ();
                  opn ppf (ind + 1); words ppf 5; pp_close_box ppf ();
                  pp_print_cut ppf ();
                  pp_open_hovbox ppf 1; words ppf 4; pp_print_break ppf 2 3; words ppf 2;
                  pp_close_box ppf ();
                  pp_print_break ppf 0 (-1);
                  pp_print_string ppf ")";
                  pp_close_box ppf ()))
            [0; 1; 3])
        kinds)
    margins

(* break hints of every width and offset in each kind of box *)
let () =
  List.iter (fun (k, opn) ->
      List.iter (fun (w, o) ->
          check (Printf.sprintf "break_%s_%d_%d" k w o) 20 (fun ppf ->
              pp_print_string ppf "let x =";
              opn ppf 2;
              for i = 1 to 6 do
                pp_print_string ppf (String.make i 'a');
                pp_print_break ppf w o
              done;
              pp_print_string ppf "end";
              pp_close_box ppf ()))
        [(0, 0); (1, 0); (1, 2); (3, -1); (0, 4); (5, 5)])
    kinds

(* the "b" box: breaks that would move left split the line *)
let () =
  check "b_box_left" 30 (fun ppf ->
      pp_open_box ppf 0;
      pp_print_string ppf "function_application";
      pp_open_box ppf 2;
      pp_print_string ppf "(argument_one,";
      pp_print_space ppf ();
      pp_print_string ppf "argument_two)";
      pp_close_box ppf ();
      pp_print_break ppf 1 (-2);
      pp_print_string ppf "tail";
      pp_close_box ppf ())

(* max_indent, max_boxes, ellipsis, geometry *)
let () =
  List.iter (fun mi ->
      check (Printf.sprintf "max_indent_%d" mi) 40 (fun ppf ->
          pp_set_max_indent ppf mi;
          for i = 1 to 8 do
            pp_open_hovbox ppf 3; pp_print_string ppf ("level" ^ string_of_int i);
            pp_print_space ppf ()
          done;
          words ppf 10;
          for _ = 1 to 8 do pp_close_box ppf () done))
    [2; 5; 10; 20; 39; 60];
  List.iter (fun mb ->
      check (Printf.sprintf "max_boxes_%d" mb) 30 (fun ppf ->
          pp_set_max_boxes ppf mb;
          pp_set_ellipsis_text ppf "...";
          for i = 1 to 6 do
            pp_open_box ppf 1; pp_print_string ppf ("b" ^ string_of_int i); pp_print_cut ppf ()
          done;
          pp_print_string ppf "inner";
          pp_force_newline ppf ();
          pp_print_string ppf "more";
          for _ = 1 to 6 do pp_close_box ppf () done;
          pp_print_string ppf (string_of_int (pp_get_max_boxes ppf ()));
          pp_print_string ppf (string_of_bool (pp_over_max_boxes ppf ()))))
    [0; 1; 2; 3; 5; 100];
  check "geometry" 78 (fun ppf ->
      pp_set_geometry ppf 10 30;
      let g = pp_get_geometry ppf () in
      pp_print_int ppf g.max_indent; pp_print_char ppf ' '; pp_print_int ppf g.margin;
      pp_print_char ppf ' ';
      pp_print_bool ppf (check_geometry { max_indent = 1; margin = 10 });
      pp_print_bool ppf (check_geometry { max_indent = 10; margin = 10 });
      pp_print_bool ppf (check_geometry { max_indent = 5; margin = 10 });
      (try pp_set_geometry ppf 20 10 with Invalid_argument s -> pp_print_string ppf s);
      pp_safe_set_geometry ppf 20 10;
      pp_safe_set_geometry ppf 8 25;
      pp_update_geometry ppf (fun g -> { g with margin = g.margin + 1 });
      pp_print_int ppf (pp_get_margin ppf ());
      pp_print_int ppf (pp_get_max_indent ppf ());
      pp_set_margin ppf 0; pp_set_margin ppf 1000000000000;
      pp_print_int ppf (pp_get_margin ppf ());
      pp_print_int ppf (pp_get_max_indent ppf ());
      pp_set_margin ppf 12;
      pp_print_int ppf (pp_get_max_indent ppf ());
      pp_set_max_indent ppf 1;
      pp_print_int ppf (pp_get_max_indent ppf ());
      pp_set_max_indent ppf 100;
      pp_print_int ppf (pp_get_max_indent ppf ());
      pp_print_string ppf (pp_get_ellipsis_text ppf ()))

(* force_newline, if_newline, custom breaks, print_as *)
let () =
  List.iter (fun m ->
      check (Printf.sprintf "if_newline_m%d" m) m (fun ppf ->
          pp_open_hovbox ppf 2;
          for i = 1 to 8 do
            pp_print_string ppf ("item" ^ string_of_int i);
            pp_print_space ppf ();
            pp_print_if_newline ppf ();
            pp_print_string ppf "| "
          done;
          pp_close_box ppf ());
      check (Printf.sprintf "custom_break_m%d" m) m (fun ppf ->
          pp_open_hvbox ppf 0;
          pp_print_string ppf "{";
          for i = 1 to 5 do
            pp_print_custom_break ppf (" ", 1, "") ("", 2, "");
            pp_print_string ppf ("field" ^ string_of_int i ^ " = " ^ string_of_int (i * i));
            pp_print_custom_break ppf ("", 0, ";") (";", 0, "")
          done;
          pp_print_custom_break ppf ("", 1, "") ("", 0, "");
          pp_print_string ppf "}";
          pp_close_box ppf ());
      check (Printf.sprintf "force_newline_m%d" m) m (fun ppf ->
          pp_open_vbox ppf 4;
          pp_print_string ppf "first"; pp_force_newline ppf ();
          pp_open_hovbox ppf 2; words ppf 6; pp_force_newline ppf (); words ppf 3;
          pp_close_box ppf (); pp_force_newline ppf ();
          pp_print_as ppf 1 "<wide text counted as one>"; pp_print_space ppf ();
          pp_print_as ppf 20 "x"; pp_print_space ppf (); pp_print_string ppf "last";
          pp_close_box ppf ()))
    [8; 15; 30; 78]

(* tabulation boxes *)
let () =
  List.iter (fun m ->
      check (Printf.sprintf "tbox_m%d" m) m (fun ppf ->
          pp_open_tbox ppf ();
          pp_set_tab ppf (); pp_print_string ppf "name"; pp_print_tbreak ppf 2 0;
          pp_set_tab ppf (); pp_print_string ppf "value"; pp_print_tbreak ppf 4 0;
          pp_set_tab ppf (); pp_print_string ppf "comment";
          List.iter (fun (a, b, c) ->
              pp_print_tab ppf (); pp_print_string ppf a;
              pp_print_tab ppf (); pp_print_string ppf b;
              pp_print_tbreak ppf 1 2; pp_print_string ppf c)
            [("x", "1", "one"); ("longer_name", "22", "two words");
             ("y", "a very long value indeed", "three")];
          pp_close_tbox ppf ()))
    [10; 30; 78]

(* the convenience printers *)
let () =
  let pp_int = pp_print_int in
  List.iter (fun m ->
      check (Printf.sprintf "list_m%d" m) m (fun ppf ->
          pp_open_hovbox ppf 1; pp_print_string ppf "[";
          pp_print_list pp_int ppf [1; 22; 333; 4444; 55555; 666666; 7777777];
          pp_print_string ppf "]"; pp_close_box ppf ());
      check (Printf.sprintf "seq_m%d" m) m (fun ppf ->
          pp_open_hvbox ppf 1;
          pp_print_seq pp_print_string ppf (List.to_seq ["alpha"; "beta"; "gamma"; "delta"]);
          pp_close_box ppf ());
      check (Printf.sprintf "text_m%d" m) m (fun ppf ->
          pp_open_hovbox ppf 0;
          pp_print_text ppf "The quick brown fox jumps over\nthe lazy dog;  two  spaces, a trailing one ";
          pp_close_box ppf ()))
    [6; 12; 30];
  check "empty_list" 78 (fun ppf -> pp_print_list pp_int ppf []);
  check "empty_seq" 78 (fun ppf -> pp_print_seq pp_int ppf Seq.empty);
  check "option" 78 (fun ppf ->
      pp_print_option pp_int ppf (Some 3); pp_print_option pp_int ppf None);
  check "result" 78 (fun ppf ->
      pp_print_result pp_int pp_print_string ppf (Ok 1);
      pp_print_result pp_int pp_print_string ppf (Error "e"));
  check "either" 78 (fun ppf ->
      pp_print_either pp_int pp_print_string ppf (Either.Left 4);
      pp_print_either pp_int pp_print_string ppf (Either.Right "r"));
  check "scalars" 78 (fun ppf ->
      pp_print_float ppf 3.5; pp_print_float ppf 1e100; pp_print_float ppf (-0.);
      pp_print_float ppf nan; pp_print_char ppf 'c'; pp_print_bool ppf true;
      pp_print_bytes ppf (Bytes.of_string "bytes"); pp_print_int ppf min_int;
      pp_print_string ppf "")

(* tags, printed and marked *)
let () =
  check "tags_off" 78 (fun ppf ->
      pp_open_stag ppf (String_tag "t"); pp_print_string ppf "x"; pp_close_stag ppf ());
  check "tags_marked" 20 (fun ppf ->
      pp_set_tags ppf true;
      pp_open_hovbox ppf 2;
      pp_open_tag ppf "bold"; words ppf 3; pp_close_tag ppf ();
      pp_print_space ppf ();
      pp_open_stag ppf (String_tag "it"); words ppf 4; pp_close_stag ppf ();
      pp_close_box ppf ();
      pp_print_bool ppf (pp_get_mark_tags ppf ());
      pp_print_bool ppf (pp_get_print_tags ppf ()));
  check "tags_functions" 30 (fun ppf ->
      pp_set_print_tags ppf true;
      pp_set_mark_tags ppf false;
      pp_set_formatter_stag_functions ppf {
        mark_open_stag = (function String_tag s -> "{" ^ s);
        mark_close_stag = (function String_tag s -> s ^ "}");
        print_open_stag = (function String_tag s -> pp_print_string ppf ("+" ^ s));
        print_close_stag = (function String_tag s -> pp_print_string ppf ("-" ^ s));
      };
      pp_open_tag ppf "a"; pp_print_string ppf "A"; pp_open_tag ppf "b"; pp_print_string ppf "B";
      pp_close_tag ppf (); pp_close_tag ppf (); pp_close_tag ppf ();
      pp_set_mark_tags ppf true;
      pp_open_tag ppf "c"; pp_print_string ppf "C"; pp_close_tag ppf ();
      let f = pp_get_formatter_tag_functions ppf () in
      pp_print_string ppf (f.mark_open_tag "q" ^ f.mark_close_tag "q");
      pp_set_formatter_tag_functions ppf {
        mark_open_tag = (fun s -> "<<" ^ s);
        mark_close_tag = (fun s -> s ^ ">>");
        print_open_tag = ignore; print_close_tag = ignore };
      pp_open_tag ppf "d"; pp_print_string ppf "D"; pp_close_tag ppf ();
      pp_open_tag ppf "unclosed"; pp_print_string ppf "U")

(* output functions *)
let () =
  let log = Buffer.create 16 in
  let ppf = formatter_of_out_functions {
      out_string = (fun s i n -> Buffer.add_string log ("S(" ^ String.sub s i n ^ ")"));
      out_flush = (fun () -> Buffer.add_string log "F");
      out_newline = (fun () -> Buffer.add_string log "N");
      out_spaces = (fun n -> Buffer.add_string log ("_" ^ string_of_int n));
      out_indent = (fun n -> Buffer.add_string log ("I" ^ string_of_int n)) } in
  pp_set_margin ppf 12;
  pp_open_hovbox ppf 3; words ppf 5; pp_close_box ppf (); pp_print_newline ppf ();
  let o = pp_get_formatter_out_functions ppf () in
  o.out_string "xyz" 1 1; o.out_spaces 2;
  pp_set_formatter_out_functions ppf { o with out_spaces = (fun n -> Buffer.add_string log (String.make n '.')) };
  pp_open_hbox ppf (); words ppf 2; pp_close_box ppf (); pp_print_flush ppf ();
  incr count;
  print_string ("out_functions = " ^ Buffer.contents log ^ "\n");
  let b2 = Buffer.create 16 in
  let ppf2 = make_formatter (fun s i n -> Buffer.add_string b2 (String.uppercase_ascii (String.sub s i n)))
      (fun () -> Buffer.add_char b2 '!') in
  pp_set_margin ppf2 10;
  pp_open_box ppf2 2; words ppf2 4; pp_close_box ppf2 (); pp_print_flush ppf2 ();
  let (out, fl) = pp_get_formatter_output_functions ppf2 () in
  out "abc" 0 2; fl ();
  pp_set_formatter_output_functions ppf2 (fun s i n -> Buffer.add_string b2 ("[" ^ String.sub s i n ^ "]")) ignore;
  pp_open_box ppf2 2; words ppf2 3; pp_close_box ppf2 (); pp_print_newline ppf2 ();
  pp_set_all_formatter_output_functions ppf2 (fun s i n -> Buffer.add_string b2 (String.sub s i n))
    ignore (fun () -> Buffer.add_string b2 "<NL>") (fun n -> Buffer.add_string b2 (string_of_int n));
  pp_open_box ppf2 2; words ppf2 3; pp_close_box ppf2 (); pp_print_newline ppf2 ();
  incr count;
  print_string ("make_formatter = " ^ String.escaped (Buffer.contents b2) ^ "\n");
  let sob = make_symbolic_output_buffer () in
  let ppf3 = formatter_of_symbolic_output_buffer sob in
  pp_set_margin ppf3 10;
  pp_open_vbox ppf3 2; words ppf3 3; pp_close_box ppf3 (); pp_print_newline ppf3 ();
  add_symbolic_output_item sob (Output_string "added");
  let show = function
    | Output_flush -> "F" | Output_newline -> "N" | Output_string s -> "S" ^ s
    | Output_spaces n -> "_" ^ string_of_int n | Output_indent n -> "I" ^ string_of_int n in
  let items = get_symbolic_output_buffer sob in
  let items2 = flush_symbolic_output_buffer sob in
  let items3 = get_symbolic_output_buffer sob in
  clear_symbolic_output_buffer sob;
  incr count;
  print_string ("symbolic = " ^ String.concat "," (List.map show items) ^ " "
                ^ string_of_int (List.length items2) ^ " "
                ^ string_of_int (List.length items3) ^ "\n")

(* str_formatter, stdbuf *)
let () =
  pp_print_string str_formatter "in str_formatter";
  pp_print_space str_formatter ();
  pp_print_int str_formatter 5;
  let s = flush_str_formatter () in
  incr count;
  print_string ("str_formatter = " ^ s ^ "|" ^ flush_str_formatter () ^ "|"
                ^ string_of_int (Buffer.length stdbuf) ^ "\n")

let () = print_string ("checked calls: " ^ string_of_int !count ^ "\n")
