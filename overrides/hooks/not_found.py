"""One "page not found" per language: French at the site's root, English under ``en/``.

The i18n plugin builds each language into the same folder, so the English build overwrites the
root ``404.html`` and no ``en/404.html`` is written; and the 404 template is rendered with
whatever language selector the last page left. This hook points the 404 page's language
selector at each language's home, hands the template its strings, and after each language's
build puts that language's 404 page where it belongs.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
UI_STRINGS: dict[str, dict[str, str]] = json.loads(
    (ROOT / "overrides" / "ui-strings.json").read_text(encoding="utf-8")
)
_NOT_FOUND = "404.html"
_saved: dict[str, bytes] = {}


def _i18n(config: Any) -> Any:
    return config.plugins.get("i18n")


def on_template_context(context: Any, template_name: str, config: Any) -> Any:
    if template_name != _NOT_FOUND:
        return context
    lang = config["theme"]["language"]
    homes = getattr(_i18n(config), "extra_alternate", None) or []
    if homes:
        # The i18n plugin's own list, before any page set it to that page's translations. The
        # plugin sets it as an attribute, which templates read before the item: set both.
        config["extra"]["alternate"] = copy.deepcopy(homes)
        config.extra.alternate = copy.deepcopy(homes)
    context["cc_ui"] = UI_STRINGS.get(lang, UI_STRINGS["fr"])
    context["cc_other_homes"] = [
        dict(home, text=UI_STRINGS[home["lang"]]["notfound.other_language"])
        for home in homes
        if home.get("lang") != lang and home.get("lang") in UI_STRINGS
    ]
    return context


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    built = site / _NOT_FOUND
    i18n = _i18n(config)
    default = getattr(i18n, "default_language", None) or config["theme"]["language"]
    lang = config["theme"]["language"]
    if not built.is_file():
        return
    if lang == default:
        _saved[default] = built.read_bytes()
        return
    # Another language's build wrote its page over the default one: move it to its folder.
    target = site / lang / _NOT_FOUND
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(built.read_bytes())
    if default in _saved:
        built.write_bytes(_saved[default])
