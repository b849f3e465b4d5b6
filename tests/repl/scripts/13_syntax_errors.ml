let x = ;;
let y = 3;;
1 + ;;
(1 + 2;;
let z = 4;;
