let r = ref 0;;
for i = 1 to 10 do r := !r + i done;;
!r;;
incr r;;
r;;
let i = ref 0 in while !i < 5 do incr i done; !i;;
