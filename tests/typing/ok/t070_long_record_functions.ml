(* Long record types and functions forcing line breaks *)
type http_request = {
  method_name : string;
  path : string;
  headers : (string * string) list;
  body : string option;
  query_parameters : (string * string list) list;
}

type http_response = { status : int; response_headers : (string * string) list; response_body : string }

let make_request method_name path headers body query_parameters =
  { method_name; path; headers; body; query_parameters }

let respond_with_status_and_headers_and_body status response_headers response_body =
  { status; response_headers; response_body }

let route_table_lookup (routes : (string * string * (http_request -> http_response)) list) (req : http_request) =
  List.find_opt (fun (m, p, _) -> m = req.method_name && p = req.path) routes

let not_found = respond_with_status_and_headers_and_body 404 [] "not found"

let handle routes req =
  match route_table_lookup routes req with
  | Some (_, _, handler) -> handler req
  | None -> not_found

let () =
  let routes = [("GET", "/", fun _ -> respond_with_status_and_headers_and_body 200 [("Content-Type", "text/plain")] "hello")] in
  let r = handle routes (make_request "GET" "/" [] None []) in
  Printf.printf "%d %s\n" r.status r.response_body
