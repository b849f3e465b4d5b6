let b = Buffer.create 16;;
Buffer.add_string b "hello";;
Buffer.add_char b ' ';;
Buffer.add_string b "world";;
Buffer.contents b;;
Buffer.length b;;
