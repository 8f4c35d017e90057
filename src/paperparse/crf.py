"""What every CRF model unit shares: a tagger per thread, deterministic training, and its dev scores.

The units themselves (references, header labeller) own their features, labels and model files.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pycrfsuite

from paperparse.command_help import DefaultsHelpFormatter

_local = threading.local()


def tagger(path: Path) -> pycrfsuite.Tagger:
    """A Tagger per thread and model path: pycrfsuite taggers keep state between calls, so are not shared."""
    cache: dict[Path, pycrfsuite.Tagger] = _local.__dict__.setdefault("taggers", {})
    found = cache.get(path)
    if found is None:
        found = pycrfsuite.Tagger()
        found.open(str(path))
        cache[path] = found
    return found


def fit(sequences: Sequence[tuple[Sequence, Sequence[str]]], path: Path, params: dict) -> None:
    """Train on (features, labels) sequences and write the model to `path`.

    Deterministic: L-BFGS over the sequences in the order given.
    """
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn}


def format_scores(name: str, scores: dict[str, dict[str, float]], column: str = "field") -> str:
    """A small fixed-width table for the terminal and for reports."""
    lines = [name, f"{column:<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for key, s in scores.items():
        lines.append(f"{key:<12}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{int(s['support']):7d}")
    return "\n".join(lines)


def training_command(
    argv: list[str] | None,
    *,
    unit: str,
    default_out: Path,
    train: Callable[..., int],
    report: Callable[[Path, Path], None],
    flags: dict[str, str] | None = None,
) -> int:
    """The `paperparse train UNIT` command: train on ../shared (unless --eval-only), then print dev scores.

    `train(corpora, out, **options)` returns how many training sequences it used, with `options` the unit's
    own on/off `flags` (name → help, given as --name); `report(corpora, model)` prints.
    """
    ap = argparse.ArgumentParser(
        prog=f"paperparse train {unit}",
        description=f"Rebuild the {unit} model.",
        formatter_class=DefaultsHelpFormatter,
    )
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    ap.add_argument("--out", type=Path, default=default_out, help="model file to write")
    ap.add_argument("--eval-only", action="store_true", help="score --out without retraining")
    for name, help_text in (flags or {}).items():
        ap.add_argument(f"--{name.replace('_', '-')}", dest=name, action="store_true", help=help_text)
    args = ap.parse_args(argv)
    corpora = args.shared / "corpora"
    if not args.eval_only:
        t0 = time.perf_counter()
        n = train(corpora, args.out, **{name: getattr(args, name) for name in flags or {}})
        size = args.out.stat().st_size / 1e6
        print(f"trained on {n} sequences in {time.perf_counter() - t0:.0f}s -> {args.out} ({size:.2f} MB)")
    report(corpora, args.out)
    return 0
