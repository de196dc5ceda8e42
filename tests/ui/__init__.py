"""Tests of desktop/ui."""
