String.sub "hello" 1 3;;
String.uppercase_ascii "abc";;
String.index "hello" 'l';;
String.split_on_char ',' "a,b,,c";;
String.trim "  x  ";;
String.sub "abc" 2 5;;
String.get "abc" 1;;
"abc".[0];;
