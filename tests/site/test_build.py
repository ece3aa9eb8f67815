"""The strict build of both languages, and what it ships: engine assets, forms, no foreign URL."""

from __future__ import annotations

import html as html_text
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from client_conflict import __version__, questionnaire
from client_conflict.questionnaire import quick_path

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(
    p.relative_to(ROOT / "docs")
    for p in (ROOT / "docs").rglob("*.md")
    if not p.name.endswith(".en.md")
)


def _html_path(site: Path, page: Path, lang: str) -> Path:
    parts = page.with_suffix("").parts
    folder = site if lang == "fr" else site / "en"
    if parts[-1] == "index":
        parts = parts[:-1]
    return folder.joinpath(*parts, "index.html")


class _Resources(HTMLParser):
    """Collect every URL a page would fetch by itself (not the links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and values.get(
            "src"
        ):
            self.urls.append(values["src"] or "")
        if tag == "link" and values.get("rel") in {
            "stylesheet",
            "preload",
            "modulepreload",
            "icon",
            "preconnect",
            "dns-prefetch",
        }:
            self.urls.append(values.get("href") or "")
        if tag == "object" and values.get("data"):
            self.urls.append(values["data"] or "")


def test_every_page_is_built_in_both_languages(built_site: Path) -> None:
    for page in PAGES:
        for lang in ("fr", "en"):
            path = _html_path(built_site, page, lang)
            assert path.is_file(), path
            html = path.read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in html, path


def test_no_page_fetches_anything_from_another_origin(built_site: Path) -> None:
    for path in built_site.rglob("*.html"):
        parser = _Resources()
        parser.feed(path.read_text(encoding="utf-8"))
        foreign = [u for u in parser.urls if re.match(r"^(https?:)?//", u)]
        assert foreign == [], (path, foreign)
    # Material's own bundle names CDNs for features this site does not use (Mermaid); the e2e
    # tests check that no such request is ever made. Here: our own scripts and every stylesheet.
    ours = [
        p for p in (built_site / "assets" / "javascripts").glob("*.js") if "bundle" not in p.name
    ]
    assert len(ours) >= 5
    for path in ours:
        assert not re.search(r"https?://", path.read_text(encoding="utf-8")), path
    for path in built_site.rglob("*.css"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(url\(|@import)\s*['\"]?(https?:)?//", text), path


def test_the_engine_is_shipped_versioned_and_found_by_every_page(built_site: Path) -> None:
    wheels = list((built_site / "assets" / "engine").glob("*/client_conflict-*.whl"))
    assert [w.name for w in wheels] == [f"client_conflict-{__version__}-py3-none-any.whl"]
    runtime = json.loads(
        (ROOT / "node_modules" / "pyodide" / "package.json").read_text(encoding="utf-8")
    )
    pyodide_dir = built_site / "assets" / "pyodide" / runtime["version"]
    for name in (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    ):
        assert (pyodide_dir / name).is_file(), name
    for lang, page in (
        ("fr", built_site / "diagnostic" / "index.html"),
        ("en", built_site / "en" / "diagnostic" / "index.html"),
    ):
        html = page.read_text(encoding="utf-8")
        config = json.loads(
            re.search(
                r'<script id="cc-config" type="application/json">(.*?)</script>', html, re.S
            ).group(1)
        )
        assert config["lang"] == lang
        for key in ("wheel", "pyodide", "workerScript"):
            assert not config[key].startswith("/"), "asset URLs must be relative, for subpaths"
            assert (page.parent / config[key]).resolve().exists(), (lang, key, config[key])
        assert config["ui"]["checklist.progress"]
        assert "engine.run" not in config["ui"], "only the diagnostic page carries its strings"
        strings = re.search(
            r'<script type="application/json" data-cc-ui>(.*?)</script>', html, re.S
        )
        assert json.loads(strings.group(1))["engine.run"]


def test_the_diagnostic_form_holds_every_question_in_both_languages(built_site: Path) -> None:
    # Each question once: the quick path first, in its order, then each section's other ones.
    quick = [q.id for q in quick_path()]
    ids = quick + [q.id for s in questionnaire() for q in s.questions if q.id not in quick]
    for lang, page in (
        ("fr", built_site / "diagnostic" / "index.html"),
        ("en", built_site / "en" / "diagnostic" / "index.html"),
    ):
        html = page.read_text(encoding="utf-8")
        assert re.findall(r'data-cc-question="([a-z0-9_]+)"', html) == ids, lang
        assert 'data-engine-state="loading"' in html
        assert "<!-- client-conflict:diagnostic -->" not in html
        for section in questionnaire():
            assert str(section.title[lang]) in html_text.unescape(html), (
                lang,
                section.id,
            )


def test_the_rules_page_is_generated_from_the_engine(built_site: Path) -> None:
    for page in (
        built_site / "diagnostic" / "how-it-works" / "index.html",
        built_site / "en" / "diagnostic" / "how-it-works" / "index.html",
    ):
        html = page.read_text(encoding="utf-8")
        assert "client-conflict:rules" not in html
        assert html.count("<table>") >= 3, page


def test_each_language_has_its_own_search_index(built_site: Path) -> None:
    french = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads(
        (built_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    assert french["config"]["lang"] == ["fr"]
    assert english["config"]["lang"] == ["en"]
    for index in (french, english):
        locations = {doc["location"] for doc in index["docs"]}
        assert "steps/5-trust/" in locations
        assert not any(loc.startswith("en/") for loc in locations)
    titles = {doc["title"] for doc in english["docs"]}
    assert "5. Assess trust" in titles
    assert "5. Évaluer la confiance" not in titles


def test_language_switcher_points_at_the_same_page(built_site: Path) -> None:
    html = (built_site / "steps" / "5-trust" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="[./]*en/steps/5-trust/"[^>]*hreflang="en"', html), (
        "switcher to English"
    )
    html = (built_site / "en" / "steps" / "5-trust" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="[./]*steps/5-trust/"[^>]*hreflang="fr"', html), "switcher to French"


def test_interface_strings_exist_in_both_languages_and_are_all_used() -> None:
    catalog = json.loads((ROOT / "overrides" / "ui-strings.json").read_text(encoding="utf-8"))
    assert catalog["fr"].keys() == catalog["en"].keys()
    for key, french in catalog["fr"].items():
        english = catalog["en"][key]
        assert french.strip(), key
        assert english.strip(), key
        assert set(re.findall(r"\{(\w+)\}", french)) == set(re.findall(r"\{(\w+)\}", english)), key
    scripts = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "docs" / "assets" / "javascripts").glob("*.js")
    )
    hook = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (
            ROOT / "overrides" / "hooks" / "diagnostic.py",
            ROOT / "overrides" / "hooks" / "not_found.py",
            *(ROOT / "overrides" / "partials" / "diagnostic").glob("*.html"),
            *(ROOT / "overrides").glob("*.html"),
        )
    )
    used = set(re.findall(r'(?:say|t\(config,)\s*\(?\s*"([\w.]+)"', scripts))
    assert used, "the scripts' interface keys were found"
    assert used <= catalog["fr"].keys(), used - catalog["fr"].keys()
    for key in catalog["fr"]:
        dynamic = key.startswith(("store.", "timeline.who."))
        assert dynamic or key in scripts or key in hook, f"unused interface string {key}"


def test_the_page_writes_cases_in_the_engines_current_version() -> None:
    from client_conflict.case import FORMAT, VERSION

    store = (ROOT / "docs" / "assets" / "javascripts" / "case-store.js").read_text(encoding="utf-8")
    assert f'CASE_FORMAT = "{FORMAT}"' in store
    assert f"CASE_VERSION = {VERSION};" in store
