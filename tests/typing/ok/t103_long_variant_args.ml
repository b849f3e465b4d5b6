(* Variant constructors with long argument lists *)
type instruction =
  | Load_immediate of int * int
  | Load_from_memory_with_offset of int * int * int
  | Store_to_memory_with_offset of int * int * int
  | Binary_operation of string * int * int * int
  | Conditional_branch_if_not_zero of int * string
  | Call_function_with_arguments of string * int list * int option
  | Return

type basic_block = { label : string; instructions : instruction list; successors : string list }

let registers_used = function
  | Load_immediate (r, _) -> [r]
  | Load_from_memory_with_offset (d, b, _) | Store_to_memory_with_offset (d, b, _) -> [d; b]
  | Binary_operation (_, d, a, b) -> [d; a; b]
  | Conditional_branch_if_not_zero (r, _) -> [r]
  | Call_function_with_arguments (_, args, ret) -> (match ret with Some r -> r :: args | None -> args)
  | Return -> []

let block_registers b = List.sort_uniq compare (List.concat_map registers_used b.instructions)

let () =
  let b = { label = "entry"; successors = ["exit"];
            instructions = [Load_immediate (1, 5); Binary_operation ("add", 2, 1, 1); Call_function_with_arguments ("f", [2], Some 3); Return] } in
  List.iter (Printf.printf "r%d ") (block_registers b);
  print_newline ()
