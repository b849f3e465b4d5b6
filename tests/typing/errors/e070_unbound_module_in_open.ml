open Strng

let x = 1
