"""One module per ``robur`` subcommand; each has ``main(argv) -> int``."""
