List.init 1000 (fun i -> i);;
Array.init 500 (fun i -> i * 2);;
String.make 1000 'x';;
let rec build n = if n = 0 then [] else [n] :: build (n - 1);;
build 200;;
