type point = { x : float; y : float }
let depth p = p.z
