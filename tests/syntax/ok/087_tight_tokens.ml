(* Tokens written without spaces: the lexer must split them correctly. *)
let x=1
let y=x+2*3-1
let f a=a*2
let g=f x-1
let h=(f(x)+1)
let l=1::2::[]
let r=ref 0
let arr=[|1;2;3|]
let s="str"^"ing"
let t=(1,2)
let c='c'
let neg= -1
let cmp=x<=y&&y>=x||x<>y
let fl=1.5+.2.5*.2.
let lst=[1;2]@[3]

let () =
  r:=!r+y;
  arr.(0)<-arr.(1)+arr.(2);
  Printf.printf "%d %d %d %d %d\n" y g h (List.length l) !r;
  Printf.printf "%d %s %d %c %d %b %g %d\n" arr.(0) s (fst t) c neg cmp fl (List.length lst);
  if x>0 then print_endline "tight then"
