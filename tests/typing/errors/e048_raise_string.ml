let fail_with_message msg = raise msg
let () = fail_with_message "oops"
