"""``robur dev``: the hot-reload loop (issue 8)."""
