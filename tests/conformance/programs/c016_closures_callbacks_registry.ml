(* status: 0 *)
(* An event registry of callbacks that mutate shared state. *)
let handlers : (string * (int -> unit)) list ref = ref []
let on name f = handlers := (name, f) :: !handlers
let emit name v = List.iter (fun (n, f) -> if n = name then f v) (List.rev !handlers)

let () =
  let total = ref 0 and log = ref [] in
  on "add" (fun v -> total := !total + v);
  on "add" (fun v -> log := Printf.sprintf "add %d" v :: !log);
  on "mul" (fun v -> total := !total * v);
  on "mul" (fun v -> log := Printf.sprintf "mul %d" v :: !log);
  on "reset" (fun _ -> total := 0; log := "reset" :: !log);
  List.iter (fun (n, v) -> emit n v) ["add", 3; "mul", 4; "add", 1; "nothing", 9; "mul", 2];
  Printf.printf "total=%d\n" !total;
  emit "reset" 0;
  emit "add" 5;
  List.iter print_endline (List.rev !log);
  Printf.printf "total=%d handlers=%d\n" !total (List.length !handlers)
