(* parse-only *)
(* Refers to modules that do not exist here; only the syntax matters. *)
open Lwt
open Cohttp_lwt_unix.Server

module Log = Logs.Src_log (struct let src = Logs.Src.create "app" end)
module Store = Irmin_mem.KV.Make (Irmin.Contents.String)
module Cfg = Config.Make (Defaults) (Overrides.Local)

include Extra.Utilities

let handler conn req body =
  let uri = Request.uri req in
  Log.info (fun m -> m "request %s" (Uri.to_string uri));
  Cohttp_lwt.Body.to_string body >>= fun text ->
  respond_string Code.ok text ()

let main () = Lwt_main.run (Store.Repo.v (Irmin_mem.config ()))

let () = Cfg.(apply default |> validate) ; main ()
