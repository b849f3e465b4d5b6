type color =
  | Red
  | Green
  |

let c = Red
