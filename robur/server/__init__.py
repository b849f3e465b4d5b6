"""The compile server behind the native ``robur`` front door: a warm process
that runs ``robur build`` and ``robur check`` without paying CPython's
start-up and the compiler's imports on every command (daemon.py), the wire
format it shares with launcher/robur.c (protocol.py), and the Python client
of ``robur server status|stop`` (client.py)."""
