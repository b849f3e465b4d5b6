(* Quoted strings: {|...|} and {id|...|id}. *)
let plain = {|no \n escapes "here"|}
let with_id = {html|<p class="x">a |} inside</p>|html}
let multiline = {|first
second
third|}
let empty_quoted = {||}
let nested_braces = {x|{|not the end|}|x}
let underscore_id = {foo_bar|ok|foo_bar}

let () =
  print_endline plain;
  print_endline with_id;
  print_endline multiline;
  Printf.printf "%d\n" (String.length empty_quoted);
  print_endline nested_braces;
  print_endline underscore_id;
  print_endline (String.concat "," (String.split_on_char '\n' multiline))
