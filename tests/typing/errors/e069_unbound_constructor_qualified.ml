module Color = struct
  type t = Red | Green | Blue
end

let c = Color.Yellow
