"""Each letter of the report: "Copy", "Download as text" and "Print this letter" (issue 9).

The text copied and downloaded is the engine's own text of the letter, in the letter's language
(a New York demand letter is in US English on the French site); printing shows that letter and
nothing else; the buttons are real buttons, reached with the keyboard, axe-clean, and fit a
375 px screen.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py"))

from tests.e2e.ready import open_page  # noqa: E402

from client_conflict.browser import evaluate  # noqa: E402

ENGINE_TIMEOUT_MS = 90_000
FILE_KIND = {
    "fr": {"reminder": "relance", "final_notice": "mise-en-demeure"},
    "en": {"reminder": "reminder", "final_notice": "final-notice"},
}
LABELS = {
    "fr": ("Copier", "Télécharger en texte", "Imprimer ce courrier"),
    "en": ("Copy", "Download as text", "Print this letter"),
}


def _analyse(page: Any, base: str, lang: str, example: str) -> None:
    open_page(page, base + ("en/" if lang == "en" else "") + "diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    path = ROOT / "examples" / ("en" if lang == "en" else "") / example
    page.locator("[data-cc-import]").set_input_files(str(path))
    page.locator(".cc-incident").first.wait_for(timeout=30_000)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)
    page.locator("details.cc-letters").evaluate("fold => { fold.open = true; }")


def _engine_letters(page: Any, lang: str, example: str, day: str) -> dict[str, dict[str, Any]]:
    """The letters the engine writes for the case the page holds, on the page's day."""
    case = page.evaluate(
        """() => {
          const store = JSON.parse(localStorage.getItem(
            Object.keys(localStorage).find((k) => k.endsWith("client-conflict.store.v1"))));
          return store.cases[store.active];
        }"""
    )
    answer = json.loads(evaluate(json.dumps(case), lang, day))
    assert answer["ok"], answer
    return {letter["kind"]: letter for letter in answer["assessment"]["law"]["letters"]}


def _visible_text(page: Any) -> str:
    """Every text the page renders, in order, whitespace collapsed."""
    text = page.evaluate(
        """() => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!node.textContent.trim() || parent.closest("script, style, noscript")) continue;
            const shown = { visibilityProperty: true, opacityProperty: true };
            if (!parent.checkVisibility(shown)) continue;
            const box = parent.getBoundingClientRect();
            if (box.width < 2 || box.height < 2) continue;  // visually hidden, for screen readers
            out.push(node.textContent);
          }
          return out.join(" ");
        }"""
    )
    return re.sub(r"\s+", " ", text).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(
    ("example", "letter_lang"),
    [("legal-fr-business.json", "fr"), ("legal-new-york.json", "en")],
)
def test_copy_download_and_print_each_letter(
    page: Any, context: Any, site_server: Any, example: str, letter_lang: str
) -> None:
    lang = "fr"  # the French site: a New York letter is still in US English
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server.origin)
    _analyse(page, site_server.base, lang, example)
    bars = page.locator(".cc-letter-actions")
    assert bars.count() == 2
    client = "atelier-brun" if "fr-business" in example else None
    day = None
    for kind in ("reminder", "final_notice"):
        bar = page.locator(f".cc-letter-actions[data-cc-letter={kind}]")
        assert bar.get_attribute("role") == "group"
        buttons = bar.locator("button")
        assert [buttons.nth(i).inner_text() for i in range(3)] == list(LABELS[lang])
        assert all(buttons.nth(i).get_attribute("type") == "button" for i in range(3))

        with page.expect_download() as info:
            bar.locator("[data-cc-letter-action=download]").click()
        download = info.value
        match = re.fullmatch(
            rf"([a-z0-9-]+)-{FILE_KIND[lang][kind]}-(\d{{4}}-\d{{2}}-\d{{2}})\.txt",
            download.suggested_filename,
        )
        assert match, download.suggested_filename
        if client:
            assert match.group(1) == client
        day = match.group(2)
        letter = _engine_letters(page, lang, example, day)[kind]
        assert letter["lang"] == letter_lang
        saved = Path(download.path()).read_text(encoding="utf-8")
        assert saved == letter["text"]
        if example == "legal-new-york.json" and kind == "final_notice":
            assert "Via certified mail, return receipt requested" in saved  # US English

        bar.locator("[data-cc-letter-action=copy]").click()
        done = bar.locator(".cc-letter-done")
        done.filter(has_text=re.compile(r"\S")).wait_for(timeout=5_000)
        assert done.is_visible()
        assert page.evaluate("() => navigator.clipboard.readText()") == letter["text"]

        # Print: the page's print() is held, so the print state stays for the check.
        page.evaluate("() => { window.print = () => {}; }")
        bar.locator("[data-cc-letter-action=print]").click()
        page.emulate_media(media="print")
        try:
            assert _visible_text(page) == _squash(letter["text"])
        finally:
            page.emulate_media(media="screen")
            page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        assert page.locator("[data-cc-engine]").get_attribute("data-cc-printing") is None
        assert page.locator(".cc-letter-printing").count() == 0
    assert page.watch.errors == []


def test_a_refused_clipboard_selects_the_letter_and_says_so(page: Any, site_server: Any) -> None:
    _analyse(page, site_server.base, "en", "legal-ew-sole-trader.json")
    page.evaluate(
        """() => {
          const refused = new DOMException("refused", "NotAllowedError");
          navigator.clipboard.writeText = () => Promise.reject(refused);
          document.execCommand = () => false;
        }"""
    )
    bar = page.locator(".cc-letter-actions[data-cc-letter=final_notice]")
    bar.locator("[data-cc-letter-action=copy]").click()
    done = bar.locator(".cc-letter-done")
    done.filter(has_text="refused").wait_for(timeout=5_000)
    selected = page.evaluate("() => window.getSelection().toString()")
    assert selected.strip() == page.locator("pre.cc-letter-final_notice").inner_text().strip()
    assert "LETTER BEFORE CLAIM" in selected


def test_the_buttons_work_from_the_keyboard_and_fit_a_phone(browser: Any, site_server: Any) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, accept_downloads=True, service_workers="block"
    )
    page = context.new_page()
    try:
        _analyse(page, site_server.base, "en", "legal-fr-business.json")
        copy = page.locator(".cc-letter-actions[data-cc-letter=reminder] button").first
        copy.focus()
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.dataset.ccLetterAction")
        assert focused == "download"
        with page.expect_download() as info:
            page.keyboard.press("Enter")
        assert info.value.suggested_filename.startswith("atelier-brun-reminder-")
        # Nothing wider than the screen: each button within 375 px, the page without a scrollbar.
        boxes = page.locator(".cc-letter-actions button").evaluate_all(
            "bs => bs.map(b => b.getBoundingClientRect().right)"
        )
        assert boxes
        assert max(boxes) <= 375
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_letters_and_their_buttons_have_no_violation(
    browser: Any, site_server: Any, lang: str, scheme: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(color_scheme=scheme, service_workers="block")
    page = context.new_page()
    try:
        _analyse(page, site_server.base, lang, "legal-new-york.json")
        first = ".cc-letter-actions[data-cc-letter=reminder]"
        page.locator(f"{first} [data-cc-letter-action=copy]").click()
        page.locator(f"{first} .cc-letter-done").filter(has_text=re.compile(r"\S")).wait_for()
        response = Axe().run(page, context=".cc-letters").response
    finally:
        context.close()
    assert [
        (v["id"], [n["target"] for n in v["nodes"]], [n["failureSummary"] for n in v["nodes"]])
        for v in response["violations"]
    ] == []
