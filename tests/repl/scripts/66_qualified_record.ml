module M = struct type r = {a:int; b:string} let v = {a=1;b="x"} end;;
M.v;;
