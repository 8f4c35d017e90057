"""The batch: outputs and error records, isolation (timeout, crash), resume after kill -9, manifest, OCR,
Dask and Parquet.

Worker processes import this module through the PAPERPARSE_BATCH_EXTRACT_HOOK environment variable:
`extract_hook` below hangs, aborts or dawdles on request, so the production code has no test paths.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pdfgen
import pypdfium2 as pdfium
import pytest

from paperparse.batch import find_inputs, run_batch
from paperparse.batch.progress import Progress
from paperparse.batch.worker import HOOK_ENV
from paperparse.cli import main as cli_main
from paperparse.output.json import document_to_dict
from paperparse.pipeline import extract

SLOW_ENV = "PAPERPARSE_TEST_SLOW_SECONDS"
TESTS = Path(__file__).parent


def extract_hook(data: bytes, name: str | None = None, ocr: bool = False):
    """The worker's extractor here: 'hang' sleeps forever, 'crash' aborts like a segfault, 'hog' overeats."""
    if name and "hang" in name:
        time.sleep(3600)
    if name and "crash" in name:
        os.abort()
    if name and "hog" in name:
        bytearray(8 * 1024**3)  # beyond the worker's address-space cap
    time.sleep(float(os.environ.get(SLOW_ENV, "0")))
    return extract(data, name=name, ocr=ocr)


@pytest.fixture(autouse=True)
def _hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOOK_ENV, "test_batch:extract_hook")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pdfgen.two_column_paper(tmp_path_factory.mktemp("paper") / "paper.pdf")


def _rows(out: Path) -> dict[str, tuple]:
    db = sqlite3.connect(out / "manifest.sqlite")
    try:
        query = "SELECT path, status, pages, error_type, sha256, finished_at FROM files"
        return {row[0]: row[1:] for row in db.execute(query)}
    finally:
        db.close()


def _error_type(out: Path, stem: str) -> str:
    record = json.loads((out / f"{stem}.error.json").read_text())
    assert set(record) == {"file", "error"} and record["file"] == f"{stem}.pdf"
    return record["error"]["type"]


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file except the run-dependent ones (timings)."""
    skip = {"summary.json", "manifest.sqlite", "manifest.sqlite-wal", "manifest.sqlite-shm"}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name not in skip
    }


def test_outputs_errors_manifest_and_resume(tmp_path: Path, paper: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "nested").mkdir(parents=True)
    shutil.copy(paper, src / "nested" / "good.pdf")
    pdfgen.corrupt_pdf(tmp_path / "corrupt.pdf")
    shutil.copy(tmp_path / "corrupt.pdf", src / "corrupt.pdf")
    pdfgen.encrypted_pdf(src / "locked.pdf")
    pdfgen.encrypted_pdf(src / "open.pdf", user_password="")
    pdfgen.empty_pdf(src / "blank.pdf")
    (src / "zero.pdf").write_bytes(b"")

    summary = run_batch(src, out, workers=2, ocr=False)
    assert (summary["ok"], summary["errors"], summary["skipped"]) == (3, 3, 0)
    assert summary["error_types"] == {"corrupt": 1, "empty": 1, "encrypted": 1}
    good = json.loads((out / "nested" / "good.json").read_text())
    assert good["source"]["file"] == "nested/good.pdf" and good["title"]
    assert "Confidential" in (out / "open.json").read_text()  # empty user password: opens
    assert json.loads((out / "blank.json").read_text())["source"]["pages_without_text"] == [1]
    assert _error_type(out, "corrupt") == "corrupt"
    assert _error_type(out, "locked") == "encrypted"
    assert _error_type(out, "zero") == "empty"
    assert not list(out.rglob("*.pp-tmp"))

    rows = _rows(out)
    assert set(rows) == {"nested/good.pdf", "corrupt.pdf", "locked.pdf", "open.pdf", "blank.pdf", "zero.pdf"}
    assert rows["nested/good.pdf"][:3] == ("ok", good["source"]["pages"], None)
    assert rows["nested/good.pdf"][3] == good["source"]["sha256"]
    assert rows["locked.pdf"][:3] == ("error", None, "encrypted")
    assert all(row[4] for row in rows.values())  # finished_at

    again = run_batch(src, out, workers=2, ocr=False)
    assert (again["skipped"], again["this_run"]["files"]) == (6, 0)
    # the summary of a resumed run describes the whole folder, the files done before included
    assert (again["files"], again["ok"], again["errors"]) == (6, 3, 3)
    assert again["error_types"] == summary["error_types"]
    by_file = {e["file"]: e for e in again["results"]}
    assert by_file["locked.pdf"]["error"]["type"] == "encrypted" and not by_file["locked.pdf"]["this_run"]
    assert by_file["nested/good.pdf"]["pages"] == good["source"]["pages"]
    assert by_file["nested/good.pdf"]["output"] == "nested/good"
    assert json.loads((out / "summary.json").read_text())["ok"] == 3
    retried = run_batch(src, out, workers=2, ocr=False, retry_failed=True)
    assert (retried["skipped"], retried["this_run"]["errors"], retried["errors"]) == (3, 3, 3)
    assert _rows(out).keys() == rows.keys()


def test_hang_and_crash_cost_only_their_file(
    tmp_path: Path, paper: Path, capsys: pytest.CaptureFixture
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("good", "hang", "crash", "hog"):
        shutil.copy(paper, src / f"{name}.pdf")
    started = time.monotonic()
    # the timeout leaves the good file room on a loaded machine; the bound shows the hang was cut off
    args = ["--workers", "4", "--timeout", "8", "--max-memory-mb", "1024", "--ocr", "off"]
    assert cli_main(["batch", str(src), str(out), *args]) == 0
    assert time.monotonic() - started < 30
    assert (out / "good.json").exists()
    assert _error_type(out, "hang") == "timeout"
    assert _error_type(out, "crash") == "crash"
    assert "SIGABRT" in json.loads((out / "crash.error.json").read_text())["error"]["message"]
    assert _error_type(out, "hog") == "memory"
    assert "this run: 4 files (1 ok, 3 errors)" in capsys.readouterr().out


def test_kill_9_then_rerun_equals_a_clean_run(tmp_path: Path, paper: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        shutil.copy(paper, src / f"paper{i}.pdf")
    pdfgen.corrupt_pdf(tmp_path / "corrupt.pdf")
    shutil.copy(tmp_path / "corrupt.pdf", src / "corrupt.pdf")
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    run_batch(src, clean, workers=2, ocr=False)

    env = {**os.environ, SLOW_ENV: "0.3"}
    cli = "import sys; from paperparse.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", cli, "batch", str(src), str(killed), "--workers", "2", "--ocr", "off"]
    proc = subprocess.Popen(command, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not list(killed.glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(list(killed.glob("*.json"))) < 6  # killed mid-run

    rerun = run_batch(src, killed, workers=2, ocr=False)
    assert rerun["this_run"]["files"] + rerun["skipped"] == 6
    assert (rerun["files"], rerun["ok"], rerun["errors"]) == (6, 5, 1)
    assert _outputs(killed) == _outputs(clean)
    strip = lambda rows: {k: v[:4] for k, v in rows.items()}  # noqa: E731 - finished_at differs
    assert strip(_rows(killed)) == strip(_rows(clean))


def test_inputs_from_list_file_and_glob(tmp_path: Path) -> None:
    for rel in ("a/x.pdf", "a/b/y.pdf", "c/z.pdf"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"%PDF")
    listing = tmp_path / "list.txt"
    listing.write_text("a/x.pdf\n\n# a comment\nc/z.pdf\n")
    assert [rel for _, rel in find_inputs(listing)] == ["a/x.pdf", "c/z.pdf"]
    assert [rel for _, rel in find_inputs(f"{tmp_path}/a/**/*.pdf")] == ["b/y.pdf", "x.pdf"]
    assert [rel for _, rel in find_inputs(tmp_path)] == ["a/b/y.pdf", "a/x.pdf", "c/z.pdf"]


def test_progress_is_one_final_line_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream)
    progress.update({"status": "ok", "pages": 3})
    progress.update({"status": "error"})
    progress.close()
    assert stream.getvalue().count("\n") == 1
    assert stream.getvalue().startswith("2/2 files,") and "1 errors" in stream.getvalue()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not on PATH (apt: tesseract-ocr)")
def test_ocr_of_a_scanned_page(tmp_path: Path) -> None:
    from fpdf import FPDF

    text = pdfgen.one_column_page(tmp_path / "text.pdf", "Tesseract reads scanned physics papers quite well.")
    doc = pdfium.PdfDocument(text)
    image = doc[0].render(scale=200 / 72).to_pil()
    doc.close()
    scan = FPDF(unit="pt", format=(595.28, 841.89))
    scan.add_page()
    scan.image(image, x=0, y=0, w=595.28, h=841.89)
    scan.output(str(tmp_path / "scan.pdf"))

    plain = extract(tmp_path / "scan.pdf")
    assert plain.source.pages_without_text == [1] and plain.source.ocr_pages == []
    result = extract(tmp_path / "scan.pdf", ocr=True)
    assert result.source.ocr_pages == [1]
    json_text = json.dumps(document_to_dict(result))
    for word in ("Tesseract", "scanned", "physics"):
        assert word in json_text


def test_ocr_without_tesseract_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.warns(UserWarning, match="tesseract is not on PATH"):
        doc = extract(pdfgen.empty_pdf(tmp_path / "blank.pdf"), ocr=True)
    assert doc.source.ocr_pages == []


def test_dask_local_cluster(tmp_path: Path, paper: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="dask is not installed (extra paperparse[dask])")
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(3):
        shutil.copy(paper, src / f"p{i}.pdf")
    pdfgen.corrupt_pdf(tmp_path / "corrupt.pdf")
    shutil.copy(tmp_path / "corrupt.pdf", src / "corrupt.pdf")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        summary = run_batch(src, out, engine="dask", scheduler=cluster.scheduler_address, ocr=False)
    assert (summary["ok"], summary["errors"]) == (3, 1)
    assert _error_type(out, "corrupt") == "corrupt"
    assert {row[0] for row in _rows(out).values()} == {"ok", "error"}


def test_parquet(tmp_path: Path, paper: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (extra paperparse[parquet])")
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(paper, src / "paper.pdf")
    (src / "zero.pdf").write_bytes(b"")
    assert (
        cli_main(["batch", str(src), str(out), "--ocr", "off", "--parquet", str(tmp_path / "p.parquet")]) == 0
    )
    table = pq.read_table(tmp_path / "p.parquet").to_pylist()
    assert [row["file"] for row in table] == ["paper.pdf"]
    assert table[0]["title"] and table[0]["n_authors"] >= 1
    assert json.loads(table[0]["json"])["source"]["sha256"] == table[0]["sha256"]
