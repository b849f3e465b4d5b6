let x = 'a' ^ "b"
