(* A complete program: student grades with modules, records and Printf *)
type student = { name : string; scores : int list }
type grade = A | B | C | F

module Stats = struct
  let mean l = match l with [] -> 0.0 | _ -> float_of_int (List.fold_left ( + ) 0 l) /. float_of_int (List.length l)
  let median l =
    let s = List.sort compare l in
    let n = List.length s in
    if n = 0 then 0.0
    else if n mod 2 = 1 then float_of_int (List.nth s (n / 2))
    else float_of_int (List.nth s (n / 2 - 1) + List.nth s (n / 2)) /. 2.0
end

let grade_of avg = if avg >= 90.0 then A else if avg >= 80.0 then B else if avg >= 65.0 then C else F
let letter = function A -> 'A' | B -> 'B' | C -> 'C' | F -> 'F'

let report students =
  List.map (fun s -> let m = Stats.mean s.scores in (s.name, m, Stats.median s.scores, grade_of m)) students

let print_report rows =
  Printf.printf "%-8s %6s %6s %s\n" "name" "mean" "median" "grade";
  List.iter (fun (n, m, md, g) -> Printf.printf "%-8s %6.1f %6.1f %c\n" n m md (letter g)) rows

let () =
  print_report (report [{ name = "ann"; scores = [95; 88; 92] }; { name = "bob"; scores = [60; 70] }; { name = "cy"; scores = [] }])
