(* A wide module type: long val specifications are broken over lines *)
module type DATABASE_CONNECTION = sig
  type connection
  type query_result = { rows : string list list; affected : int; warnings : string list }
  val connect_with_credentials : string -> int -> string -> string -> connection option
  val execute_query_with_parameters : connection -> string -> (string * string) list -> query_result
  val transaction : connection -> (connection -> (query_result, string) result) -> (query_result, string) result
  val close : connection -> unit
end

module Fake_db : DATABASE_CONNECTION = struct
  type connection = { host : string; mutable open_ : bool }
  type query_result = { rows : string list list; affected : int; warnings : string list }
  let connect_with_credentials host _ _ _ = Some { host; open_ = true }
  let execute_query_with_parameters c q _ = { rows = [[c.host; q]]; affected = 0; warnings = [] }
  let transaction c f = if c.open_ then f c else Error "closed"
  let close c = c.open_ <- false
end

let () =
  match Fake_db.connect_with_credentials "db" 5432 "u" "p" with
  | Some c ->
    let r = Fake_db.execute_query_with_parameters c "select 1" [] in
    Printf.printf "%d rows\n" (List.length r.Fake_db.rows);
    Fake_db.close c
  | None -> ()
