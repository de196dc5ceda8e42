"""Tests of desktop/store."""
