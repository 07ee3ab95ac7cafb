"""Subcommands of `python -m wsislens`, one module each."""
