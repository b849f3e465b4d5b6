"""The interactive toplevel (issue 7)."""
