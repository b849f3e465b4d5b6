let names = ["alice"; "bob"]
let mixed = [1; 2; "three"; 4]
