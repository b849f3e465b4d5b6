type person = { name : string; age : int }
let get_name p = p.nmae
