['a'; '\t'; '\\'; '\000'; '\255'; '"'];;
"\r\n\t\b";;
String.escaped "a\tb";;
