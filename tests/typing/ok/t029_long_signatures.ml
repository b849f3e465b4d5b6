(* Long types force line breaking in the printed signature *)
type configuration = {
  hostname : string;
  port : int;
  verbose : bool;
  retries : int;
  timeout_seconds : float;
  tags : string list;
}

let make_configuration hostname port verbose retries timeout_seconds tags =
  { hostname; port; verbose; retries; timeout_seconds; tags }

let combine_everything (a : int) (b : string) (c : float) (d : bool) (e : char list)
    (f : (int * string) option) = (a, b, c, d, e, f)

let process_with_callbacks on_start on_item on_error on_finish items =
  on_start ();
  List.iter (fun x -> try on_item x with e -> on_error x e) items;
  on_finish (List.length items)

let very_long_function_name_for_testing_breaks (first_argument : (string * int) list)
    (second_argument : (float * bool) array) = (first_argument, second_argument)

let () =
  let c = make_configuration "localhost" 8080 true 3 1.5 ["a"] in
  print_endline c.hostname;
  process_with_callbacks (fun () -> ()) print_int (fun _ _ -> ()) (fun n -> Printf.printf " %d\n" n) [1; 2];
  ignore (combine_everything 1 "b" 2.0 true ['e'] None);
  ignore (very_long_function_name_for_testing_breaks [] [||])
