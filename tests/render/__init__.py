"""Tests of factdiff.render."""
