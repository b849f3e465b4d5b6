type inventory = { items : item list; capacity : int }
