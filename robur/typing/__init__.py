"""The type checker: OCaml 4.13's typing of the core language and modules,
incremental per unit.  Entry points: ``Checker`` (the incremental state),
``main_check`` (``robur check``), ``initial_env``."""
from .checker import Checker
from .driver import main_check
from .stdlib_env import initial_env

__all__ = ["Checker", "main_check", "initial_env"]
