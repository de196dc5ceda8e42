"""Tests of desktop/exchange."""
