type 'a box = { contents : 'a };;
{ contents = 3 };;
type ('a, 'b) either2 = L of 'a | R of 'b;;
[L 1; R "a"];;
