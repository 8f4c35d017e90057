"""Regression guard: a few key metrics of a run, stored in `eval/baseline.json` and checked in CI.

Only F1 under the most tolerant text matching (Ratcliff/Obershelp) and DocBank's token F1 are kept:
enough to catch a real regression, few enough that a baseline diff stays readable in review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KEY_MATCHINGS = ("ratcliff", "token")


def flatten(results: dict[str, Any]) -> dict[str, float]:
    """Every "corpus.field.matching.f1" of the key matchings, for fields the gold actually has."""
    flat = {}
    for corpus, result in results["corpora"].items():
        for field, by_matching in result.get("fields", {}).items():
            for matching in KEY_MATCHINGS:
                metrics = by_matching.get(matching)
                if metrics and metrics["gold"]:
                    flat[f"{corpus}.{field}.{matching}.f1"] = metrics["f1"]
    return flat


def write(results: dict[str, Any], baseline_path: Path) -> None:
    """Record the key metrics; the quick flag is kept because quick and full runs are not comparable."""
    baseline_path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"quick": results["quick"], "metrics": dict(sorted(flatten(results).items()))}
    baseline_path.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")


def check(results: dict[str, Any], baseline_path: Path, tolerance: float = 0.01) -> list[str]:
    """Metrics below baseline minus tolerance, or missing (a skipped corpus must not pass silently)."""
    stored = json.loads(baseline_path.read_text("utf-8"))
    if stored.get("quick") != results["quick"]:
        return [f"baseline quick={stored.get('quick')} but this run quick={results['quick']}: not comparable"]
    current = flatten(results)
    regressions = []
    for name, value in stored["metrics"].items():
        if name not in current:
            regressions.append(f"{name}: missing (baseline {value:.4f})")
        elif current[name] < value - tolerance:
            regressions.append(f"{name}: {current[name]:.4f} < baseline {value:.4f} - {tolerance}")
    return regressions
