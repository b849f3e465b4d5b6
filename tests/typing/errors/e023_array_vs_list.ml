let scores = [10; 20; 30]
let n = Array.length scores
