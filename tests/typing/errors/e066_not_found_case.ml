let lookup k l =
  try List.assoc k l with Not_Found -> 0
