let x = Array.length [1; 2]
