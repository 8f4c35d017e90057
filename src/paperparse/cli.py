"""The `paperparse` command: extract, batch, refs, eval, bench, train."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from paperparse import __version__
from paperparse.command_help import DefaultsHelpFormatter

FORMATS = ("json", "tei", "md", "csv", "labels")
_SUFFIXES = {"json": ".json", "tei": ".tei.xml", "md": ".md", "csv": ".csv"}


def _render(fmt: str, doc: Any, one_line: bool) -> str:
    from paperparse.output.csv import tables_to_csv
    from paperparse.output.json import to_json
    from paperparse.output.markdown import to_markdown
    from paperparse.output.tei import to_tei

    if fmt == "json":
        return to_json(doc, indent=None if one_line else 2)
    if fmt == "csv":
        return tables_to_csv(doc)
    return to_tei(doc) if fmt == "tei" else to_markdown(doc)


def _write_tables(folder: Path, stem: str, doc: Any) -> None:
    """`--tables-dir`: FOLDER/<stem>.<table id>.csv for every table with content (cells or lines)."""
    from paperparse.batch.worker import write_atomic
    from paperparse.output.csv import table_file_name, table_to_csv

    for table in doc.tables:
        if table.content is not None:
            write_atomic(folder / table_file_name(stem, table), table_to_csv(table.content))


def _extract_one(pdf: Path, key: str) -> tuple[Any, dict[str, Any] | None]:
    """The document, or the error record of a file that could not be read (never an exception)."""
    from paperparse.pipeline import extract

    return _read_one(lambda path: extract(path, name=key), pdf, key)


def _read_one(read: Any, pdf: Path, key: str) -> tuple[Any, dict[str, Any] | None]:
    """`read(pdf)`, or the error record of a file that could not be read (never an exception)."""
    from paperparse.pdf import PdfError

    try:
        return read(pdf), None
    except PdfError as exc:
        kind, message = exc.kind, str(exc)
    except FileNotFoundError:
        kind, message = "not-found", "no such file"
    except IsADirectoryError:
        kind, message = "not-a-file", "a folder, not a PDF file"
    except OSError as exc:
        kind, message = "unreadable", exc.strerror or str(exc)
    except Exception as exc:  # one bad file must not stop the others
        kind, message = "internal", f"{type(exc).__name__}: {exc}"
    return None, {"file": key, "error": {"type": kind, "message": message}}


def _say_error(record: dict[str, Any]) -> None:
    print(
        f"paperparse extract: {record['file']}: {record['error']['type']}: {record['error']['message']}",
        file=sys.stderr,
    )


def _extract_inputs(names: list[str]) -> list[tuple[Path, str]]:
    """The files named and the PDFs inside named folders, keyed by their path below their common folder."""
    from paperparse.batch import keyed, pdfs_in

    paths: list[Path] = []
    for name in names:
        path = Path(name)
        paths += pdfs_in(path) if path.is_dir() else [path]
    return keyed(paths)


def _cmd_extract(args: argparse.Namespace) -> int:
    from paperparse.batch.names import output_stems
    from paperparse.batch.worker import output_path, write_atomic

    if args.format == "labels":
        return _cmd_labels(args)
    inputs = _extract_inputs(args.pdf)
    if not inputs:
        print(f"paperparse extract: no PDF found in {' '.join(args.pdf)}", file=sys.stderr)
        return 2
    several = len(inputs) > 1 or any(Path(name).is_dir() for name in args.pdf)
    out = Path(args.output) if args.output else None
    to_folder = out is not None and (several or out.is_dir() or args.output.endswith(("/", os.sep)))
    if several and out is None and args.format == "tei":
        print("paperparse extract: several PDFs as TEI need -o FOLDER (one XML file each)", file=sys.stderr)
        return 2
    suffix = _SUFFIXES[args.format]
    stems = output_stems((key for _, key in inputs), (suffix, ".error.json"))
    status = 0
    for i, (pdf, key) in enumerate(inputs):
        doc, error = _extract_one(pdf, key)
        if error is not None:
            status = 1
            _say_error(error)
        elif args.tables_dir:
            _write_tables(Path(args.tables_dir), stems[key], doc)
        if out is not None and to_folder:
            if error is None:
                write_atomic(output_path(out, stems[key], suffix), _render(args.format, doc, False) + "\n")
                output_path(out, stems[key], ".error.json").unlink(missing_ok=True)
            else:
                write_atomic(
                    output_path(out, stems[key], ".error.json"), json.dumps(error, ensure_ascii=False)
                )
        elif out is not None:
            if error is None:
                write_atomic(out, _render(args.format, doc, False) + "\n")
        elif several and args.format == "json":  # JSON Lines: one document or error record per input
            print(json.dumps(error, ensure_ascii=False) if error else _render("json", doc, True), flush=True)
        elif error is None:
            if several and args.format == "csv":  # CSV has comment lines, not separators
                print(f"# file: {key}")
            elif several and i:
                print("\n---\n")
            print(_render(args.format, doc, False), flush=True)
    return status


def _cmd_labels(args: argparse.Namespace) -> int:
    """`--format labels`: the segmentation model's label and score for every line (TSV), so a part that was
    found or missed can be traced to its lines; several PDFs each open with a `# file` line."""
    from paperparse.layout import analyze
    from paperparse.pdf import read_pdf
    from paperparse.segmentation import label_lines, labels_tsv

    inputs = _extract_inputs(args.pdf)
    status = 0
    chunks = []
    for pdf, key in inputs:
        table, error = _read_one(lambda path: labels_tsv(label_lines(analyze(read_pdf(path)))), pdf, key)
        if error is not None:
            _say_error(error)
            status = 1
            continue
        chunks.append(f"# {key}\n{table}" if len(inputs) > 1 else table)
    text = "\n".join(chunks)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return status


def _cmd_batch(args: argparse.Namespace) -> int:
    from paperparse.batch.command import run

    return run(args)


def _cmd_refs(args: argparse.Namespace) -> int:
    from paperparse.output.json import reference_to_dict
    from paperparse.references import parse_reference

    for i, line in enumerate(sys.stdin):
        line = line.strip()
        if line:
            print(json.dumps(reference_to_dict(parse_reference(line, ref_id=f"b{i}")), ensure_ascii=False))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from paperparse.service import serve
    except ImportError as exc:
        print(
            f"paperparse serve needs the service extra: pip install 'paperparse[service]' ({exc})",
            file=sys.stderr,
        )
        return 2
    serve(
        args.host,
        args.port,
        max_upload_mb=args.max_upload_mb,
        timeout=args.timeout,
        max_concurrency=args.max_concurrency,
        upload_timeout=args.upload_timeout,
        max_uploads=args.max_uploads,
        queue_timeout=args.queue_timeout,
        max_queue=args.max_queue,
    )
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from paperparse.bench import format_table, run

    result = run(Path(args.dir), args.limit, Path(args.refs) if args.refs else None)
    print(format_table(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0


def _cmd_eval(rest: list[str]) -> int:
    from paperparse.eval.run import main as eval_main

    return eval_main(rest)


def _cmd_train(rest: list[str]) -> int:
    if not rest or rest[0] not in ("references", "header", "segmentation", "affiliations"):
        print(
            "usage: paperparse train {references,header,segmentation,affiliations} [options]"
            "  (the model units that can be trained)"
        )
        return 2
    if rest[0] == "header":
        from paperparse.header.labeller.train import main as train_main
    elif rest[0] == "segmentation":
        from paperparse.segmentation.train import main as train_main
    elif rest[0] == "affiliations":
        from paperparse.header.affiliation_parser.train import main as train_main
    else:
        from paperparse.train.printed_references import main as train_main

    return train_main(rest[1:])


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # eval and train own their options; hand them everything after the sub-command
    if argv and argv[0] == "eval":
        return _cmd_eval(argv[1:])
    if argv and argv[0] == "train":
        return _cmd_train(argv[1:])
    parser = argparse.ArgumentParser(prog="paperparse", description="Scholarly PDFs to structured data.")
    parser.add_argument("--version", action="version", version=f"paperparse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    shows_defaults = {"formatter_class": DefaultsHelpFormatter}

    p = sub.add_parser("extract", help="PDF(s) → JSON (schema paperparse/1)", **shows_defaults)
    p.add_argument("pdf", nargs="+", help="PDF files or folders of PDFs; several without -o: JSON Lines")
    p.add_argument(
        "-o",
        "--output",
        help="output file; a folder (created if needed) for several PDFs, a folder or a path ending in /: "
        "X.pdf gives FOLDER/X.json (X.tei.xml, X.md) or X.error.json",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="JSON, GROBID-style TEI, Markdown, the tables as CSV (each after a '# id: caption' line) "
        "or line labels (TSV)",
    )
    p.add_argument(
        "--tables-dir",
        help="also write every table as FOLDER/X.<table id>.csv (X as for -o; spans leave empty fields)",
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser(
        "batch", help="PDFs (directory, glob or list file) → OUT_DIR/X.json or X.error.json", **shows_defaults
    )
    from paperparse.batch.command import add_arguments as add_batch_arguments

    add_batch_arguments(p)
    p.set_defaults(func=_cmd_batch)

    p = sub.add_parser("refs", help="reference strings on stdin, one per line → JSON lines", **shows_defaults)
    p.set_defaults(func=_cmd_refs)

    p = sub.add_parser(
        "serve", help="HTTP service: GROBID-compatible /api, JSON /v1, a viewer at /", **shows_defaults
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (loopback: this machine only)")
    p.add_argument("--port", type=int, default=8070, help="port to listen on (8070 is GROBID's)")
    p.add_argument("--max-upload-mb", type=float, default=50.0, help="larger uploads get 413")
    p.add_argument(
        "--upload-timeout",
        type=float,
        default=60.0,
        help="seconds to receive a whole upload, else 408 and the connection is closed",
    )
    p.add_argument("--max-uploads", type=int, default=32, help="uploads received at once; more get 503")
    p.add_argument(
        "--timeout", type=float, default=120.0, help="seconds of extraction per request before 504"
    )
    p.add_argument(
        "--max-concurrency", type=int, help="worker processes, one request each (None: one per CPU)"
    )
    p.add_argument(
        "--queue-timeout",
        type=float,
        default=5.0,
        help="seconds a request waits for a free worker, then 503 + Retry-After",
    )
    p.add_argument(
        "--max-queue",
        type=int,
        help="requests that may wait for a worker; more get 503 (None: 4 per worker)",
    )
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser(
        "bench", help="pages/s, PDFs/s and peak RSS against the pypdfium2 floor", **shows_defaults
    )
    p.add_argument("dir")
    p.add_argument("--limit", type=int, help="only the first N PDFs")
    p.add_argument("--refs", help="a file of reference strings, one per line, to time the parser")
    p.add_argument("--json", help="write the result here")
    p.set_defaults(func=_cmd_bench)

    sub.add_parser("eval", help="per-field P/R/F1 on ../shared (see `paperparse eval --help`)")
    sub.add_parser("train", help="rebuild a model from ../shared: `paperparse train references`")

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `paperparse extract x.pdf | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
