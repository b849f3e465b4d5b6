let ages = [("alice", 30); ("bob", 25)]
let next_year name = List.assoc_opt name ages + 1
