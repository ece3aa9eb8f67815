"""The command line: report, validate, schema, example. Bad input: one line on stderr, status 2."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import NoReturn

from . import i18n
from ._text import clean_line, json_safe, shorten
from .assessment import assess
from .case import load_case, parse_day
from .errors import CaseError
from .examples import example_case
from .render import render_html, render_markdown, render_text
from .schema import case_schema

__all__ = ["main"]

_USAGE_ERROR = 2


class _UsageError(Exception):
    """An argparse error, carried out of the parser so main can print it on one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="client-conflict", description="Assess a difficult client case.")
    parser.add_argument("--version", action="store_true", help="print the engine version")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    report = commands.add_parser("report", help="print the assessment of a case file")
    report.add_argument("case", help="case file (JSON), or - for standard input")
    report.add_argument("--lang", default="en", help="fr or en (default: en)")
    report.add_argument("--format", default="text", choices=("md", "html", "json", "text"))
    report.add_argument("--today", default="", help="date of the plan, YYYY-MM-DD")
    report.add_argument("--base-url", default="", help="URL prefix of the guide's links")
    validate = commands.add_parser("validate", help="check a case file")
    validate.add_argument("case", help="case file (JSON), or - for standard input")
    validate.add_argument("--lang", default="en", help="fr or en (default: en)")
    commands.add_parser("schema", help="print the JSON Schema of case files")
    example = commands.add_parser("example", help="print a sample case file")
    example.add_argument("--lang", default="en", help="fr or en (default: en)")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(1_048_577)
    try:
        with Path(path).open("rb") as handle:
            # One byte more than the limit is enough to know the file is too large.
            return handle.read(1_048_577)
    except OSError:
        raise CaseError("", "unreadable", found=path) from None


def _today(text: str) -> dt.date:
    # Without --today, the reader's own calendar day is what they mean.
    return parse_day(text, "--today") if text else dt.date.today()  # noqa: DTZ011


def _run(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "en")
    if lang not in i18n.LANGS:
        raise CaseError("--lang", "bad_lang", found=lang)
    if args.command == "schema":
        print(json_safe(json.dumps(case_schema(), indent=2, ensure_ascii=False)))
    elif args.command == "example":
        print(json_safe(json.dumps(example_case(lang), indent=2, ensure_ascii=False)))
    elif args.command == "validate":
        case = load_case(_read(args.case), today=_today(""))
        print(i18n.t(lang, "cli.valid", entries=len(case.timeline), answers=len(case.answers)))
    else:
        today = _today(args.today)
        case = load_case(_read(args.case), today=today)
        assessment = assess(case, lang, today=today)
        if args.format == "json":
            print(json_safe(json.dumps(assessment.to_dict(), indent=2, ensure_ascii=False)))
        elif args.format == "md":
            print(render_markdown(assessment, args.base_url), end="")
        elif args.format == "html":
            print(render_html(assessment, args.base_url))
        else:
            print(render_text(assessment), end="")
    return 0


def _lang_of(argv: list[str]) -> str:
    """Find --lang before parsing, so even argument errors speak the reader's language."""
    for index, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in i18n.LANGS:
            return value
    return "en"


_MAX_ERROR_LINE = 500


def _fail(message: str) -> int:
    # One short, clean line: an argument echoed by the parser may be long or hostile.
    print(shorten(clean_line(message), _MAX_ERROR_LINE), file=sys.stderr)
    return _USAGE_ERROR


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    lang = _lang_of(argv)
    try:
        args = _parser().parse_args(argv)
        if args.version:
            from . import __version__  # noqa: PLC0415  # read at call time: the package sets it last

            print(__version__)
            return 0
        if args.command is None:
            raise _UsageError(i18n.t(lang, "cli.no_command"))
        return _run(args)
    except _UsageError as error:
        return _fail(i18n.t(lang, "cli.usage", detail=str(error)))
    except CaseError as error:
        return _fail(error.message(lang))
    except RecursionError:
        return _fail(CaseError("", "too_deep", limit=10).message(lang))
    except MemoryError:
        return _fail(CaseError("", "too_large", size="?", limit=1_048_576).message(lang))
    except KeyboardInterrupt:
        return _fail(i18n.t(lang, "cli.interrupted"))
    except BrokenPipeError:
        return 0
    except Exception:  # the edge: never a traceback, always one line
        return _fail(i18n.t(lang, "error.internal"))
