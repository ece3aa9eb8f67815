"""Append the glossary's abbreviations, in the page's own language, to every page.

pymdownx.snippets' auto_append takes one file for the whole site; the tooltips must follow the
page's language, so this hook appends the matching snippet instead.
"""

from __future__ import annotations

from typing import Any

_SNIPPET = '\n\n--8<-- "abbreviations.{locale}.md"\n'


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    locale = getattr(page.file, "locale", None) or config.theme["language"]
    return markdown + _SNIPPET.format(locale=locale)
