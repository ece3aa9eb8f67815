"""Make every Markdown table readable on a phone, and give row-headed tables their row headers.

A table of three columns or more gets ``data-cc-cards`` and each body cell the text of its
column's header as ``data-label``; ``guide.css`` then stacks each row as a card on a narrow
screen, so no row needs sideways scrolling. A table whose top-left header is empty has its first
column as row headers: that cell becomes a plain cell and the first cell of each row a
``<th scope="row">``, so no header is empty and each row is named.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree  # noqa: N813  # the name Python-Markdown uses
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

MIN_COLUMNS = 3


def _text(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


class _TableCards(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None:
                continue
            headers = [_text(cell) for cell in head]
            row_headed = len(headers) > 1 and not headers[0]
            if row_headed:
                head[0].tag = "td"
            cards = len(headers) >= MIN_COLUMNS
            if cards:
                table.set("data-cc-cards", "")
            for row in table.iterfind("tbody/tr"):
                for index, cell in enumerate(row):
                    if row_headed and index == 0:
                        cell.tag = "th"
                        cell.set("scope", "row")
                    elif cards and index < len(headers) and headers[index]:
                        cell.set("data-label", headers[index])


class TableCardsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  # Python-Markdown's name
        # After the inline patterns (priority 20), so header text is final.
        md.treeprocessors.register(_TableCards(md), "cc_table_cards", 5)


def on_config(config: Any) -> Any:
    extensions = config["markdown_extensions"]
    if not any(isinstance(e, TableCardsExtension) for e in extensions):
        extensions.append(TableCardsExtension())
    return config
