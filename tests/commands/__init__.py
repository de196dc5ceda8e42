"""Tests of desktop/commands and desktop/cli.py (the command line)."""
