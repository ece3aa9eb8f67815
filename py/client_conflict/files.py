"""The single call point every downloadable file's text passes through before it is written.

The engine's shared text sanitiser (control and bidirectional characters, bounded length) is
being written elsewhere as ``client_conflict._text``; until it is merged, this keeps the same
contract with a local rule, so the merge changes this one function and nothing else.
"""

from __future__ import annotations

import unicodedata

__all__ = ["clean_file_text"]

# Bidirectional controls can make a line read differently from what it contains.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def clean_file_text(text: str) -> str:
    """Drop control and bidirectional characters from text, keeping line breaks and tabs."""
    return "".join(
        ch for ch in text if ch in "\n\t" or (unicodedata.category(ch) != "Cc" and ch not in _BIDI)
    )
