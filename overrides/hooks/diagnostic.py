"""Render the case file and diagnostic forms, and the scoring tables, from client_conflict itself.

The questionnaire and the scoring rules are defined once, in Python; this hook turns them into:
- the HTML form that replaces ``<!-- client-conflict:diagnostic -->`` on a page;
- the Markdown tables that replace ``<!-- client-conflict:rules -->`` (the "how it works" page).
It also hands the page scripts their interface strings, in the page's language.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py"))

from client_conflict.questionnaire import (  # noqa: E402
    Question,
    QuestionKind,
    Section,
    questionnaire,
)

DIAGNOSTIC_MARKER = "<!-- client-conflict:diagnostic -->"
RULES_MARKER = "<!-- client-conflict:rules -->"
UI_STRINGS: dict[str, dict[str, str]] = json.loads(
    (ROOT / "overrides" / "ui-strings.json").read_text(encoding="utf-8")
)
STEP_PAGES = {
    1: "steps/1-describe/",
    2: "steps/2-sources/",
    3: "steps/3-interests/",
    4: "steps/4-cooperation/",
    5: "steps/5-trust/",
    6: "steps/6-impediments/",
    7: "steps/7-negotiate/",
    8: "steps/8-third-party/",
}
CATEGORIES = ("payment", "quality", "timeliness", "scope", "communication", "other")
ACTORS = ("me", "client", "both", "third_party")
_TEXT_LIMIT = 10_000


def _locale(page: Any, config: Any) -> str:
    locale = getattr(page.file, "locale", None) or config["theme"]["language"]
    return locale if locale in UI_STRINGS else "fr"


# Every page gets the strings its checklists may need; the diagnostic page carries all of them.
_EVERY_PAGE = ("checklist.", "store.", "offline.")


def on_config(config: Any) -> Any:
    config["extra"]["ui_strings"] = {
        lang: {key: text for key, text in strings.items() if key.startswith(_EVERY_PAGE)}
        for lang, strings in UI_STRINGS.items()
    }
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if RULES_MARKER in markdown:
        from client_conflict.explain import rules_markdown  # noqa: PLC0415

        markdown = markdown.replace(RULES_MARKER, rules_markdown(_locale(page, config)))
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if DIAGNOSTIC_MARKER not in html:
        return html
    lang = _locale(page, config)
    # The diagnostic page may sit at any depth; guide links are relative to the language root.
    depth = page.url.removeprefix(f"{lang}/").count("/")
    to_root = "../" * depth
    return html.replace(DIAGNOSTIC_MARKER, render_app(lang, to_root))


# --- rendering -------------------------------------------------------------------------------


def _t(lang: str, key: str, **values: object) -> str:
    return UI_STRINGS[lang][key].format(**values)


def _label(mapping: Any, lang: str) -> str:
    return escape(str(mapping.get(lang) or mapping.get("fr") or ""))


def _radio(name: str, value: str, text: str, checked: bool = False) -> str:
    return (
        f'<label class="cc-choice"><input type="radio" name="{escape(name)}" '
        f'value="{escape(value)}"{" checked" if checked else ""}><span>{text}</span></label>'
    )


def _help(question: Question, lang: str) -> str:
    text = _label(question.help, lang)
    return f'<p class="cc-help" id="cc-help-{question.id}">{text}</p>' if text else ""


def _described_by(question: Question, lang: str) -> str:
    return f' aria-describedby="cc-help-{question.id}"' if _label(question.help, lang) else ""


def render_question(question: Question, lang: str) -> str:
    """Return one question as accessible HTML form controls; its name is its answer's key."""
    qid = question.id
    label = _label(question.label, lang)
    head = f'<div class="cc-question" data-cc-question="{qid}" data-kind="{question.kind.value}">'
    kind = question.kind
    if kind in (QuestionKind.SCALE, QuestionKind.CHOICE, QuestionKind.YESNO, QuestionKind.MULTI):
        if kind is QuestionKind.SCALE:
            assert question.scale is not None
            low, high = (_label(end, lang) for end in question.scale)
            choices = [_radio(qid, "", _t(lang, "form.no_answer"), checked=True)]
            for value in range(1, 6):
                end = f" – {low}" if value == 1 else f" – {high}" if value == 5 else ""
                choices.append(_radio(qid, str(value), f"{value}{end}"))
        elif kind is QuestionKind.YESNO:
            choices = [
                _radio(qid, "", _t(lang, "form.no_answer"), checked=True),
                _radio(qid, "true", _t(lang, "form.yes")),
                _radio(qid, "false", _t(lang, "form.no")),
            ]
        elif kind is QuestionKind.CHOICE:
            choices = [_radio(qid, "", _t(lang, "form.no_answer"), checked=True)]
            choices += [_radio(qid, o.value, _label(o.label, lang)) for o in question.options]
        else:
            choices = [
                f'<label class="cc-choice"><input type="checkbox" name="{qid}" '
                f'value="{escape(o.value)}"><span>{_label(o.label, lang)}</span></label>'
                for o in question.options
            ]
        return (
            f'{head}<fieldset class="cc-kind-{kind.value}"{_described_by(question, lang)}>'
            f"<legend>{label}</legend>{_help(question, lang)}"
            f'<div class="cc-choices">{"".join(choices)}</div></fieldset></div>'
        )
    control_id = f"cc-q-{qid}"
    if kind is QuestionKind.NUMBER:
        bounds = "".join(
            f' {attr}="{value:.15g}"'
            for attr, value in (("min", question.minimum), ("max", question.maximum))
            if value is not None
        )
        unit = (
            f'<span class="cc-unit">{_label(question.unit, lang)}</span>' if question.unit else ""
        )
        control = (
            f'<span class="cc-number"><input type="number" inputmode="decimal" step="any" '
            f'id="{control_id}" name="{qid}"{bounds}{_described_by(question, lang)}>{unit}</span>'
            f'<p class="cc-error" role="alert" data-cc-number-error hidden></p>'
        )
    elif kind is QuestionKind.DATE:
        control = (
            f'<input type="date" id="{control_id}" name="{qid}"{_described_by(question, lang)}>'
        )
    elif kind is QuestionKind.TEXT:
        control = (
            f'<input type="text" id="{control_id}" name="{qid}" maxlength="{_TEXT_LIMIT}"'
            f"{_described_by(question, lang)}>"
        )
    else:
        control = (
            f'<textarea id="{control_id}" name="{qid}" rows="4" maxlength="{_TEXT_LIMIT}"'
            f"{_described_by(question, lang)}></textarea>"
        )
    return f'{head}<label for="{control_id}">{label}</label>{_help(question, lang)}{control}</div>'


def _section_title(section: Section, lang: str) -> str:
    title = _label(section.title, lang)
    if section.step is None:
        return title
    return f"{escape(_t(lang, 'form.step', step=section.step))} — {title}"


def _timeline(lang: str) -> str:
    categories = next(
        (q.options for s in questionnaire() for q in s.questions if q.id == "sources"), ()
    )
    category_options = "".join(
        f'<option value="{escape(o.value)}">{_label(o.label, lang)}</option>' for o in categories
    ) or "".join(f'<option value="{c}">{c}</option>' for c in CATEGORIES)
    who_options = "".join(
        f'<option value="{who}">{escape(_t(lang, f"timeline.who.{who}"))}</option>'
        for who in ACTORS
    )
    return (
        '<div class="cc-question cc-narrative">'
        f'<label for="cc-narrative">{escape(_t(lang, "narrative.label"))}</label>'
        f'<p class="cc-help" id="cc-narrative-help">{escape(_t(lang, "narrative.help"))}</p>'
        f'<textarea id="cc-narrative" name="narrative" rows="6" maxlength="{_TEXT_LIMIT}" '
        'aria-describedby="cc-narrative-help"></textarea></div>'
        '<div class="cc-timeline" data-cc-timeline>'
        f'<h2 class="cc-timeline__title">{escape(_t(lang, "timeline.title"))}</h2>'
        '<p class="cc-timeline__empty" data-cc-timeline-empty>'
        f"{escape(_t(lang, 'timeline.empty'))}</p>"
        '<ol class="cc-timeline__list" data-cc-timeline-list></ol>'
        '<fieldset class="cc-timeline__add"><div class="cc-timeline__fields">'
        f"<label>{escape(_t(lang, 'timeline.date'))}"
        '<input type="date" data-cc-incident="date" required></label>'
        f"<label>{escape(_t(lang, 'timeline.category'))}"
        f'<select data-cc-incident="category">{category_options}</select></label>'
        f"<label>{escape(_t(lang, 'timeline.who'))}"
        f'<select data-cc-incident="who">{who_options}</select></label>'
        f'<label class="cc-timeline__what">{escape(_t(lang, "timeline.what"))}'
        f'<input type="text" data-cc-incident="what" maxlength="{_TEXT_LIMIT}" required></label>'
        "</div>"
        '<button type="button" class="md-button" data-cc-incident-add>'
        f"{escape(_t(lang, 'timeline.add'))}</button>"
        '<p class="cc-error" role="alert" data-cc-incident-error hidden></p>'
        "</fieldset></div>"
    )


def render_app(lang: str, to_root: str = "") -> str:
    """Return the whole case-file and diagnostic application for one language, as HTML."""
    sections = []
    for index, section in enumerate(questionnaire()):
        body = "".join(render_question(q, lang) for q in section.questions)
        if index == 0:
            body = _timeline(lang) + body
        guide = ""
        if section.step in STEP_PAGES:
            guide = (
                f'<p class="cc-guide-link"><a href="{to_root}{STEP_PAGES[section.step]}">'
                f"{escape(_t(lang, 'form.guide_link'))}</a></p>"
            )
        sections.append(
            f'<details class="cc-section" id="cc-section-{section.id}"{" open" * (index == 0)}>'
            f"<summary>{_section_title(section, lang)}</summary>"
            f'<p class="cc-intro">{_label(section.intro, lang)}</p>{body}{guide}</details>'
        )
    t = {key: escape(value) for key, value in UI_STRINGS[lang].items()}
    actions = "".join(
        f'<button type="button" class="md-button{extra}" data-cc-action="{action}">'
        f"{t[key]}</button>"
        for action, key, extra in (
            ("new", "case.new", ""),
            ("rename", "case.rename", ""),
            ("export", "case.export", ""),
            ("import", "case.import", ""),
            ("delete", "case.delete", ""),
            ("delete-all", "case.delete_all", " cc-danger"),
        )
    )
    spinner = '<span class="cc-spinner" aria-hidden="true"></span>'
    # json.dumps escapes nothing HTML cares about; "</" must not close the script element early.
    strings = json.dumps(UI_STRINGS[lang], ensure_ascii=False).replace("</", "<\\/")
    return f"""<div class="cc-app" data-cc-app>
<script type="application/json" data-cc-ui>{strings}</script>
<noscript><p class="cc-notice">{t["noscript"]}</p></noscript>
<form class="cc-casebar" data-cc-casebar hidden>
<fieldset><legend>{t["case.legend"]}</legend>
<label class="cc-casebar__select">{t["case.select"]} <select data-cc-case-select></select></label>
<div class="cc-casebar__actions">{actions}</div>
<input type="file" accept="application/json,.json" data-cc-import hidden>
</fieldset>
<p class="cc-privacy">{t["case.privacy"]}</p>
</form>
<p class="cc-status" role="status" aria-live="polite" data-cc-status></p>
<form class="cc-form" data-cc-form novalidate>
{"".join(sections)}
</form>
<section class="cc-engine" data-cc-engine data-engine-state="loading" aria-busy="true">
<h2 id="cc-engine-title">{t["engine.title"]}</h2>
<p class="cc-engine__status" data-cc-engine-status role="status">{spinner}\
<span data-cc-engine-message>{t["engine.loading"]}</span></p>
<p class="cc-engine__run"><button type="button" class="md-button md-button--primary" \
data-cc-run disabled>{t["engine.run"]}</button></p>
<p class="cc-stale" data-cc-stale hidden>{t["report.stale"]}</p>
<div class="cc-result" data-cc-result tabindex="-1" hidden></div>
<p class="cc-report-actions" data-cc-report-actions hidden>
<button type="button" class="md-button" data-cc-print>{t["report.print"]}</button>
<button type="button" class="md-button" data-cc-download-md>{t["report.download_md"]}</button>
</p>
</section>
</div>"""
