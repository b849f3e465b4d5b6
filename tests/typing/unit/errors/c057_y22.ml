let x = String.concat "," [1; 2]
