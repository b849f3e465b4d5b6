Option.map (fun x -> x + 1) (Some 1);;
Option.get None;;
List.of_seq (Seq.take 3 (Seq.ints 0));;
