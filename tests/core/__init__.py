"""Tests of desktop/core."""
