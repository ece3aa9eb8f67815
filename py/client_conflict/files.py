"""The single call point every downloadable file's text passes through before it is written."""

from __future__ import annotations

from ._text import clean_text

__all__ = ["clean_file_text"]


def clean_file_text(text: str) -> str:
    """Drop control and bidirectional characters from text, keeping line breaks and tabs."""
    return clean_text(text)
