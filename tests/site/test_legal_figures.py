"""The legal figures the pages quote agree with the engine's data file, in both languages.

One home for each statutory figure: py/client_conflict/law/figures.json, where every figure names
its source (article, statute, official page) and the date it was checked. This test reads the pages
against it: each figure, formatted the way each language writes it, must appear on every page that
quotes it; the pages with legal tables must show the file's check date; and no page may repeat a
known-wrong statement (a €1,500 legal threshold, the €40 attributed to art. L441-10 alone, "LBA",
Léa's balance claimed before tax, a formule exécutoire still to be requested).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from .markdown_text import DOCS, ROOT, english_twin

pytestmark = pytest.mark.site

FIGURES_FILE = ROOT / "py" / "client_conflict" / "law" / "figures.json"
UNITS = {"EUR", "GBP", "USD", "percent", "points", "days", "months", "years", "times"}

STEP8 = "steps/8-third-party.md"
THIRD = "models/third-parties.md"
REMINDER = "templates/payment-reminder.md"
GLOSSARY = "glossary.md"
STEP7 = "steps/7-negotiate.md"

# Figure id -> the French pages that quote it; their English twins quote it too.
QUOTED: dict[str, list[str]] = {
    "fr.indemnity_fixed": [STEP8, THIRD, REMINDER, GLOSSARY],
    "fr.penalty_points_business": [STEP8, REMINDER, GLOSSARY],
    "fr.penalty_points_public": [STEP8, REMINDER],
    "fr.penalty_min_multiple_legal_rate": [STEP8],
    "eu.ecb_main_refinancing_rate": [STEP8, REMINDER],
    "fr.amicable_attempt_threshold": [STEP8, THIRD, REMINDER, GLOSSARY],
    "fr.small_claims_recovery_limit": [STEP8, THIRD, REMINDER],
    "fr.small_claims_reply_period": [STEP8],
    "fr.limitation_general": [STEP7, STEP8, REMINDER, GLOSSARY],
    "fr.limitation_consumer": [STEP7, STEP8, REMINDER, GLOSSARY],
    "fr.injonction_service_deadline": [STEP8, THIRD, REMINDER, GLOSSARY],
    "fr.injonction_opposition_period": [STEP8, THIRD, REMINDER, GLOSSARY],
    "uk.late_interest_points": [STEP8, THIRD, REMINDER],
    "uk.compensation_tier_1": [STEP8, THIRD, REMINDER],
    "uk.compensation_tier_2": [STEP8, THIRD, REMINDER],
    "uk.compensation_tier_3": [STEP8, THIRD, REMINDER],
    "uk.compensation_band_1_upper": [STEP8, REMINDER],
    "uk.compensation_band_2_upper": [STEP8, REMINDER],
    "ew.small_claims_limit": [STEP8, THIRD, REMINDER],
    "sc.simple_procedure_limit": [STEP8, THIRD, REMINDER],
    "ni.small_claims_limit": [STEP8, THIRD, REMINDER],
    "ew.limitation_contract": [STEP7, STEP8, REMINDER, GLOSSARY],
    "ni.limitation_contract": [STEP7, STEP8, THIRD, REMINDER, GLOSSARY],
    "sc.prescription_contract": [STEP7, STEP8, THIRD, REMINDER, GLOSSARY],
    "ew.debt_protocol_reply_days": [STEP8, THIRD, REMINDER, GLOSSARY],
    "ew.pd_pre_action_reply_days": [STEP8, REMINDER, GLOSSARY],
    "us-ny.freelance_threshold": [STEP8, THIRD, REMINDER],
    "us-ny.freelance_payment_days": [STEP8, THIRD, REMINDER],
    "us-nyc.freelance_damages_multiple": [STEP8, THIRD, REMINDER],
    "us-il.freelance_threshold": [STEP8, THIRD],
}
# Pages with legal tables or dated legal pointers: they show the date the figures were checked.
DATED = [STEP7, STEP8, THIRD, REMINDER]

NUMBER_WORDS = {
    "fr": {1: "un", 2: "deux", 3: "trois", 5: "cinq", 6: "six"},
    "en": {1: "one", 2: "two", 3: "three", 5: "five", 6: "six"},
}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}

# Statements that must not come back, in either language, on any page (other than the source).
WRONG: list[tuple[str, str, str]] = [
    ("any", r"1 ?500 ?€|€ ?1,500", "no jurisdiction has a €1,500 legal-route threshold"),
    ("any", r"\bLBA\b", "a letter before claim is not abbreviated LBA"),
    ("any", r"letter before action", "the term is 'letter before claim'"),
    ("fr", r"6 720 € HT", "Léa charges no VAT: what she claims is the amount owed"),
    ("en", r"€6,720[^.\n]{0,40}(before|excluding|excl\.) VAT", "Léa charges no VAT"),
    (
        "fr",
        r"demander (l'apposition de )?la formule exécutoire",
        "since 1 March 2022 the order carries the formule exécutoire from the start (art. 1410)",
    ),
    (
        "en",
        r"ask for the (enforcement formula|formule exécutoire)",
        "since 1 March 2022 the order carries the enforcement formula from the start",
    ),
    (
        "en",
        r"debt-recovery indemnity|fixed compensation of €40|€40 fixed compensation",
        "the French €40 is the 'fixed recovery indemnity' on every page",
    ),
    (
        "en",
        r"recorded delivery",
        "France: 'registered letter with acknowledgement of receipt'; the UK needs no special post",
    ),
]


def _figures() -> dict[str, dict[str, object]]:
    data = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    figures: dict[str, dict[str, object]] = data["figures"]
    return figures


def _checked() -> dt.date:
    return dt.date.fromisoformat(json.loads(FIGURES_FILE.read_text(encoding="utf-8"))["checked"])


def _text(page: Path) -> str:
    """The page's Markdown, letters included, with French non-breaking spaces made plain."""
    raw = (DOCS / page).read_text(encoding="utf-8")
    return re.sub(r"[\u00a0\u202f]", " ", raw)


def _number(value: float, lang: str) -> str:
    if float(value).is_integer():
        whole = f"{int(value):,}"
        return whole.replace(",", " ") if lang == "fr" else whole
    text = f"{value:,.2f}".rstrip("0")
    return text.replace(",", " ").replace(".", ",") if lang == "fr" else text


def forms(figure: dict[str, object], lang: str) -> list[str]:
    """The ways a page in `lang` may write this figure; any one of them counts."""
    value = figure["value"]
    assert isinstance(value, int | float)
    unit = figure["unit"]
    n = _number(value, lang)
    word = NUMBER_WORDS[lang].get(int(value), n) if float(value).is_integer() else n
    symbols = {"EUR": "€", "GBP": "£", "USD": "$"}
    if unit in symbols:
        return [f"{n} {symbols[str(unit)]}"] if lang == "fr" else [f"{symbols[str(unit)]}{n}"]
    if unit == "percent":
        return [f"{n} %"] if lang == "fr" else [f"{n}%"]
    if unit == "points":
        return [f"{n} points"] if lang == "fr" else [f"{n} percentage points"]
    if unit == "times":
        if value == 2:
            return ["doublés", "doublent"] if lang == "fr" else ["double damages"]
        return [f"{word} fois"] if lang == "fr" else [f"{word} times"]
    names = {
        "fr": {"days": "jours", "months": "mois", "years": "ans"},
        "en": {
            "days": "days" if value != 1 else "day",
            "months": "months" if value != 1 else "month",
            "years": "years" if value != 1 else "year",
        },
    }
    name = names[lang][str(unit)]
    return [f"{n} {name}", f"{word} {name}"]


def missing_figures(text: str, figure: dict[str, object], lang: str) -> list[str]:
    """The forms expected of this figure when none of them is in the text, else nothing."""
    expected = forms(figure, lang)
    return [] if any(form.lower() in text.lower() for form in expected) else expected


def wrong_statements(text: str, lang: str) -> list[str]:
    found = [
        f"{reason} (found {match.group(0)!r})"
        for where, pattern, reason in WRONG
        if where in ("any", lang)
        for match in [re.search(pattern, text, re.IGNORECASE)]
        if match
    ]
    euro40 = "40 €" if lang == "fr" else "€40"
    for line in text.splitlines():
        if euro40 in line and "L441-10" in line and "D441-5" not in line:
            found.append(f"the €40 is set by art. D441-5, not L441-10 alone: {line.strip()[:90]!r}")
    return found


def date_text(day: dt.date, lang: str) -> str:
    return f"{day.day} {MONTHS[lang].split()[day.month - 1]} {day.year}"


def _pages() -> list[tuple[Path, str]]:
    french = sorted({page for pages in QUOTED.values() for page in pages})
    return [(Path(p), "fr") for p in french] + [(english_twin(Path(p)), "en") for p in french]


def test_the_data_file_is_whole_and_dated() -> None:
    checked = _checked()
    for key, figure in _figures().items():
        assert set(figure) >= {"value", "unit", "jurisdiction", "source", "checked"}, key
        assert figure["unit"] in UNITS, key
        assert len(str(figure["source"])) > 20, f"{key} names its source"
        assert dt.date.fromisoformat(str(figure["checked"])) <= checked, key


def _read_by_the_engine() -> set[str]:
    """The figure ids the engine's legal layer names in its code."""
    law = Path(__file__).resolve().parents[2] / "py" / "client_conflict" / "law"
    code = "\n".join(path.read_text(encoding="utf-8") for path in sorted(law.glob("*.py")))
    return {key for key in _figures() if f'"{key}"' in code}


def test_every_figure_is_quoted_somewhere() -> None:
    """A figure no page quotes and the engine does not read is dead, or missing from the map."""
    assert set(QUOTED) <= set(_figures())
    assert set(_figures()) - set(QUOTED) - _read_by_the_engine() == set()


@pytest.mark.parametrize("key", sorted(QUOTED))
def test_each_page_quotes_the_figure_as_the_data_file_has_it(key: str) -> None:
    figure = _figures()[key]
    problems = []
    for page in QUOTED[key]:
        for path, lang in ((Path(page), "fr"), (english_twin(Path(page)), "en")):
            expected = missing_figures(_text(path), figure, lang)
            if expected:
                problems.append(f"{path}: none of {expected}")
    assert not problems, f"{key} = {figure['value']} {figure['unit']} ({figure['source']})"


@pytest.mark.parametrize(("page", "lang"), _pages(), ids=str)
def test_no_page_repeats_a_known_wrong_statement(page: Path, lang: str) -> None:
    assert not wrong_statements(_text(page), lang)


def test_no_page_anywhere_repeats_a_known_wrong_statement() -> None:
    found = {
        str(path.relative_to(DOCS)): problems
        for path in sorted(DOCS.rglob("*.md"))
        if path.relative_to(DOCS).parts[0] != "diagnostic"
        for problems in [
            wrong_statements(
                _text(path.relative_to(DOCS)), "en" if path.name.endswith(".en.md") else "fr"
            )
        ]
        if problems
    }
    for path in sorted((ROOT / "includes").glob("abbreviations.*.md")):
        lang = "fr" if path.name.endswith(".fr.md") else "en"
        problems = wrong_statements(path.read_text(encoding="utf-8"), lang)
        if problems:
            found[str(path.relative_to(ROOT))] = problems
    assert not found


@pytest.mark.parametrize("page", DATED)
def test_legal_pages_show_the_date_the_figures_were_checked(page: str) -> None:
    for path, lang in ((Path(page), "fr"), (english_twin(Path(page)), "en")):
        assert date_text(_checked(), lang) in _text(path), f"{path} shows the check date"
        disclaimer = "conseil juridique" if lang == "fr" else "legal advice"
        assert disclaimer in _text(path), f"{path} says plainly it is not legal advice"


def test_the_drift_checks_can_fail() -> None:
    indemnity = _figures()["fr.indemnity_fixed"]
    page = _text(Path(STEP8))
    assert not missing_figures(page, indemnity, "fr")
    assert missing_figures(page.replace("40 €", "45 €"), indemnity, "fr")
    assert wrong_statements("Un seuil de 1 500 € avant le tribunal.", "fr")
    assert wrong_statements("Send an LBA first.", "en")
    assert wrong_statements("the €40 fixed recovery indemnity (art. L441-10)", "en")
    assert not wrong_statements("the €40 fixed recovery indemnity (arts L441-10, D441-5)", "en")
    assert forms({"value": 5000, "unit": "GBP"}, "en") == ["£5,000"]
    assert forms({"value": 2.15, "unit": "percent"}, "fr") == ["2,15 %"]
    assert date_text(dt.date(2026, 12, 2), "fr") == "2 décembre 2026"


def test_leas_penalties_are_worked_out_from_the_data_file() -> None:
    """Léa's worked example (step 8, payment reminder) follows the ECB rate and the 10 points."""
    figures = _figures()
    ecb = figures["eu.ecb_main_refinancing_rate"]["value"]
    points = figures["fr.penalty_points_business"]["value"]
    assert isinstance(ecb, int | float)
    assert isinstance(points, int | float)
    rate = ecb + points
    balance, days = 6720, 46  # the unpaid balance, 15 August to 29 September 2026 inclusive
    assert (dt.date(2026, 9, 29) - dt.date(2026, 8, 14)).days == days
    penalties = round(balance * rate / 100 * days / 365, 2)
    for page in (STEP8, REMINDER):
        for path, lang in ((Path(page), "fr"), (english_twin(Path(page)), "en")):
            text = _text(path)
            assert forms({"value": rate, "unit": "percent"}, lang)[0] in text, path
            money = f"{penalties:.2f}"
            shown = f"{money.replace('.', ',')} €" if lang == "fr" else f"€{money}"
            assert shown in text, f"{path} shows the penalties {shown}"
