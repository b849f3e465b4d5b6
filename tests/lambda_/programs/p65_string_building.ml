let repeat s n =
  let b = Bytes.create (String.length s * n) in
  for i = 0 to n - 1 do
    for j = 0 to String.length s - 1 do
      Bytes.set b (i * String.length s + j) s.[j]
    done
  done;
  Bytes.to_string b
let rev s =
  let n = String.length s in
  String.init n (fun i -> s.[n - 1 - i])
let () =
  print_endline (repeat "ab" 3);
  print_endline (rev "hello");
  print_endline (String.map Char.uppercase_ascii "shout");
  List.iter print_endline (String.split_on_char ',' "a,b,,c");
  let buf = ref "" in
  List.iter (fun w -> buf := !buf ^ w ^ " ") ["x"; "y"];
  print_endline (String.trim !buf)
