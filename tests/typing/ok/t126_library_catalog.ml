(* A library catalogue: records, variants, lists and modules together *)
type genre = Fiction | Science | History | Poetry
type book = { title : string; author : string; year : int; genre : genre; mutable on_loan : bool }

module Catalog = struct
  let books : book list ref = ref []
  let add b = books := b :: !books
  let by_author a = List.filter (fun b -> b.author = a) !books
  let available () = List.filter (fun b -> not b.on_loan) !books
  let lend title =
    match List.find_opt (fun b -> b.title = title && not b.on_loan) !books with
    | Some b -> b.on_loan <- true; true
    | None -> false
  let oldest () =
    List.fold_left (fun acc b -> match acc with Some o when o.year <= b.year -> acc | _ -> Some b) None !books
end

let genre_name = function Fiction -> "fiction" | Science -> "science" | History -> "history" | Poetry -> "poetry"

let () =
  Catalog.add { title = "Dune"; author = "Herbert"; year = 1965; genre = Fiction; on_loan = false };
  Catalog.add { title = "Cosmos"; author = "Sagan"; year = 1980; genre = Science; on_loan = false };
  Printf.printf "%b %b %d\n" (Catalog.lend "Dune") (Catalog.lend "Dune") (List.length (Catalog.available ()));
  match Catalog.oldest () with
  | Some b -> Printf.printf "%s (%s)\n" b.title (genre_name b.genre)
  | None -> ()
