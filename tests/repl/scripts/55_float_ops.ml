floor 1.5, ceil 1.5;;
truncate (-1.5);;
1.0 /. 0.;;
float_of_int max_int;;
Float.of_int 3;;
mod_float 5.5 2.;;
exp 1.;;
log 10.;;
