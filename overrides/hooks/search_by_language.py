"""Give each language its own search index, so a reader searches the pages of their language only.

The i18n plugin writes one index for the whole site, and Material loads it from
``<config.base>/search/search_index.json``. This hook splits that index by language (English
entries, under ``en/``, go to ``en/search/search_index.json`` with the prefix taken off), and points
``config.base`` of each English page at the English root, where its index now is. Material uses
``config.base`` only to find the index and to resolve result links (instant navigation and the
version selector are off), so nothing else moves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _languages(config: Any) -> tuple[str, list[str]]:
    """The default language and the others, from the i18n plugin's settings."""
    i18n = config["plugins"]["i18n"].config
    default = next(lang.locale for lang in i18n.languages if lang.default)
    others = [lang.locale for lang in i18n.languages if not lang.default and lang.build]
    return default, others


def on_post_page(output: str, page: Any, config: Any) -> str:
    _, others = _languages(config)
    locale = next((lang for lang in others if page.url.startswith(f"{lang}/")), None)
    if locale is None:
        return output

    def rebase(match: re.Match[str]) -> str:
        settings = json.loads(match.group(2))
        settings["base"] = f"{settings['base']}/{locale}/"
        return match.group(1) + json.dumps(settings) + match.group(3)

    return _CONFIG.sub(rebase, output, count=1)


# After the i18n plugin (priority -100), which writes the whole site's index last.
@event_priority(-200)
def on_post_build(config: Any) -> None:
    default, others = _languages(config)
    root = Path(config["site_dir"]) / "search" / "search_index.json"
    if not root.is_file():
        return
    index = json.loads(root.read_text(encoding="utf-8"))
    docs = index["docs"]
    for locale in others:
        prefix = f"{locale}/"
        own = [
            {**doc, "location": doc["location"][len(prefix) :]}
            for doc in docs
            if doc["location"].startswith(prefix)
        ]
        target = Path(config["site_dir"]) / locale / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        config_for = {**index["config"], "lang": [locale]}
        target.write_text(json.dumps({"config": config_for, "docs": own}), encoding="utf-8")
    rest = [d for d in docs if not d["location"].startswith(tuple(f"{o}/" for o in others))]
    fr_config = {**index["config"], "lang": [default]}
    root.write_text(json.dumps({"config": fr_config, "docs": rest}), encoding="utf-8")
