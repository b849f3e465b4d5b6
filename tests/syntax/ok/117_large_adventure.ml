(* A text adventure driven by a scripted list of commands: rooms, items,
   a state machine for the player, and a command parser. *)

type direction = North | South | East | West | Up | Down

type item = {
  item_name : string;
  description : string;
  weight : int;
}

type room = {
  id : string;
  title : string;
  text : string;
  exits : (direction * string) list;
  mutable items : item list;
  mutable locked : (direction * string) option;   (* exit, key needed *)
}

type status = Exploring | Won | Dead of string | Quit

type player = {
  mutable location : string;
  mutable inventory : item list;
  mutable moves : int;
  mutable score : int;
  mutable status : status;
}

type command =
  | Go of direction
  | Take of string
  | Drop of string
  | Use of string
  | Look
  | Inventory
  | Stop
  | Unknown of string

exception No_such_room of string

(* ---------- The world ---------- *)

let lamp = { item_name = "lamp"; description = "a brass lamp"; weight = 2 }
let key = { item_name = "key"; description = "a small iron key"; weight = 1 }
let coin = { item_name = "coin"; description = "a gold coin"; weight = 1 }
let anvil = { item_name = "anvil"; description = "a very heavy anvil"; weight = 50 }
let crown = { item_name = "crown"; description = "the lost crown"; weight = 3 }

let rooms = [
  { id = "hall"; title = "Great Hall"; text = "Dust hangs in the air.";
    exits = [ (North, "library"); (East, "kitchen"); (Down, "cellar") ];
    items = [ lamp ]; locked = Some (Down, "key") };
  { id = "library"; title = "Library"; text = "Shelves of rotting books.";
    exits = [ (South, "hall") ]; items = [ key; coin ]; locked = None };
  { id = "kitchen"; title = "Kitchen"; text = "Something smells awful.";
    exits = [ (West, "hall"); (East, "pit") ]; items = [ anvil ]; locked = None };
  { id = "pit"; title = "Pit"; text = "You fall."; exits = []; items = []; locked = None };
  { id = "cellar"; title = "Cellar"; text = "It is pitch dark.";
    exits = [ (Up, "hall") ]; items = [ crown ]; locked = None };
]

let room_by_id id =
  try List.find (fun r -> r.id = id) rooms with Not_found -> raise (No_such_room id)

let string_of_direction = function
  | North -> "north" | South -> "south" | East -> "east"
  | West -> "west" | Up -> "up" | Down -> "down"

let direction_of_string = function
  | "n" | "north" -> Some North
  | "s" | "south" -> Some South
  | "e" | "east" -> Some East
  | "w" | "west" -> Some West
  | "u" | "up" -> Some Up
  | "d" | "down" -> Some Down
  | _ -> None

(* ---------- Parsing commands ---------- *)

let parse_command line =
  let words =
    List.filter (fun w -> w <> "")
      (String.split_on_char ' ' (String.lowercase_ascii (String.trim line)))
  in
  match words with
  | [ "look" ] | [ "l" ] -> Look
  | [ "inventory" ] | [ "i" ] -> Inventory
  | [ "quit" ] | [ "q" ] -> Stop
  | [ "go"; d ] | [ d ] when direction_of_string d <> None ->
    (match direction_of_string d with Some dir -> Go dir | None -> Unknown line)
  | [ "take"; x ] | [ "get"; x ] -> Take x
  | [ "drop"; x ] -> Drop x
  | [ "use"; x ] -> Use x
  | _ -> Unknown line

(* ---------- Game logic ---------- *)

let max_weight = 10

let carried p = List.fold_left (fun w i -> w + i.weight) 0 p.inventory

let has p name = List.exists (fun i -> i.item_name = name) p.inventory

let describe_room p =
  let r = room_by_id p.location in
  Printf.printf "== %s ==\n%s\n" r.title r.text;
  if r.id = "cellar" && not (has p "lamp") then print_endline "You can see nothing."
  else begin
    List.iter (fun i -> Printf.printf "You see %s.\n" i.description) r.items;
    match r.exits with
    | [] -> ()
    | exits ->
      Printf.printf "Exits: %s\n"
        (String.concat ", " (List.map (fun (d, _) -> string_of_direction d) exits))
  end

let move p dir =
  let r = room_by_id p.location in
  match List.assoc_opt dir r.exits, r.locked with
  | None, _ -> print_endline "You cannot go that way."
  | Some _, Some (d, key_name) when d = dir ->
    Printf.printf "The way %s is locked; you need the %s.\n" (string_of_direction dir) key_name
  | Some target, _ ->
    p.location <- target;
    p.moves <- p.moves + 1;
    if target = "pit" then p.status <- Dead "You fell into a pit."
    else describe_room p

let take p name =
  let r = room_by_id p.location in
  match List.partition (fun i -> i.item_name = name) r.items with
  | [], _ -> Printf.printf "There is no %s here.\n" name
  | item :: _, rest ->
    if carried p + item.weight > max_weight then
      Printf.printf "The %s is too heavy.\n" name
    else if r.id = "cellar" && not (has p "lamp") then
      print_endline "It is too dark to find anything."
    else begin
      r.items <- rest;
      p.inventory <- item :: p.inventory;
      p.score <- p.score + (if name = "coin" then 10 else 1);
      Printf.printf "Taken: %s.\n" name;
      if name = "crown" then p.status <- Won
    end

let drop p name =
  match List.partition (fun i -> i.item_name = name) p.inventory with
  | [], _ -> Printf.printf "You have no %s.\n" name
  | item :: _, rest ->
    let r = room_by_id p.location in
    p.inventory <- rest;
    r.items <- item :: r.items;
    Printf.printf "Dropped: %s.\n" name

let use p name =
  if not (has p name) then Printf.printf "You have no %s.\n" name
  else
    let r = room_by_id p.location in
    match r.locked with
    | Some (_, needed) when needed = name ->
      r.locked <- None;
      p.score <- p.score + 5;
      Printf.printf "You unlock the way with the %s.\n" name
    | Some _ | None -> Printf.printf "Nothing happens.\n"

let step p cmd =
  match cmd with
  | Go d -> move p d
  | Take x -> take p x
  | Drop x -> drop p x
  | Use x -> use p x
  | Look -> describe_room p
  | Inventory ->
    (match p.inventory with
     | [] -> print_endline "You carry nothing."
     | items ->
       print_endline "You carry:";
       List.iter (fun i -> Printf.printf "  %s (%d)\n" i.item_name i.weight) items)
  | Stop -> p.status <- Quit
  | Unknown s -> Printf.printf "I don't understand %S.\n" s

let rec play p = function
  | [] -> ()
  | line :: rest ->
    (match p.status with
     | Exploring ->
       Printf.printf "> %s\n" line;
       step p (parse_command line);
       play p rest
     | Won | Dead _ | Quit -> ())

let script = [
  "look"; "take lamp"; "go down"; "n"; "take key"; "get coin";
  "inventory"; "dance"; "s"; "e"; "take anvil"; "w";
  "use key"; "drop coin"; "d"; "take crown"; "look";
]

let () =
  let p = { location = "hall"; inventory = []; moves = 0; score = 0; status = Exploring } in
  play p script;
  (match p.status with
   | Won -> print_endline "*** You found the crown! ***"
   | Dead why -> print_endline ("*** " ^ why ^ " ***")
   | Quit -> print_endline "Bye."
   | Exploring -> print_endline "The script ended.");
  Printf.printf "moves=%d score=%d weight=%d\n" p.moves p.score (carried p)
