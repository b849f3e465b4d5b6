let h = Hashtbl.create 16;;
Hashtbl.add h "one" 1;;
Hashtbl.add h "two" 2;;
Hashtbl.find h "one";;
Hashtbl.find_opt h "three";;
Hashtbl.length h;;
Hashtbl.find h "zzz";;
