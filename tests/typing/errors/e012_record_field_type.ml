type person = { name : string; age : int }
let bob = { name = "Bob"; age = "forty" }
