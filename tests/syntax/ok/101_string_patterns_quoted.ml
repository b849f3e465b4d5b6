(* Quoted strings and escapes used in patterns. *)
let classify = function
  | {|hello|} -> "greeting"
  | {x|a"b|x} -> "has quote"
  | "tab\there" -> "tab"
  | "\x41\066C" -> "ABC"
  | "\u{263A}" -> "smiley"
  | _ -> "unknown"

let () =
  List.iter (fun s -> print_endline (classify s))
    ["hello"; "a\"b"; "tab\there"; "ABC"; "\xe2\x98\xba"; "nope"]
