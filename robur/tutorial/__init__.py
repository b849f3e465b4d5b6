"""``robur tutorial``: tutorials that run step by step (issue 9)."""
