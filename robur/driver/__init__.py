"""robur.driver: whole programs — a project on disk (project.py) built into
an image or executable (build.py).  Shared by ``robur build`` and ``robur
run``."""
