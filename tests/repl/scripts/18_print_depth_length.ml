#print_depth 2;;
[[[1]]];;
(1, (2, (3, (4, 5))));;
#print_depth 100;;
#print_length 3;;
[1; 2; 3; 4; 5];;
#print_length 300;;
[1; 2; 3; 4; 5];;
