let shout (s : strng) = String.uppercase_ascii s
