"""Drop the head's ``<link rel="alternate" hreflang>`` tags; keep the language selector as it is.

The i18n plugin points both the selector and these head links at the same page in the other
language. Material's script reads the head links and fetches ``sitemap.xml`` next to each, which
404s for every page but the home page (and, when a lookup fails, it would send the reader to the
language's home page instead). The selector's own links already land on the same page, and the
i18n sitemap lists every page's alternates for search engines, so the head links only cost errors.
"""

from __future__ import annotations

import re
from typing import Any

_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, page: Any, config: Any) -> str:
    head, separator, body = output.partition("</head>")
    return _HEAD_ALTERNATE.sub("", head) + separator + body


def on_post_template(output: str, template_name: str, config: Any) -> str:
    # The 404 page is a theme template, not a page: the same head links, the same failed fetches.
    return on_post_page(output, None, config) if template_name == "404.html" else output
