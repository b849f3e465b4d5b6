(* word count: generate a deterministic text of n words (syllables chosen by
   a linear congruential generator, Zipf-like by squaring), split it into
   words and count them in a Hashtbl; print the totals and the 10 most
   frequent words.  Argument: n. *)

let syllables = [| "ka"; "lo"; "mi"; "ne"; "ru"; "sa"; "ti"; "vo"; "be"; "do";
                   "fu"; "ga"; "hi"; "jo"; "pe"; "qu"; "ze"; "wa"; "xi"; "yo" |]

let seed = ref 12345
let next () =
  seed := (!seed * 1103515245 + 12345) land 0x7FFFFFFF;
  !seed lsr 8

let gen_text n =
  let b = Buffer.create (n * 8) in
  for i = 1 to n do
    let len = 1 + (next () mod 3) in
    for _ = 1 to len do
      let r = next () mod 20 in
      let r = r * r / 20 in
      Buffer.add_string b syllables.(r)
    done;
    Buffer.add_char b (if i mod 12 = 0 then '\n' else ' ')
  done;
  Buffer.contents b

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 10000 in
  let text = gen_text n in
  let counts = Hashtbl.create 1024 in
  let total = ref 0 in
  let len = String.length text in
  let start = ref 0 in
  for i = 0 to len do
    if i = len || text.[i] = ' ' || text.[i] = '\n' then begin
      if i > !start then begin
        let w = String.sub text !start (i - !start) in
        incr total;
        match Hashtbl.find_opt counts w with
        | Some c -> Hashtbl.replace counts w (c + 1)
        | None -> Hashtbl.add counts w 1
      end;
      start := i + 1
    end
  done;
  let all = Hashtbl.fold (fun w c acc -> (w, c) :: acc) counts [] in
  let sorted = List.sort (fun (w1, c1) (w2, c2) ->
      if c1 <> c2 then compare c2 c1 else compare w1 w2) all in
  Printf.printf "words %d distinct %d\n" !total (Hashtbl.length counts);
  List.iteri (fun i (w, c) -> if i < 10 then Printf.printf "%s %d\n" w c) sorted
