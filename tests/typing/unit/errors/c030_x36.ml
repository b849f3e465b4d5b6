open Lisst
