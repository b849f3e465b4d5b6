module A = struct module B = struct let c = 3 type t = X end end;;
A.B.c;;
A.B.X;;
module C = A.B;;
C.c;;
