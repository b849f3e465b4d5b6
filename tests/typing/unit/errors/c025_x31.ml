let x = ignore (1 +) 
