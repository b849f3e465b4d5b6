"""Typed tree → lambda: the untyped intermediate language (ir.py).

Named ``lambda_`` (PEP 8's trailing underscore) because ``lambda`` is a Python
keyword: ``from robur.lambda import ir`` would not parse.
"""
