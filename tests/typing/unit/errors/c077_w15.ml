let f () = while true do 1 done
