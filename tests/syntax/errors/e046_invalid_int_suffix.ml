let timeout_ms = 250ms
