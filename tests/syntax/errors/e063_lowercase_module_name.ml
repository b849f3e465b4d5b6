module utils = struct
  let x = 1
end
