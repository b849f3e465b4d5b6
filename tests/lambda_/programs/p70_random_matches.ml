type t = A | B of int | C of t * t | D of bool | E of string
let values = [A; B 0; B 1; B 7; C (A, A); C (B 1, A); C (A, C (A, B 0)); C (D true, E "x");
              D true; D false; E "x"; E ""; E "yz"; C (E "", D false); C (C (A, A), B 7)]
let show_pair (a, b) = string_of_int a ^ "," ^ string_of_int b

let m0 x y = match x, y with
  | (E "x"), (E ("x" | "yz")) -> 0
  | ((D _ | A)), (A) -> 1
  | _ -> -1
let m1 x y = match x, y with
  | ((C (C (_, _), D _) | A)), (A) -> 0
  | (D true), ((C (_, _) | D true)) -> 1
  | _ -> -1
let m2 x y = match x, y with
  | (A), (E ("x" | "yz")) -> 0
  | (D _), (D _) -> 1
  | (v0), (v1) -> 2
  | (_), (D true) -> 3
  | (_), ((E _ | (_ | _))) -> 4
  | (D false), (C (v0, D _)) when compare v0 v0 = 0 && true -> 5
  | _ -> -1
let m3 x y = match x, y with
  | (D _), (D false) -> 0
  | (C (A, (E _ | B _))), (D true) -> 1
  | (C (_, D true)), (_) -> 2
  | (E ""), (E "x") -> 3
  | _ -> -1
let m4 x y = match x, y with
  | ((A | E ("x" | "yz"))), (B (0 | 1)) -> 0
  | (E _), (_) -> 1
  | (E _), (D true) -> 2
  | (v0), (_) as w3 when compare v0 v0 = 0 && false -> 3
  | _ -> -1
let m5 x y = match x, y with
  | (_), (D false) -> 0
  | (D _), (B 1) -> 1
  | _ -> -1
let m6 x y = match x, y with
  | (C (B 0, A)), (_) as w0 -> 0
  | (A), ((_ | A)) as w1 -> 1
  | (E ""), (_) -> 2
  | _ -> -1
let m7 x y = match x, y with
  | (A), (B 7) as w0 -> 0
  | (D false), (C (D true, E _)) -> 1
  | (B 0), (D _) -> 2
  | ((_ | _)), (C (E "", _)) -> 3
  | (B (0 | 1)), (C (B 0, A)) -> 4
  | _ -> -1
let m8 x y = match x, y with
  | (v0), (B 0) when compare v0 v0 = 0 && true -> 0
  | (C (v0, _)), (C (A, v1)) when compare v0 v0 = 0 && y = A -> 1
  | (C (D _, (D false | E ("x" | "yz")))), (((_ | _) | C (_, _))) -> 2
  | _ -> -1
let m9 x y = match x, y with
  | (A), (C (A, D false)) -> 0
  | (_), (v0) when compare v0 v0 = 0 && true -> 1
  | (v0), ((C (_, _) | D false)) -> 2
  | (B 1), ((E ("x" | "yz") | B 1)) as w3 -> 3
  | (D false), (C (_, v0)) as w4 -> 4
  | (C (E _, _)), (B _) as w5 -> 5
  | (E ""), (D _) -> 6
  | _ -> -1
let m10 x y = match x, y with
  | (C (B 7, (D _ | B 1))), (B _) -> 0
  | (E ("x" | "yz")), ((_ | E _)) as w1 -> 1
  | (A), ((E "x" | D _)) -> 2
  | _ -> -1
let m11 x y = match x, y with
  | ((_ | A)), (_) -> 0
  | ((B 1 | C (C (_, _), (_ | _)))), (D false) -> 1
  | (E ""), (A) as w2 -> 2
  | (B 0), (E "x") -> 3
  | (_), (E "") as w4 -> 4
  | (D true), ((_ | C (_, _))) -> 5
  | _ -> -1
let m12 x y = match x, y with
  | (B 7), (D _) -> 0
  | (_), (C ((_ | _), C (_, _))) -> 1
  | _ -> -1
let m13 x y = match x, y with
  | (B 7), (C (E ("x" | "yz"), D _)) -> 0
  | (D false), (A) -> 1
  | (D false), (_) -> 2
  | _ -> -1
let m14 x y = match x, y with
  | (A), (E ("x" | "yz")) -> 0
  | (E _), (C (_, (_ | _))) -> 1
  | (B _), (C (_, v0)) when compare v0 v0 = 0 && y = A -> 2
  | _ -> -1
let m15 x y = match x, y with
  | (D false), (A) -> 0
  | ((C (B _, E _) | _)), (E "x") -> 1
  | (_), (B (0 | 1)) -> 2
  | (A), ((E "" | _)) -> 3
  | (B (0 | 1)), (B _) -> 4
  | (C (D false, C (A, B 0))), (C (D true, E ("x" | "yz"))) -> 5
  | (D true), (((_ | _) | E "x")) -> 6
  | _ -> -1
let m16 x y = match x, y with
  | (D false), (C (_, B 7)) -> 0
  | (E ("x" | "yz")), (E "") as w1 -> 1
  | (D _), (B (0 | 1)) -> 2
  | ((E _ | (E "" | _))), (B 1) as w3 -> 3
  | (((C (_, _) | _) | E _)), (v0) -> 4
  | (D _), (E "x") -> 5
  | _ -> -1
let m17 x y = match x, y with
  | (E "x"), ((C (_, _) | A)) as w0 -> 0
  | ((C (A, _) | _)), (D _) -> 1
  | (B 1), (D true) -> 2
  | (D _), (C (C (_, _), _)) -> 3
  | (v0), (E "") as w4 when compare v0 v0 = 0 && false -> 4
  | (_), (A) -> 5
  | _ -> -1
let m18 x y = match x, y with
  | ((C (D true, D false) | D true)), (v0) when compare v0 v0 = 0 && false -> 0
  | (E "x"), ((C (_, _) | E "x")) -> 1
  | (A), (A) -> 2
  | _ -> -1
let m19 x y = match x, y with
  | (D _), (D _) -> 0
  | (_), (v0) as w1 -> 1
  | (A), (A) -> 2
  | ((C (C (_, _), D _) | B (0 | 1))), (C (D true, D true)) -> 3
  | (E ("x" | "yz")), (A) -> 4
  | _ -> -1
let m20 x y = match x, y with
  | (A), (B 7) -> 0
  | (C ((C (_, _) | A), B (0 | 1))), (v0) when compare v0 v0 = 0 && true -> 1
  | (D false), (B 1) as w2 -> 2
  | _ -> -1
let m21 x y = match x, y with
  | (C (v0, B (0 | 1))), (_) when compare v0 v0 = 0 && y = A -> 0
  | (E "x"), (B _) as w1 -> 1
  | (_), (A) -> 2
  | _ -> -1
let m22 x y = match x, y with
  | (_), (_) -> 0
  | (E ""), (A) -> 1
  | (D false), (v0) -> 2
  | (E ""), (v0) as w3 -> 3
  | ((D true | _)), (_) -> 4
  | (E ""), (D _) as w5 -> 5
  | (B _), (B 0) -> 6
  | _ -> -1
let m23 x y = match x, y with
  | (D _), (E _) -> 0
  | ((A | B 0)), (B 7) -> 1
  | _ -> -1
let m24 x y = match x, y with
  | (E ""), (E "x") -> 0
  | ((_ | A)), (D true) -> 1
  | ((A | _)), (C (_, _)) -> 2
  | ((_ | A)), (C (A, C (_, v0))) -> 3
  | (C (A, A)), ((D true | (_ | _))) -> 4
  | (_), (B (0 | 1)) -> 5
  | _ -> -1
let m25 x y = match x, y with
  | (D _), (D true) as w0 -> 0
  | ((B 7 | _)), (E "") -> 1
  | (D _), (_) as w2 -> 2
  | (C (D true, (E _ | E _))), (C (E "", _)) -> 3
  | (C (B (0 | 1), C (A, v0))), (D false) when compare v0 v0 = 0 && y = A -> 4
  | (v0), (v1) when compare v0 v0 = 0 && y = A -> 5
  | _ -> -1
let m26 x y = match x, y with
  | ((_ | C (A, C (_, _)))), ((_ | E ("x" | "yz"))) -> 0
  | (v0), (D false) -> 1
  | (E ("x" | "yz")), (B 0) as w2 -> 2
  | (A), (A) -> 3
  | _ -> -1
let m27 x y = match x, y with
  | (A), (D _) as w0 -> 0
  | (E ""), (C (A, E _)) -> 1
  | (A), (C (A, (_ | _))) -> 2
  | (E _), (E "") -> 3
  | _ -> -1
let m28 x y = match x, y with
  | (_), (C (C (_, _), E _)) -> 0
  | (E ""), (v0) -> 1
  | ((_ | (D _ | A))), (D _) -> 2
  | (D false), (_) -> 3
  | _ -> -1
let m29 x y = match x, y with
  | (A), (D true) -> 0
  | (C (E "x", _)), (C ((_ | _), v0)) as w1 when compare v0 v0 = 0 && y = A -> 1
  | (A), (E "x") -> 2
  | (_), (_) -> 3
  | _ -> -1
let m30 x y = match x, y with
  | ((A | _)), (E "x") -> 0
  | (D false), (D true) -> 1
  | _ -> -1
let m31 x y = match x, y with
  | (C (E "", (_ | E ("x" | "yz")))), (D _) -> 0
  | (C (A, D true)), ((E "" | B 7)) as w1 -> 1
  | (_), (_) as w2 -> 2
  | (C (A, B 1)), (A) -> 3
  | (E "x"), (D _) -> 4
  | _ -> -1
let m32 x y = match x, y with
  | (v0), (A) -> 0
  | (B 1), (C ((_ | _), E "x")) -> 1
  | (B 7), (A) -> 2
  | _ -> -1
let m33 x y = match x, y with
  | (D _), (_) -> 0
  | (D true), (C ((_ | _), _)) as w1 -> 1
  | (B (0 | 1)), (_) -> 2
  | _ -> -1
let m34 x y = match x, y with
  | (A), (E ("x" | "yz")) -> 0
  | (E ""), (_) -> 1
  | ((D true | C (B (0 | 1), E _))), (E "x") -> 2
  | (A), ((_ | D true)) -> 3
  | (A), ((A | B _)) -> 4
  | (B _), (A) as w5 -> 5
  | (E ("x" | "yz")), (D _) as w6 -> 6
  | _ -> -1
let m35 x y = match x, y with
  | (C (_, D _)), (A) -> 0
  | (B (0 | 1)), (E ("x" | "yz")) -> 1
  | (((C (_, _) | B 0) | B 1)), (E ("x" | "yz")) -> 2
  | _ -> -1
let m36 x y = match x, y with
  | (v0), (C ((_ | _), C (v1, _))) when compare v0 v0 = 0 && true -> 0
  | (_), (v0) when compare v0 v0 = 0 && false -> 1
  | (C (C (C (v0, _), C (_, _)), B 7)), (D true) as w2 -> 2
  | (D _), ((A | _)) as w3 -> 3
  | ((B 0 | _)), (v0) -> 4
  | _ -> -1
let m37 x y = match x, y with
  | (_), (v0) when compare v0 v0 = 0 && true -> 0
  | (_), (D false) -> 1
  | _ -> -1
let m38 x y = match x, y with
  | (D _), (A) -> 0
  | (B 7), (v0) as w1 -> 1
  | (A), (A) -> 2
  | (v0), (v1) when compare v0 v0 = 0 && false -> 3
  | (C (B (0 | 1), A)), (_) -> 4
  | (_), (E ("x" | "yz")) -> 5
  | (D _), (E "") -> 6
  | _ -> -1
let m39 x y = match x, y with
  | (_), (_) -> 0
  | ((E ("x" | "yz") | _)), (A) as w1 -> 1
  | (E "x"), (D true) -> 2
  | (C (E _, _)), (C (_, E "")) -> 3
  | (E ("x" | "yz")), (_) as w4 -> 4
  | (D _), ((_ | (_ | _))) as w5 -> 5
  | _ -> -1
let m40 x y = match x, y with
  | ((B 0 | ((_ | _) | _))), (B _) as w0 -> 0
  | (D _), (((_ | _) | _)) -> 1
  | (_), (E ("x" | "yz")) as w2 -> 2
  | _ -> -1
let m41 x y = match x, y with
  | (D _), (v0) -> 0
  | (B _), ((B _ | B _)) -> 1
  | _ -> -1
let m42 x y = match x, y with
  | (B 0), (E ("x" | "yz")) -> 0
  | (v0), (D true) when compare v0 v0 = 0 && true -> 1
  | _ -> -1
let m43 x y = match x, y with
  | ((E _ | B 1)), (D false) -> 0
  | (v0), (C (_, A)) -> 1
  | (A), (D true) -> 2
  | _ -> -1
let m44 x y = match x, y with
  | (_), (B 7) as w0 -> 0
  | (C (_, E "x")), (C (A, A)) as w1 -> 1
  | _ -> -1
let m45 x y = match x, y with
  | (B 1), (B 0) -> 0
  | (_), (A) -> 1
  | (E _), (E "") -> 2
  | (E ""), (E ("x" | "yz")) -> 3
  | (v0), ((_ | B 1)) -> 4
  | ((B _ | E ("x" | "yz"))), (A) -> 5
  | (_), (_) -> 6
  | _ -> -1
let m46 x y = match x, y with
  | (B 7), (_) -> 0
  | ((E ("x" | "yz") | (D false | _))), ((B (0 | 1) | (_ | _))) as w1 -> 1
  | (C (A, A)), (C (B 1, (_ | _))) -> 2
  | (A), (E ("x" | "yz")) -> 3
  | _ -> -1
let m47 x y = match x, y with
  | (E _), (A) -> 0
  | (A), (E "") -> 1
  | (D false), (A) -> 2
  | (E ("x" | "yz")), (D _) -> 3
  | _ -> -1
let m48 x y = match x, y with
  | (E ""), (_) -> 0
  | (B 0), (E ("x" | "yz")) -> 1
  | _ -> -1
let m49 x y = match x, y with
  | ((A | _)), (_) -> 0
  | ((_ | _)), (B 1) -> 1
  | (A), ((D _ | _)) -> 2
  | (B _), (A) -> 3
  | _ -> -1
let m50 x y = match x, y with
  | (B 7), (B 0) -> 0
  | (C (D false, (D _ | D false))), (A) -> 1
  | (B 7), (((_ | _) | B 0)) -> 2
  | (A), (B 1) as w3 -> 3
  | ((D _ | _)), (D true) -> 4
  | (_), (_) -> 5
  | (C ((_ | E _), v0)), (B 7) when compare v0 v0 = 0 && y = A -> 6
  | _ -> -1
let m51 x y = match x, y with
  | (v0), (B 7) -> 0
  | (((A | A) | _)), (C (E ("x" | "yz"), (_ | _))) -> 1
  | (_), (E _) as w2 -> 2
  | (A), (A) -> 3
  | (C (C (A, B _), A)), ((E ("x" | "yz") | _)) -> 4
  | (v0), (C (C (_, v1), D false)) when compare v0 v0 = 0 && y = A -> 5
  | _ -> -1
let m52 x y = match x, y with
  | (v0), (C ((_ | _), B 0)) -> 0
  | ((_ | C (A, B 1))), (B 1) -> 1
  | (D _), (A) -> 2
  | (C (_, (C (_, _) | (_ | _)))), (D _) -> 3
  | (_), (C (D true, D _)) -> 4
  | (_), (_) -> 5
  | (_), (D _) -> 6
  | _ -> -1
let m53 x y = match x, y with
  | (A), ((A | A)) -> 0
  | (A), (D false) -> 1
  | (_), ((E "x" | C (_, _))) -> 2
  | (A), (B 7) as w3 -> 3
  | (D _), (D true) as w4 -> 4
  | (E _), ((A | (_ | _))) -> 5
  | _ -> -1
let m54 x y = match x, y with
  | (_), (C (D false, _)) -> 0
  | (A), (_) -> 1
  | (_), (A) -> 2
  | ((E ("x" | "yz") | D false)), (D _) -> 3
  | (D _), (_) -> 4
  | (C (C (A, C (v0, _)), ((_ | _) | E ("x" | "yz")))), (B 0) when compare v0 v0 = 0 && false -> 5
  | _ -> -1
let m55 x y = match x, y with
  | (D false), (B _) -> 0
  | (v0), (_) -> 1
  | (B 7), (A) -> 2
  | (_), (C (C (v0, _), E "")) when compare v0 v0 = 0 && y = A -> 3
  | (B 1), (D false) -> 4
  | (_), (A) as w5 -> 5
  | _ -> -1
let m56 x y = match x, y with
  | ((B _ | (D true | D true))), (v0) when compare v0 v0 = 0 && true -> 0
  | (E ("x" | "yz")), (B 1) -> 1
  | (A), (A) -> 2
  | (B (0 | 1)), (_) -> 3
  | (A), (B 1) -> 4
  | (_), (B (0 | 1)) as w5 -> 5
  | _ -> -1
let m57 x y = match x, y with
  | (C (C (C (_, _), _), v0)), (B 0) -> 0
  | (D false), (A) -> 1
  | ((D _ | C (C (_, _), B _))), (A) -> 2
  | (E ("x" | "yz")), (E _) -> 3
  | _ -> -1
let m58 x y = match x, y with
  | ((A | _)), (A) -> 0
  | (D false), (C (B 1, C (_, _))) as w1 -> 1
  | (C (A, E "")), (E _) -> 2
  | (C (E "x", A)), (B 1) -> 3
  | _ -> -1
let m59 x y = match x, y with
  | (C (B 7, C (C (_, _), C (v0, v1)))), (E "x") -> 0
  | (_), ((B 0 | D false)) as w1 -> 1
  | (E "x"), (E ("x" | "yz")) as w2 -> 2
  | (A), (((_ | _) | _)) -> 3
  | _ -> -1
let () =
  List.iter (fun x -> List.iter (fun y -> print_int (m0 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m1 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m2 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m3 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m4 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m5 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m6 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m7 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m8 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m9 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m10 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m11 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m12 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m13 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m14 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m15 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m16 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m17 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m18 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m19 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m20 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m21 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m22 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m23 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m24 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m25 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m26 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m27 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m28 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m29 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m30 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m31 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m32 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m33 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m34 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m35 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m36 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m37 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m38 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m39 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m40 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m41 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m42 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m43 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m44 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m45 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m46 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m47 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m48 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m49 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m50 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m51 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m52 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m53 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m54 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m55 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m56 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m57 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m58 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  List.iter (fun x -> List.iter (fun y -> print_int (m59 x y); print_char ' ') [A; D true; B 1; C (A, B 0); E "x"; B 7]) values; print_newline ();
  ()
