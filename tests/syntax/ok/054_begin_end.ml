(* begin ... end as parentheses, in if, match arms, loops. *)
let log = ref []
let emit s = log := s :: !log

let f x =
  if x > 0 then begin
    emit "pos";
    emit "itive"
  end else begin
    emit "non";
    emit "positive"
  end

let g x =
  match x with
  | 0 -> begin emit "zero"; emit "!" end
  | _ -> begin match x mod 2 with
      | 0 -> emit "even"
      | _ -> emit "odd"
    end

let h () = begin end

let v = begin 1 + 2 end * 3

let () =
  f 1; f 0; g 0; g 2; g 3;
  h ();
  print_endline (String.concat " " (List.rev !log));
  Printf.printf "%d\n" v;
  let w = begin let t = 4 in t * t end in
  Printf.printf "%d\n" w
