(* && binds tighter than ||; not is a function application. *)
let t = true
let f = false

let r1 = t || f && f
let r2 = (t || f) && f
let r3 = not t && f
let r4 = not (t && f)
let r5 = f && f || t
let r6 = f || f || t && t
let r7 = 1 < 2 && 3 > 2 || false
let r8 = not f = t
let r9 = t & f
let r10 = t or f

let () =
  List.iteri (fun i b -> Printf.printf "r%d=%b\n" (i + 1) b)
    [r1; r2; r3; r4; r5; r6; r7; r8; r9; r10]
