"""Renderers: pure functions of a Document."""
