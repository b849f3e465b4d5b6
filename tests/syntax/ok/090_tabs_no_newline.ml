(* This file uses tabs for indentation and has no trailing newline. *)
let f x =
	let y = x * 2 in
		y + 1

let rec sum = function
	| [] -> 0
	| x :: rest ->	x + sum rest

let () =
	print_int (f 20);
	print_newline ();
	print_int (sum [1;	2;	3]);
	print_newline ()