(* Buffer and Fun, which need the Sys and Printexc units. *)
let p s = print_string s; print_newline ()
let il l = "[" ^ String.concat ";" (List.map string_of_int l) ^ "]"
let ia a = il (Array.to_list a)
let ex f = try f () with Invalid_argument s -> "Invalid_argument " ^ s | Failure s -> "Failure " ^ s | Not_found -> "Not_found"
let () =
  let b = Buffer.create 0 in Buffer.add_string b "abc"; Buffer.reset b; Buffer.add_char b 'z'; p (Buffer.contents b);
  let buf = Buffer.create 2 in for i = 0 to 50 do Buffer.add_string buf (string_of_int i) done;
  Buffer.add_char buf '!'; p (Buffer.contents buf ^ " " ^ string_of_int (Buffer.length buf));
  Buffer.truncate buf 5; p (Buffer.contents buf); p (ex (fun () -> Buffer.sub buf 3 10));
  p (string_of_int (Fun.protect (fun () -> p "finally") (fun () -> 42)));
  p (try Fun.protect (fun () -> failwith "f") (fun () -> "x") with Fun.Finally_raised (Failure s) -> "Finally_raised " ^ s)
