(* A module with long value types printed inside a sig block *)
module Storage = struct
  type record_identifier = int
  type record_contents = { title : string; body : string; tags : string list; created_at : float }

  let table : (record_identifier, record_contents) Hashtbl.t = Hashtbl.create 64

  let insert_record_with_generated_identifier (contents : record_contents) : record_identifier =
    let id = Hashtbl.length table + 1 in
    Hashtbl.replace table id contents;
    id

  let update_records_matching_predicate (pred : record_identifier -> record_contents -> bool)
      (update : record_contents -> record_contents) =
    Hashtbl.filter_map_inplace (fun k v -> Some (if pred k v then update v else v)) table

  let select_titles_and_tags_where (pred : record_contents -> bool) : (string * string list) list =
    Hashtbl.fold (fun _ v acc -> if pred v then (v.title, v.tags) :: acc else acc) table []
end

let () =
  let id = Storage.insert_record_with_generated_identifier { Storage.title = "t"; body = "b"; tags = ["x"]; created_at = 0.0 } in
  Storage.update_records_matching_predicate (fun k _ -> k = id) (fun r -> { r with Storage.title = "T" });
  List.iter (fun (t, _) -> print_endline t) (Storage.select_titles_and_tags_where (fun _ -> true))
