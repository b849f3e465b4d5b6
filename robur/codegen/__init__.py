"""Code generation backends; ``x86_64`` first."""
