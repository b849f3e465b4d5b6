module type SHOW = sig type t val show : t -> string end
module type ORD = sig type t val compare : t -> t -> int end
module ShowList (S : SHOW) = struct
  let show l = "[" ^ String.concat "; " (List.map S.show l) ^ "]"
end
module Int_show = struct type t = int let extra = 0 let show = string_of_int end
module IL = ShowList (Int_show)
module Max (O : ORD) = struct
  let max a b = if O.compare a b >= 0 then a else b
end
module SM = Max (struct type t = string let compare = compare end)
let () =
  print_endline (IL.show [1; 2; 3]);
  print_endline (SM.max "apple" "banana");
  let module M = ShowList (struct type t = bool let show = string_of_bool end) in
  print_endline (M.show [true; false])
