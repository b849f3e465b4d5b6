(* Deeply nested parentheses, lists, tuples and lets. *)
let a = ((((((1 + 2)) * ((3 - 1))))))
let b = [[[[1]]]; [[[2; 3]]]]
let c = ((1, (2, (3, (4, 5)))))
let d =
  let x =
    let y =
      let z = 1 in
      z + 1 in
    y * 2 in
  x + 3
let e = (fun a -> (fun b -> (fun c -> a + b + c))) 1 2 3
let f = Some (Some (Some (Some [Some 1])))

let () =
  Printf.printf "%d %d\n" a d;
  Printf.printf "%d\n" (List.length (List.concat (List.concat (List.concat b))));
  let (_, (_, (_, (_, five)))) = c in
  Printf.printf "%d %d\n" five e;
  match f with
  | Some (Some (Some (Some [Some n]))) -> Printf.printf "%d\n" n
  | _ -> ()
