(* A character histogram using an int array indexed by char code *)
let histogram s =
  let counts = Array.make 256 0 in
  String.iter (fun c -> counts.(Char.code c) <- counts.(Char.code c) + 1) s;
  counts

let most_frequent counts =
  let best = ref 0 in
  Array.iteri (fun i n -> if n > counts.(!best) then best := i) counts;
  Char.chr !best

let bar n = String.make n '*'

let print_letters counts =
  for i = Char.code 'a' to Char.code 'z' do
    if counts.(i) > 0 then Printf.printf "%c %s\n" (Char.chr i) (bar counts.(i))
  done

let () =
  let h = histogram "hello world" in
  print_letters h;
  Printf.printf "most: %C\n" (most_frequent h)
