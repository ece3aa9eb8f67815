"""The report's pictures and the dossier's Markdown download, on the bakery sample (issue 11).

The dual-concern grid and the timeline strip are in the report, in their folds, each with its
title and the sentence a screen reader gets, in both languages and both palettes, with no axe
violation; on a 375 px phone nothing scrolls sideways; printed, they are visible, inside the
page's width and their labels at 10 pt or more. The dossier downloads as Markdown.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page, show_report

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TIMEOUT_MS = 90_000
# Chromium's CSS pixels are 1/96 in: 10 pt is 13.33 px (less a rounding hair).
TEN_POINTS_PX = 10 * 96 / 72 - 0.01
A4_PX = (794, 1123)

WORDS = {
    "fr": {
        "grid_title": "Les cinq styles sur la grille des deux soucis\u00a0: {style} en premier",
        "grid_text": "l'approche suggérée est {style} (",
        "axis": "Souci de votre propre résultat",
        "strip_title": "Les faits datés, du 23 juin 2026 au 26 août 2026",
        "strip_text": "4 faits datés, du 23 juin 2026 au 26 août 2026",
        "first": "23 juin 2026",
        "dossier": ("-dossier.md", "## Dossier\u00a0: Maison Bertin", "### Les faits datés"),
    },
    "en": {
        "grid_title": "The five styles on the grid of the two concerns: {style} first",
        "grid_text": "the suggested approach is {style} (",
        "axis": "Concern for your own outcome",
        "strip_title": "The dated facts, 23 June 2026 to 26 August 2026",
        "strip_text": "4 dated facts, 23 June 2026 to 26 August 2026",
        "first": "23 June 2026",
        "dossier": ("-summary.md", "## Case summary: Maison Bertin", "### The dated facts"),
    },
}

# For each picture: shown, its box, its accessible name, the scale of its labels on the page.
_MEASURE = """(selector) => {
  const figure = document.querySelector(selector);
  const svg = figure.querySelector('svg');
  const box = svg.getBoundingClientRect();
  const label = svg.querySelector('text');
  const scale = box.width / svg.viewBox.baseVal.width;
  return {
    fold: figure.closest('details').className,
    first: figure.parentElement.querySelector(':scope > :not(summary)') === figure,
    left: box.left, right: box.right, width: box.width, height: box.height,
    visible: box.width > 0 && box.height > 0 && getComputedStyle(figure).display !== 'none',
    title: svg.querySelector('title').textContent,
    label: svg.getAttribute('aria-label'),
    caption: figure.querySelector('figcaption').textContent,
    texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
    labelPx: parseFloat(getComputedStyle(label).fontSize) * scale,
    pageWidth: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""
PICTURES = {"grid": ".cc-fig-grid", "strip": ".cc-fig-strip"}


def _analyse_bakery(page: Any, base: str, lang: str) -> None:
    open_page(page, base + ("en/" if lang == "en" else "") + "diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    sample = ROOT / "examples" / ("en" if lang == "en" else "") / "bakery-logo.json"
    show_report(page, sample)
    page.locator("details.cc-fold").evaluate_all("ns => ns.forEach(n => { n.open = true; })")


def _violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page).response
    return [
        f"{v['impact']} {v['id']}: {v['help']} ({[n['target'] for n in v['nodes'][:3]]})"
        for v in response["violations"]
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_bakery_report_shows_both_pictures_on_a_phone_in_print_and_for_a_screen_reader(
    page: Any, site_server: Any, tmp_path: Path, lang: str
) -> None:
    words = WORDS[lang]
    _analyse_bakery(page, site_server.base, lang)
    result = page.locator("[data-cc-result]")
    assert result.locator("[style]").count() == 0  # the Content-Security-Policy's rule

    # On a desktop: each picture heads its fold, with its title and its sentence.
    grid = page.evaluate(_MEASURE, PICTURES["grid"])
    strip = page.evaluate(_MEASURE, PICTURES["strip"])
    assert "cc-tactic" in grid["fold"]
    assert "cc-timeline" in strip["fold"]
    assert grid["first"]
    assert strip["first"]
    # The style the report suggests (whichever the rules pick) is the one the grid marks.
    style = result.locator(".cc-tactic .cc-recommended strong").inner_text().strip()
    assert grid["title"] == grid["label"] == words["grid_title"].format(style=style)
    assert words["grid_text"].format(style=style) in grid["caption"]
    assert words["axis"] in grid["texts"]
    assert strip["title"] == strip["label"] == words["strip_title"]
    assert words["strip_text"] in strip["caption"].replace("\u00a0", " ")
    assert words["first"] in [text.replace("\u00a0", " ") for text in strip["texts"]]
    assert result.locator(".cc-fig-grid circle").count() == 5
    assert result.locator(".cc-fig-grid circle.cc-fig-current").count() == 1
    assert result.locator(".cc-fig-grid text.cc-fig-strong").text_content().startswith(style)
    # Four dated facts, and the legend's two marks (the client, me).
    assert result.locator(".cc-fig-strip .cc-fig-mark").count() == 6

    # Both palettes: the pictures raise no accessibility violation.
    for scheme in ("default", "slate"):
        page.evaluate("(s) => { document.body.dataset.mdColorScheme = s; }", scheme)
        assert _violations(page) == [], scheme

    # On a phone: nothing scrolls sideways, each picture inside the screen, labels readable.
    page.set_viewport_size({"width": 375, "height": 812})
    for name, selector in PICTURES.items():
        m = page.evaluate(_MEASURE, selector)
        assert m["scrollWidth"] <= m["pageWidth"], name
        assert m["left"] >= 0, name
        assert m["right"] <= m["pageWidth"], name
        assert m["labelPx"] >= 10, (name, m["labelPx"])

    # Printed (the whole report, folds open): visible, within the page, labels at 10 pt or more.
    page.set_viewport_size({"width": A4_PX[0], "height": A4_PX[1]})
    host = "document.querySelector('[data-cc-engine]').dataset"
    page.evaluate(f"() => {{ {host}.ccPrinting = 'report'; }}")
    page.emulate_media(media="print")
    for name, selector in PICTURES.items():
        m = page.evaluate(_MEASURE, selector)
        assert m["visible"], name
        assert m["right"] <= m["pageWidth"], name
        assert m["labelPx"] >= TEN_POINTS_PX, (name, m["labelPx"])
    pypdf = pytest.importorskip("pypdf")
    printed = "\n".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    )
    for text in (words["axis"], words["first"]):
        assert text in printed.replace("\u00a0", " ")
    page.emulate_media(media="screen")
    page.evaluate(f"() => {{ delete {host}.ccPrinting; }}")

    # The dossier for a mediator or a lawyer, as Markdown.
    suffix, title, section = words["dossier"]
    with page.expect_download() as download:
        page.locator("[data-cc-download-dossier-md]").click()
    assert download.value.suggested_filename.endswith(suffix)
    saved = tmp_path / "dossier.md"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert text.startswith(title + "\n")
    assert section in text.splitlines()
    assert "\\" not in text  # nothing in the bakery's dossier needs a backslash
    assert page.watch.errors == []
