(* trace lines interleaved with the program's own output *)
let pr x = Printf.printf "in pr %d\n" x; print_endline "line"; x + 1;;
#trace pr;;
pr 7;;
let q x = print_string "no newline "; x;;
#trace q;;
q 1;;
print_newline ();;
let both x = prerr_endline "to stderr"; print_endline "to stdout"; x;;
#trace both;;
both ();;
let rec count n = if n > 0 then (Printf.printf "[%d]" n; count (n - 1)) else print_newline ();;
#trace count;;
count 3;;
let loud f x = print_endline "calling"; let y = f x in print_endline "called"; y;;
#trace loud;;
loud pr 1;;
