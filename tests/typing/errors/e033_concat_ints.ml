let csv = String.concat "," [1; 2; 3]
