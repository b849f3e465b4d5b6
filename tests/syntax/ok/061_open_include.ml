(* open and include at the top level and inside structures. *)
module Base = struct
  let greeting = "hello"
  let shout s = String.uppercase_ascii s ^ "!"
  type mood = Happy | Sad
end

module Extended = struct
  include Base
  let whisper s = String.lowercase_ascii s ^ "..."
  let mood_name = function Happy -> "happy" | Sad -> "sad"
end

open Extended

module Nested = struct
  open List
  let total l = fold_left ( + ) 0 l
  include Extended
end

open Printf

let () =
  print_endline (shout greeting);
  print_endline (whisper "QUIET");
  print_endline (mood_name Happy);
  printf "%d\n" (Nested.total [1; 2; 3]);
  print_endline (Nested.mood_name Nested.Sad)
