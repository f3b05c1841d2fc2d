"""`attache` command line.

`attache extract FILE...` (or `-` for standard input) prints one JSON extraction per input, one
per line, in input order, using no services at all. `attache submit PATH...` sends articles to a
running API, with progress (see `attache_worker.submit`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import orjson

from attache_worker.submit import command as submit


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attache", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the extraction of each article as JSON")
    extract.add_argument("files", nargs="+", help="article text files; '-' reads standard input")
    extract.add_argument("--batch-size", type=int, default=None, help="articles per model batch")
    extract.add_argument(
        "--published",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the articles appeared, which relative dates ('on Sunday') count from",
    )
    extract.set_defaults(run=_run_extract)
    submit.add_parser(commands)
    return parser


def _run_extract(args: argparse.Namespace) -> int:
    try:
        texts = [_read(name) for name in args.files]
    except (OSError, UnicodeDecodeError) as error:
        print(f"attache extract: cannot read {error}", file=sys.stderr)
        return 2
    # Imported here so `attache --help` answers without loading spaCy.
    from attache_worker.extraction import extract_many

    out = sys.stdout.buffer
    days = [args.published] * len(texts)
    for extraction in extract_many(texts, batch_size=args.batch_size, published=days):
        out.write(orjson.dumps(extraction.to_dict()) + b"\n")
    out.flush()
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise OSError(f"{name}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise UnicodeDecodeError(
            error.encoding, error.object, error.start, error.end, f"{name}: not UTF-8 text"
        ) from error


if __name__ == "__main__":
    sys.exit(main())
