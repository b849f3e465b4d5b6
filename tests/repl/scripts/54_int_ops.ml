abs (-3);;
succ 1, pred 1;;
7 / 2, 7 mod 2, -7 / 2, -7 mod 2;;
lnot 0;;
-1 lsr 1;;
-1 asr 1;;
1 lxor 3;;
