let to_label (n : int) : string = n
