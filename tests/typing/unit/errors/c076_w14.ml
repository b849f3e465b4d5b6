let f () = for i = 0 to 10 do i done
