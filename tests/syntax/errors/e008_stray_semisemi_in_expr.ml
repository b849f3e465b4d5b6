let f x =
  let y = x + 1 ;;
  y * 2
