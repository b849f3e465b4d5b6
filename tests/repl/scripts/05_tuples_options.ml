(1, "a");;
(1, (2, 3), [4]);;
Some 3;;
None;;
Some (Some None);;
[Some 1; None];;
Ok 3;;
(Error "e" : (int, string) result);;
fst (1, 2), snd (1, 2);;
