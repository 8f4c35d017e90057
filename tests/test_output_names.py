"""Output names: every input gets its own X.json / X.error.json, whatever its name; nothing is lost.

The property tests generate names with dots, spaces, accents, Korean, case variants, long names and
subfolders; a batch over them must give exactly one record per input, and a rerun must skip them all.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pdfgen
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from paperparse.batch import run_batch
from paperparse.batch.names import MAX_NAME_BYTES, OUTPUT_SUFFIXES, RESERVED, output_stems
from paperparse.cli import main as cli_main

_LETTERS = "abcxyzABCXYZ0129 .-_éüßñ한국어논문"


def _names() -> st.SearchStrategy[str]:
    """Input keys as find_inputs makes them: an optional folder, a name, a .pdf in some case."""
    base = st.text(alphabet=_LETTERS, min_size=1, max_size=24) | st.text(
        alphabet="ab.", min_size=120, max_size=230
    )
    folder = st.sampled_from(["", "sub/", "Sub/", "x.json/", "été/", "a b/c.d/"])
    suffix = st.sampled_from([".pdf", ".PDF", ".Pdf", ".error.pdf", ".pdf.pdf"])
    name = st.tuples(folder, base, suffix).map(lambda t: t[0] + t[1].strip() + t[2])
    return name.filter(lambda n: all(p not in ("", ".", "..") for p in n.split("/"))).filter(
        lambda n: len(n.rsplit("/", 1)[-1].encode()) <= 250
    )


def _claimed(stems: dict[str, str]) -> list[str]:
    return [(stem + suffix).casefold() for stem in stems.values() for suffix in OUTPUT_SUFFIXES]


@settings(max_examples=300, deadline=None)
@given(st.sets(_names(), min_size=1, max_size=12))
def test_output_names_are_distinct_and_fit(rels: set[str]) -> None:
    stems = output_stems(rels)
    assert set(stems) == rels
    files = _claimed(stems)
    assert len(files) == len(set(files))  # no two inputs share an output, even ignoring case
    folders = {
        "/".join(s.casefold().split("/")[:i]) for s in stems.values() for i in range(1, s.count("/") + 1)
    }
    assert not folders & set(files) and not RESERVED & set(files)
    assert all(len(s.rsplit("/", 1)[-1].encode()) <= MAX_NAME_BYTES for s in stems.values())
    assert output_stems(sorted(rels, reverse=True)) == stems  # the order of the inputs does not matter


@pytest.mark.parametrize(
    ("rels", "expected"),
    [
        (["2305.03393_llncsdoc.pdf", "2305.01234.pdf"], ["2305.03393_llncsdoc", "2305.01234"]),
        (["2101.00001v1.pdf", "2101.00002v1.pdf"], ["2101.00001v1", "2101.00002v1"]),
        (["a.pdf", "a.PDF"], ["a", "a.PDF"]),
        (["a.PDF", "A.pdf", "a.pdf"], ["a.PDF~1415066e", "A", "a.pdf"]),  # all three alike but for case
        (["a.pdf", "a.error.pdf"], ["a", "a.error.pdf"]),
        (["summary.pdf", "x/summary.pdf"], ["summary.pdf", "x/summary"]),
        (["my paper (v2).pdf", "Über Ähnlichkeit.pdf"], ["my paper (v2)", "Über Ähnlichkeit"]),
        (["x.pdf", "x.json/y.pdf"], ["x.pdf", "x.json/y"]),
    ],
)
def test_output_names_of_known_clashes(rels: list[str], expected: list[str]) -> None:
    assert [output_stems(rels)[r] for r in rels] == expected


def test_a_long_name_is_cut_and_tagged() -> None:
    rel = "논문" * 40 + ".pdf"
    stem = output_stems([rel])[rel]
    assert len(stem.encode()) <= MAX_NAME_BYTES and stem.startswith("논문") and "~" in stem


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        "ok": pdfgen.empty_pdf(folder / "blank.pdf").read_bytes(),
        "error": pdfgen.corrupt_pdf(folder / "corrupt.pdf").read_bytes(),
    }


def _records(out: Path) -> dict[str, Path]:
    """Every record in a batch's output folder, by the input it names."""
    records = {}
    for path in out.rglob("*.json"):
        if path.is_dir() or (path.parent == out and path.name in RESERVED):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        key = data["file"] if "error" in data else data["source"]["file"]
        assert key not in records, f"two records for {key}"
        records[key] = path
    return records


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rels=st.sets(_names(), min_size=2, max_size=8))
@example(rels={".pdf", "0.pdf"})  # a file named just ".pdf" has no Path.suffix
def test_one_batch_gives_one_record_per_input_and_a_rerun_skips_all(
    rels: set[str], pdf_bytes: dict[str, bytes]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        for i, rel in enumerate(sorted(rels)):
            path = src / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf_bytes["ok" if i % 2 else "error"])
        summary = run_batch(src, out, workers=1, ocr=False)
        assert summary["this_run"]["files"] == len(rels) and summary["files"] == len(rels)
        assert set(_records(out)) == rels
        again = run_batch(src, out, workers=1, ocr=False)
        assert (again["skipped"], again["this_run"]["files"], again["files"]) == (len(rels), 0, len(rels))


def test_extract_into_a_new_folder_keeps_every_input(
    tmp_path: Path, pdf_bytes: dict[str, bytes], capsys: pytest.CaptureFixture
) -> None:
    src = tmp_path / "in"
    (src / "b").mkdir(parents=True)
    names = ["2305.03393_x.pdf", "2305.01234.pdf", "a.pdf", "a.PDF", "b/a.pdf", "bad.pdf"]
    for name in names:
        (src / name).write_bytes(pdf_bytes["error" if name == "bad.pdf" else "ok"])
    out = tmp_path / "new" / "folder"
    assert cli_main(["extract", *(str(src / n) for n in names), "-o", str(out)]) == 1
    assert set(_records(out)) == set(names)
    assert (out / "2305.03393_x.json").exists() and (out / "bad.error.json").exists()
    err = capsys.readouterr().err
    assert "bad.pdf: corrupt: not a readable PDF" in err and "Traceback" not in err


def test_extract_a_folder_without_output_prints_json_lines(
    tmp_path: Path, pdf_bytes: dict[str, bytes], capsys: pytest.CaptureFixture
) -> None:
    for name, kind in (("one.pdf", "ok"), ("two.pdf", "ok"), ("three.pdf", "error")):
        (tmp_path / name).write_bytes(pdf_bytes[kind])
    assert cli_main(["extract", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    assert sorted(r["source"]["file"] if "source" in r else r["file"] for r in records) == [
        "one.pdf",
        "three.pdf",
        "two.pdf",
    ]


def test_extract_of_missing_and_folder_inputs_never_raises(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "empty").mkdir()
    assert cli_main(["extract", str(tmp_path / "empty")]) == 2
    assert "no PDF found" in capsys.readouterr().err
    assert cli_main(["extract", str(tmp_path / "missing.pdf")]) == 1
    assert "not-found" in capsys.readouterr().err
    assert cli_main(["extract", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "--format", "tei"]) == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_batch_of_a_missing_source_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli_main(["batch", str(tmp_path / "nowhere"), str(tmp_path / "out")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", ["extract", "batch", "serve", "eval", "train references", "train header", "train segmentation"]
)
def test_help_shows_defaults(command: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        cli_main([*command.split(), "--help"])
    assert "(default: " in capsys.readouterr().out


def test_error_messages_do_not_repeat_their_type(tmp_path: Path, pdf_bytes: dict[str, bytes]) -> None:
    from paperparse.pdf import PdfError
    from paperparse.pipeline import extract

    for make in (pdfgen.encrypted_pdf, pdfgen.corrupt_pdf):
        with pytest.raises(PdfError) as caught:
            extract(make(tmp_path / "x.pdf"))
        message = str(caught.value)
        assert not message.lower().startswith(caught.value.kind) and "Success" not in message


def test_parquet_and_robustness_runner_follow_the_names(tmp_path: Path, pdf_bytes: dict[str, bytes]) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (extra paperparse[parquet])")
    from paperparse.batch.robustness import missing_outputs

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("2305.03393_x.pdf", "2305.01234.pdf", "a.pdf", "a.PDF"):
        (src / name).write_bytes(pdf_bytes["ok"])
    parquet = tmp_path / "p.parquet"
    assert cli_main(["batch", str(src), str(out), "--ocr", "off", "--parquet", str(parquet)]) == 0
    table = pq.read_table(parquet).to_pylist()
    assert sorted(row["file"] for row in table) == ["2305.01234.pdf", "2305.03393_x.pdf", "a.PDF", "a.pdf"]
    assert missing_outputs(src, out) == []
