let () = Utilities.log "starting"
