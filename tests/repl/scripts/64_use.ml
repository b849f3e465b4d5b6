#use "data/defs.ml";;
square 4;;
describe (Line 3);;
#mod_use "data/defs.ml";;
Defs.square 5;;
Defs.Dot;;
#use "data/missing.ml";;
