(* Simple top-level values of every base type *)
let an_int = 42
let a_float = 3.14
let a_bool = true
let a_char = 'x'
let a_string = "hello"
let a_unit = ()
let some_bytes = Bytes.of_string "raw"
let a_list = [1; 2; 3]
let an_array = [| 1.0; 2.0 |]
let a_tuple = (1, "two", 3.0)
let an_option = Some 'c'
let a_ref = ref 0
let an_exn = Not_found
let nested = [[(1, 'a')]; []]
let empty_array = [||]
let max_val = max_int
let hex = 0xff
let big_float = 1e10

let () =
  Printf.printf "%d %.2f %b %c %s %d\n" an_int a_float a_bool a_char a_string (List.length a_list);
  ignore (a_unit, some_bytes, an_array, a_tuple, an_option, a_ref, an_exn, nested, empty_array, max_val, hex, big_float)
