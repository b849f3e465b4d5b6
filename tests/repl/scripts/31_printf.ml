Printf.sprintf "%d %i %x %X %o" 255 255 255 255 255;;
Printf.sprintf "%5d|%-5d|%05d" 42 42 42;;
Printf.sprintf "%s %S %c %C" "a" "b" 'c' 'd';;
Printf.sprintf "%f %.2f %e %g" 3.14159 3.14159 3.14159 3.14159;;
Printf.sprintf "%b %B" true false;;
Printf.sprintf "%%";;
let fmt = Printf.sprintf "%d+%d";;
fmt 1 2;;
