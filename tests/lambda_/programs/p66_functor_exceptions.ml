module Make (X : sig val name : string end) = struct
  exception Error of string
  let fail () = raise (Error X.name)
end
module A = Make (struct let name = "a" end)
module B = Make (struct let name = "b" end)
let () =
  (try A.fail () with A.Error s -> print_endline ("A.Error " ^ s));
  (try (try B.fail () with A.Error _ -> print_endline "wrong") with B.Error s -> print_endline ("B.Error " ^ s))
