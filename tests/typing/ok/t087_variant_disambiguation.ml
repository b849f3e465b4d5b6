(* Constructor disambiguation using expected types *)
type file_kind = File | Directory | Link
type permission = Read | Write | Execute
type access = Read | Write

let kind_name (k : file_kind) = match k with File -> "file" | Directory -> "dir" | Link -> "link"

let perm_bit (p : permission) = match p with Read -> 4 | Write -> 2 | Execute -> 1

let access_of_perm (p : permission) : access option =
  match p with
  | Read -> Some Read
  | Write -> Some Write
  | Execute -> None

let mode (perms : permission list) = List.fold_left (fun acc p -> acc + perm_bit p) 0 perms

let default_access = Read

let () =
  Printf.printf "%s %d\n" (kind_name Directory) (mode [Read; Write; Execute]);
  match access_of_perm Write with
  | Some Write -> print_endline "write"
  | Some Read -> print_endline "read"
  | None -> print_endline "none"
