"""Evaluation harness: scoring (`scoring`), the `paperparse eval` runner (`run.run`, `run.main`) and the
regression guard (`baseline`). Gold-corpus loaders live in `paperparse.corpora`.

Nothing is imported here, so `python -m paperparse.eval.run` works without a double import.
"""
