(* Format's printf family: "@" directives, every Printf conversion, %a and
   %t, the k- and i- variants, the standard formatters.  Lines of the form
   "name = ..." are the checked calls (tests/stdlib/test_format.py). *)
open Format

let count = ref 0
let show name s = incr count; print_string (name ^ " = \"" ^ String.escaped s ^ "\"\n")

let pp_pair ppf (a, b) = fprintf ppf "@[<hov 1>(%d,@ %s)@]" a b
let pp_ints ppf l = fprintf ppf "@[<hov 2>[%a]@]" (pp_print_list pp_print_int) l

(* every directive, in a box narrow enough to break *)
let () =
  show "directives" (asprintf "@[<v 2>v:@,a@ b@;c@;<3 1>d@]@\n@[<h>h@ box@ never@ breaks@]");
  show "hov" (asprintf "@[<hov 3>%s@ %s@ %s@ %s@ %s@ %s@ %s@ %s@ %s@ %s@ %s@ %s@]"
                "aaaa" "bbbbbbbb" "cccccccccccc" "dddddddddddddddd" "eeeeeeeeeeeeeeeeeeee"
                "ffff" "ggggggggggggggg" "hhhhhhhhhh" "iiiiiiiiiiiiiiiiiii" "jjj" "kk" "l");
  show "hv" (asprintf "@[<hv 2>begin@ %s@ %s@ %s@ %s@ %s@]@ end" (String.make 20 'x')
               (String.make 20 'y') (String.make 20 'z') "short" (String.make 15 'w'));
  show "hv_fits" (asprintf "@[<hv 2>begin@ a@ b@ c@]");
  show "b" (asprintf "@[<b 2>f@ (@[<b 1>%s,@ %s,@ %s@])@;<1 -2>@[%s@]@]" (String.make 30 'a')
              (String.make 30 'b') (String.make 30 'c') (String.make 30 'd'));
  show "default_box" (asprintf "@[%s@ %s@ %s@]" (String.make 40 'p') (String.make 40 'q') "r");
  show "spaces_in_box_spec" (asprintf "@[< hov   4 >%s@ %s@ %s@]" (String.make 40 'p')
                               (String.make 40 'q') "r");
  show "box_spec_arg" (asprintf "@[<hov %d>%s@ %s@ %s@]" 6 (String.make 40 'p')
                         (String.make 40 'q') "r");
  show "box_spec_string" (asprintf "@[<%s>%s@ %s@ %s@]" "v 1" "p" "q" "r");
  show "box_no_close" (asprintf "@[<v 3 a@ b");
  show "nested" (asprintf "@[<v 0>@[<hov 2>let f x =@ @[<hv 2>match x with@ | A ->@ %a@ | B ->@ %a@]@]@,done@]"
                   pp_pair (1, "one") pp_ints [1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; 13; 14; 15; 16; 17; 18; 19; 20; 21; 22; 23; 24]);
  show "escapes" (asprintf "@@ @%% %% %@ 50%% a@xb @< @<z @" );
  show "at_percent" (asprintf "@%d" 5);
  show "good_break_variants" (asprintf "@[<v 0>a@;<2>b@;<0 4>c@;< 1  2 >d@;<x>e@;<1 2 3>f@;<-1 -1>g@]");
  show "magic_size" (asprintf "@[<hov 0>@<0>%s@ @<1>%s@ @<3>abc@ @<2>%c@ @<5>%d@ @<0>x@]" (String.make 70 'm') "LONG_STRING_COUNTED_AS_ONE" 'c' 12345);
  show "magic_size_sprintf" (sprintf "@[<hov 0>@<1>%t@ %s@]" (fun () -> String.make 76 'q') "tail");
  show "tags_off" (asprintf "@{<bold>bold@} @{<x %d>x@} @{plain@}" 3);
  show "flushes" (asprintf "a@?b@.c%!d@\ne");
  show "force_newline_box" (asprintf "@[<hov 4>one@\ntwo@ three@]")

(* every Printf conversion under Format *)
let () =
  show "ints" (asprintf "%d|%i|%u|%x|%X|%o|%5d|%-5d|%05d|%+d|% d|%#x|%#o|%.3d|%*d|%-*d|%#d"
                 1 (-2) 3 255 255 8 42 42 42 42 42 255 8 7 6 9 4 9 1234567);
  show "boxed_ints" (asprintf "%ld|%Ld|%nd|%lx|%Lu|%nX|%li" 1l (-2L) 3n 255l 5L 255n (-7l));
  show "floats" (asprintf "%f|%F|%e|%E|%g|%G|%h|%H|%.2f|%8.3f|%-8.1e|%+.0f|%F|%F|%F|%*.*f"
                   3.25 1.0 12345.678 0.000123 1e-5 1e20 1.5 255.5 2.0 3.14159 1234.5 2.5
                   nan infinity 1e100 8 2 1.23456);
  show "strings" (asprintf "%s|%S|%10s|%-10s|%.2s|%c|%C|%C|%B|%b|%S" "abc" "q\"t\n" "right" "left"
                    "trunc" 'x' '\'' '\n' true false "\001\255");
  show "a_t" (asprintf "%a and %t and %a" pp_pair (2, "two") (fun ppf -> pp_print_string ppf "T")
                pp_print_text "some text here");
  show "sprintf_a_t" (sprintf "%a|%t|%d" (fun () x -> string_of_int (x * 2)) 21 (fun () -> "tt") 5);
  show "sprintf_boxes" (sprintf "@[<v 2>%s@,%s@]@ x" "a" "b");
  show "percent_text" (asprintf "100%% sure, %s@ @@home" "ok")

(* the k- and i- variants, dprintf, bprintf *)
let () =
  show "kasprintf" (kasprintf (fun s -> "<" ^ s ^ ">") "@[%d@ %s@]" 1 "k");
  show "ksprintf" (ksprintf String.uppercase_ascii "%s %a" "up" (fun () s -> s ^ s) "x");
  show "kprintf" (kprintf (fun s -> s ^ "!") "%d" 3);
  let b = Buffer.create 16 in
  let ppf = formatter_of_buffer b in
  let r = kfprintf (fun ppf -> pp_print_string ppf "+k"; 42) ppf "@[kf %d@]" 1 in
  pp_print_flush ppf ();
  show "kfprintf" (Buffer.contents b ^ string_of_int r);
  let r2 = ikfprintf (fun _ -> 7) ppf "%d %s %a" 1 "x" (fun _ _ -> failwith "not called") () in
  ifprintf ppf "%d %a@." 3 (fun _ _ -> failwith "not called") ();
  pp_print_flush ppf ();
  show "ikfprintf" (Buffer.contents b ^ string_of_int r2);
  let d = dprintf "@[<hov 2>delayed %d@ %s@]" 5 "later" in
  Buffer.clear b;
  fprintf ppf "before "; d ppf; fprintf ppf " after"; d ppf; pp_print_flush ppf ();
  show "dprintf" (Buffer.contents b);
  let kd = kdprintf (fun f -> fun ppf -> f ppf; f ppf) "<%d>" 9 in
  Buffer.clear b; kd ppf; pp_print_flush ppf ();
  show "kdprintf" (Buffer.contents b);
  let b2 = Buffer.create 16 in
  bprintf b2 "@[<v 2>bprintf@,%d@]" 10;
  bprintf b2 " more %s" "text";
  show "bprintf" (Buffer.contents b2);
  let partial = asprintf "%d-%d" 1 in
  show "partial" (partial 2 ^ partial 3);
  let reuse = fprintf ppf "%s;" in
  Buffer.clear b; reuse "a"; reuse "b"; pp_print_flush ppf ();
  show "partial_fprintf" (Buffer.contents b);
  show "invalid_box" (try asprintf "@[<vh 2>x@]" with Failure m -> "Failure " ^ m);
  show "invalid_box2" (try asprintf "@[<v 2x>x@]" with Failure m -> "Failure " ^ m)

(* margins on a formatter, through fprintf *)
let () =
  List.iter (fun m ->
      let b = Buffer.create 16 in
      let ppf = formatter_of_buffer b in
      pp_set_margin ppf m;
      fprintf ppf "@[<hov 2>let rec fold f acc = function@ | [] -> acc@ | x :: l -> fold f (f acc x) l@]@.";
      fprintf ppf "@[<hv 2>type t = {@ a : int;@ b : string;@ c : float list@]@;<1 0>}@.";
      fprintf ppf "@[<b 2>%a@]@." pp_ints [10; 20; 30; 40; 50; 60; 70; 80; 90; 100; 110];
      show (Printf.sprintf "margin_%d" m) (Buffer.contents b))
    [5; 10; 20; 33; 50; 78; 200]

(* the standard formatter, interleaved with plain output *)
let () =
  printf "@[<hov 2>printf:@ %d@ %s" 1 "two";
  print_string "|plain|";
  printf "@ three@]@.";
  print_string "after newline\n";
  open_hovbox 2;
  print_string "direct"; print_space (); print_int 3; print_cut (); print_float 2.5;
  print_break 1 1; print_char 'c'; print_bool false; print_as 2 "as";
  print_bytes (Bytes.of_string "b"); print_if_newline (); print_string "if";
  force_newline (); print_string "forced";
  close_box (); print_newline ();
  set_margin 20;
  printf "@[%s@ %s@ %s@ %s@]@." "margin" "twenty" "on" "std_formatter";
  print_string (string_of_int (get_margin ()) ^ " " ^ string_of_int (get_max_indent ()) ^ "\n");
  set_max_indent 5;
  printf "@[<v 8>%s@,%s@]@." "max" "indent";
  set_geometry 40 78;
  printf "@[<hov 1>%s@]" "left in the queue ";
  print_flush ();
  print_string "|flushed\n";
  set_tags true;
  printf "@{<em>tagged@}@.";
  set_tags false;
  open_tag "t"; print_string "x"; close_tag (); open_stag (String_tag "s"); close_stag ();
  set_print_tags true; set_mark_tags true;
  print_string (string_of_bool (get_print_tags ()) ^ string_of_bool (get_mark_tags ()));
  set_tags false;
  let o = get_formatter_out_functions () in
  set_formatter_out_functions o;
  let (f, g) = get_formatter_output_functions () in
  set_formatter_output_functions f g;
  set_formatter_tag_functions (get_formatter_tag_functions ());
  set_formatter_stag_functions (get_formatter_stag_functions ());
  set_max_boxes 3; print_string (string_of_int (get_max_boxes ()));
  print_string (string_of_bool (over_max_boxes ()));
  set_ellipsis_text ".."; print_string (get_ellipsis_text ());
  open_box 0; open_box 0; open_box 0; print_string "deep"; close_box (); close_box (); close_box ();
  set_max_boxes 100;
  open_vbox 1; print_string "v"; print_cut (); open_hvbox 1; print_string "hv"; close_box ();
  open_hbox (); close_box (); open_tbox (); set_tab (); print_string "t"; print_tab ();
  print_tbreak 1 1; close_tbox (); close_box ();
  print_newline ();
  update_geometry (fun g -> g); safe_set_geometry 10 20;
  let g = get_geometry () in
  print_string (string_of_int g.margin ^ "\n");
  set_margin 78;
  eprintf "@[to stderr %d@]@." 1;
  printf "@[<hov 2>unflushed at exit:@ %s@]" "flushed by at_exit";
  print_string "[plain before exit]";
  print_string ("\nchecked calls: " ^ string_of_int !count ^ "\n")
