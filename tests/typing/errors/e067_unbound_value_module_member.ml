module Config = struct
  let port = 8080
  let host = "localhost"
end

let url = Config.host ^ ":" ^ string_of_int Config.prot
