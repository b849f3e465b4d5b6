(* A program run by robur itself (`robur run --target unix`) and by ocamlopt:
   the outputs must be equal.  Plain printing only (no Printf). *)
let p s = print_string s; print_newline ()
let il l = "[" ^ String.concat ";" (List.map string_of_int l) ^ "]"
let ia a = il (Array.to_list a)
let ex f = try f () with Invalid_argument s -> "Invalid_argument " ^ s | Failure s -> "Failure " ^ s | Not_found -> "Not_found"
let () =
  let l = [5; 3; 9; 1; 3; 7] in
  p (il (List.sort compare l));
  p (il (List.sort_uniq compare l));
  p (il (List.map (fun x -> x * 2) l));
  p (il (List.rev (List.init 5 (fun i -> i * i))));
  p (string_of_int (List.fold_left ( + ) 0 (List.init 100_000 (fun i -> i))));
  p (ex (fun () -> string_of_int (List.nth l 10)));
  p (ex (fun () -> string_of_int (List.nth l (-1))));
  p (ex (fun () -> string_of_int (List.hd [])));
  p (ex (fun () -> il (List.map2 ( + ) [1] [1; 2])));
  p (il (List.filter (fun x -> x > 3) l));
  let a, b = List.partition (fun x -> x mod 2 = 0) [1; 2; 3; 4] in p (il a ^ il b);
  p (il (List.of_seq (Seq.map succ (List.to_seq l))));
  p (string_of_bool (List.mem 9 l) ^ string_of_bool (List.exists (fun x -> x > 8) l));
  p (ex (fun () -> List.assoc 3 [(1, "a"); (3, "c")]));
  p (ex (fun () -> List.assoc 4 [(1, "a"); (3, "c")]));
  p (String.concat "|" (String.split_on_char ',' "a,b,,c"));
  p (String.uppercase_ascii "hello" ^ String.capitalize_ascii "world" ^ String.trim "  x  ");
  p (String.escaped "a\"b\\c\n\001\255");
  p (string_of_int (String.index "hello" 'l') ^ string_of_int (String.rindex "hello" 'l'));
  p (ex (fun () -> String.sub "abc" 2 5));
  p (ex (fun () -> string_of_int (String.index_from "abc" 5 'a')));
  p (String.make 3 'z' ^ String.init 4 (fun i -> Char.chr (97 + i)) ^ String.map Char.uppercase_ascii "abc");
  p (string_of_bool (String.starts_with "he" "hello") ^ string_of_bool (String.ends_with "lo" "hello"));
  let b = Bytes.of_string "0123456789" in Bytes.blit b 0 b 3 5; p (Bytes.to_string b);
  p (Bytes.to_string (Bytes.extend (Bytes.of_string "abc") 0 0) ^ Bytes.to_string (Bytes.sub (Bytes.of_string "abcdef") 1 3));
  p (Char.escaped '\n' ^ Char.escaped 'a' ^ Char.escaped '\200' ^ ex (fun () -> String.make 1 (Char.chr 300)));
  let arr = [|5; 2; 8; 1; 9; 3|] in Array.sort compare arr; p (ia arr);
  let arr = Array.init 1000 (fun i -> (i * 37) mod 101) in Array.stable_sort compare arr; p (ia (Array.sub arr 0 12));
  p (ia (Array.map (fun x -> x + 1) [|1; 2; 3|]) ^ ia (Array.append [|1|] [|2; 3|]) ^ ia (Array.concat [[|1|]; [|2|]]));
  let fa = Array.make 3 1.5 in fa.(1) <- 2.5; p (string_of_float (Array.fold_left ( +. ) 0. fa));
  p (string_of_float (Array.fold_left ( +. ) 0. (Array.map (fun x -> x *. 2.) fa)));
  p (ex (fun () -> ia (Array.sub [|1; 2|] 1 5)));
  p (ex (fun () -> ia (Array.init (-1) (fun i -> i))));
  p (ia (Array.of_list [3; 4]) ^ il (Array.to_list [|5; 6|]));
  let s = Stack.create () in Stack.push 1 s; Stack.push 2 s; p (string_of_int (Stack.pop s) ^ string_of_int (Stack.length s));
  p (try string_of_int (Stack.pop (Stack.create ())) with Stack.Empty -> "Empty");
  let q = Queue.create () in List.iter (fun x -> Queue.add x q) [1; 2; 3]; p (string_of_int (Queue.take q) ^ string_of_int (Queue.length q));
  let q2 = Queue.create () in Queue.add 9 q2; Queue.transfer q q2; p (il (Queue.fold (fun a x -> x :: a) [] q2));
  p (string_of_int (Option.value None 3) ^ string_of_int (Option.get (Some 4)) ^ ex (fun () -> string_of_int (Option.get None)));
  p (string_of_int (Result.get_ok (Ok 5)) ^ ex (fun () -> string_of_int (Result.get_ok (Error "e"))));
  p (Either.fold string_of_int (fun s -> s) (Either.Left 5) ^ Bool.to_string true ^ string_of_int (Int.abs (-5)) ^ Int.to_string Int.min_int);
  p (string_of_int (Seq.fold_left ( + ) 0 (Seq.unfold (fun i -> if i < 10 then Some (i, i + 1) else None) 0)))
