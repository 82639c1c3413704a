"""Tests that need the real model: `make test-semantic` runs them, `make test` does not."""
