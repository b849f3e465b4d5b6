"""robur: single-purpose virtual machines from the core of OCaml, with a live loop."""
__version__ = "0.1.0"
