"""Tests of robur/vm: the control channel (format and live VM)."""
