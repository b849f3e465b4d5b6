true && false;;
not true;;
'a' < 'b';;
Char.code 'A';;
Char.chr 66;;
compare 1 2;;
1 = 1, 1 <> 2, 1 == 1;;
min 3 4, max "a" "b";;
