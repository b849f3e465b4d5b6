let starts_with_a s = s.[0] = "a"
