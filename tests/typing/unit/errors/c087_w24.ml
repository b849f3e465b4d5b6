let x = raise
