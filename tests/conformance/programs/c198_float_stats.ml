(* status: 0 *)
(* Statistics over a deterministic float data set: mean, variance, median, histogram. *)
let () =
  let n = 10_000 in
  let seed = ref 1 in
  let next () = seed := (!seed * 16807) mod 2147483647; float !seed /. 2147483647.0 in
  let data = Array.init n (fun _ -> let u1 = next () and u2 = next () in sqrt (-2.0 *. log u1) *. cos (2.0 *. Float.pi *. u2)) in
  let mean = Array.fold_left ( +. ) 0.0 data /. float n in
  let var = Array.fold_left (fun acc x -> acc +. (x -. mean) ** 2.0) 0.0 data /. float (n - 1) in
  let sorted = Array.copy data in
  Array.sort compare sorted;
  Printf.printf "mean %.6f\nstddev %.6f\nmedian %.6f\nmin %.6f max %.6f\n" mean (sqrt var)
    ((sorted.(n / 2 - 1) +. sorted.(n / 2)) /. 2.0) sorted.(0) sorted.(n - 1);
  let hist = Array.make 8 0 in
  Array.iter (fun x -> let b = int_of_float (Float.round ((x +. 4.0) /. 1.0)) in if b >= 0 && b < 8 then hist.(b) <- hist.(b) + 1) data;
  Array.iteri (fun i c -> Printf.printf "%+d %5d %s\n" (i - 4) c (String.make (c / 100) '#')) hist
