"""Throughput and memory of full extraction, against the floor: pypdfium2's plain text extraction.

Runs in one process on one core, so pages/s is per core. On a busy machine wall-clock rates fall with the
load, so the rate per CPU-second of this process is reported beside them. Peak RSS comes from the OS
(ru_maxrss).
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

import pypdfium2 as pdfium

from paperparse.pipeline import Timings, extract


def _floor(files: list[Path]) -> tuple[float, int]:
    """Seconds and pages for plain text extraction of every page: what no extractor can beat."""
    started = time.perf_counter()
    pages = 0
    for f in files:
        try:
            doc = pdfium.PdfDocument(f)
        except pdfium.PdfiumError:
            continue
        for page in doc:
            page.get_textpage().get_text_range()
            pages += 1
        doc.close()
    return time.perf_counter() - started, pages


def run(pdf_dir: Path, limit: int | None = None, refs_file: Path | None = None) -> dict:
    files = sorted(pdf_dir.rglob("*.pdf"))[:limit] if limit else sorted(pdf_dir.rglob("*.pdf"))
    floor_seconds, floor_pages = _floor(files)
    timings = Timings()
    started, cpu_started = time.perf_counter(), time.process_time()
    pages = docs = errors = 0
    for f in files:
        try:
            doc = extract(f, timings=timings)
        except Exception:
            errors += 1
            continue
        pages += doc.source.pages
        docs += 1
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    result = {
        "files": len(files),
        "documents": docs,
        "errors": errors,
        "pages": pages,
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 2) if seconds else 0.0,
        "pages_per_cpu_second": round(pages / cpu_seconds, 2) if cpu_seconds else 0.0,
        "pdfs_per_second": round(docs / seconds, 2) if seconds else 0.0,
        "floor_pages_per_second": round(floor_pages / floor_seconds, 2) if floor_seconds else 0.0,
        "ratio_to_floor": round(seconds / floor_seconds, 2) if floor_seconds else None,
        "stage_seconds": {k: round(v, 3) for k, v in timings.seconds.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if refs_file is not None:
        result["reference_strings_per_second"] = _reference_speed(refs_file)
    return result


def _reference_speed(refs_file: Path) -> float:
    from paperparse.references import parse_reference

    lines = [ln for ln in refs_file.read_text("utf-8").splitlines() if ln.strip()]
    parse_reference(lines[0])  # load the model outside the timing
    started = time.perf_counter()
    for i, line in enumerate(lines):
        parse_reference(line, ref_id=f"b{i}")
    return round(len(lines) / (time.perf_counter() - started), 1)


def format_table(result: dict) -> str:
    rows = [
        ("files / documents / errors", f"{result['files']} / {result['documents']} / {result['errors']}"),
        ("pages", str(result["pages"])),
        ("end to end, pages/s per core", f"{result['pages_per_second']:.1f}  (target >= 40)"),
        ("end to end, pages per CPU-second", f"{result['pages_per_cpu_second']:.1f}  (load-independent)"),
        ("end to end, PDFs/s per core", f"{result['pdfs_per_second']:.2f}"),
        ("floor (pypdfium2 plain text), pages/s", f"{result['floor_pages_per_second']:.1f}"),
        ("time / floor time", f"{result['ratio_to_floor']}x"),
        ("peak RSS, MB", f"{result['peak_rss_mb']}  (target <= 250)"),
        ("time by stage, s", json.dumps(result["stage_seconds"])),
    ]
    if "reference_strings_per_second" in result:
        rows.append(
            ("reference strings parsed/s", f"{result['reference_strings_per_second']}  (target >= 2000)")
        )
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)
