"""One sanitiser for text that came from a case file, used by every writer before it escapes.

A case file is untrusted: it may come from anyone, by e-mail, and its text ends up in reports
that people open in a terminal, an editor or a browser. Escaping (HTML, Markdown) deals with
markup; this module deals with the characters no escaping touches:

- C0 and C1 control characters, and DEL: ``ESC c`` resets the terminal of whoever runs ``cat``
  on a report, and other sequences move the cursor, retitle the window or rewrite what is shown.
  A carriage return can overwrite a line on screen, so ``\\r\\n`` and ``\\r`` become ``\\n``.
  Newline is kept (a narrative has paragraphs) and so is tab, which only moves to a column.
- Bidirectional formatting characters: the embeddings and overrides U+202A–U+202E, the isolates
  U+2066–U+2069, and the marks U+200E, U+200F and U+061C. They are invisible and reorder what is
  displayed, so an amount, a date or a name can read differently from what the file holds
  (the "Trojan Source" family). Text in right-to-left scripts still displays correctly without
  them: the Unicode bidirectional algorithm orders it from the letters themselves.
- The next-line control U+0085 and the line and paragraph separators U+2028 and U+2029 become
  ``\\n``, which is what they mean
  and what every reader of the file treats as a line break.
- Lone surrogates, which JSON's ``\\ud800`` escapes can produce and no UTF-8 file can hold,
  become U+FFFD.

Everything else, including emoji joiners and letters of every script, is left alone.
"""

from __future__ import annotations

import re

__all__ = ["clean_line", "clean_text", "json_safe", "shorten"]

_REMOVED = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline (\r is handled first), DEL, C1
    "\u061c\u200e\u200f"  # bidi marks: Arabic letter mark, left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
)
_REMOVE = re.compile(f"[{_REMOVED}]")
_UNSAFE_IN_JSON = re.compile(f"[{_REMOVED}\r\u2028\u2029\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Whitespace but the no-break spaces French typography puts before « : ; ! ? » and inside « ».
_BREAKING_SPACE = re.compile("[^\\S\u00a0\u202f]+")


def clean_text(text: str) -> str:
    """Return ``text`` without control or bidirectional formatting characters; keep ``\\n``, tab.

    Idempotent, and the identity on ordinary text; every writer of a report, an error message
    or a file the site builds passes user text through it.
    """
    text = _NEWLINES.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _REMOVE.sub("", text)


def clean_line(text: str) -> str:
    """Return ``text`` cleaned, on one line: each run of breaking whitespace becomes a space."""
    return _BREAKING_SPACE.sub(" ", clean_text(text)).strip()


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut to at most ``limit`` characters, ending with "…" when it was cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def json_safe(json_text: str) -> str:
    """Write every character ``clean_text`` would change as a ``\\uXXXX`` escape in JSON text.

    For JSON written with ``ensure_ascii=False``: the data stays exactly what the file holds,
    but nothing in the text can drive a terminal or reorder a line. (JSON already escapes C0
    controls; it leaves C1 controls, DEL, bidirectional characters and separators raw.) Only
    valid on JSON text, where these characters can only occur inside strings.
    """
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group(0)):04x}", json_text)
