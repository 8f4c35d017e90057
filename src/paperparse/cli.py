"""The `paperparse` command: extract, batch, refs, eval, bench, train."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from paperparse import __version__

FORMATS = ("json", "tei", "md", "labels")


def _cmd_extract(args: argparse.Namespace) -> int:
    from paperparse.output.json import to_json
    from paperparse.output.markdown import to_markdown
    from paperparse.output.tei import to_tei
    from paperparse.pdf import PdfError
    from paperparse.pipeline import extract

    renderers = {"json": (to_json, ".json"), "tei": (to_tei, ".tei.xml"), "md": (to_markdown, ".md")}
    if args.format == "labels":
        render, suffix = None, ".labels.tsv"
    else:
        render, suffix = renderers[args.format]
    status = 0
    for pdf in args.pdf:
        try:
            text = render(extract(pdf)) if render else _line_labels(pdf)
        except (PdfError, FileNotFoundError) as exc:
            kind = getattr(exc, "kind", "not-found")
            print(
                json.dumps({"file": str(pdf), "error": {"type": kind, "message": str(exc)}}), file=sys.stderr
            )
            status = 1
            continue
        if args.output:
            out = Path(args.output)
            if len(args.pdf) > 1 or out.is_dir():
                out.mkdir(parents=True, exist_ok=True)
                out = out / (Path(pdf).stem + suffix)
            out.write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
    return status


def _line_labels(pdf: str) -> str:
    """The segmentation model's label and score for every line: why a part was found or missed."""
    from paperparse.layout import analyze
    from paperparse.pdf import read_pdf
    from paperparse.segmentation import label_lines, labels_tsv

    return labels_tsv(label_lines(analyze(read_pdf(pdf))))


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
    serve(args.host, args.port, args.max_upload_mb, args.timeout, args.max_concurrency)
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
    if not rest or rest[0] not in ("references", "header", "segmentation"):
        print(
            "usage: paperparse train {references,header,segmentation} [options]  (the model units that can be trained)"
        )
        return 2
    if rest[0] == "header":
        from paperparse.header.labeller.train import main as train_main
    elif rest[0] == "segmentation":
        from paperparse.segmentation.train import main as train_main
    else:
        from paperparse.references.train import main as train_main

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

    p = sub.add_parser("extract", help="PDF(s) → JSON (schema paperparse/1)")
    p.add_argument("pdf", nargs="+")
    p.add_argument("-o", "--output", help="output file, or a directory for several PDFs")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("batch", help="PDFs (directory, glob or list file) → OUT_DIR/X.json or X.error.json")
    from paperparse.batch.command import add_arguments as add_batch_arguments

    add_batch_arguments(p)
    p.set_defaults(func=_cmd_batch)

    p = sub.add_parser("refs", help="reference strings on stdin, one per line → JSON lines")
    p.set_defaults(func=_cmd_refs)

    p = sub.add_parser("serve", help="HTTP service: GROBID-compatible /api, JSON /v1, a viewer at /")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=8070, help="GROBID's port by default")
    p.add_argument("--max-upload-mb", type=float, default=50.0, help="larger uploads get 413")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per request before 504")
    p.add_argument(
        "--max-concurrency", type=int, help="worker processes; more requests get 503 (default: CPUs)"
    )
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("bench", help="pages/s, PDFs/s and peak RSS against the pypdfium2 floor")
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
