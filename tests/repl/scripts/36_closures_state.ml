let counter = let n = ref 0 in fun () -> incr n; !n;;
counter ();;
counter ();;
counter ();;
let make_adder n = fun x -> x + n;;
let add5 = make_adder 5;;
add5 10;;
