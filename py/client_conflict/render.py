"""Reports: the assessment laid out once as blocks, then written as HTML, Markdown or text.

Every piece of text is escaped by the backend that writes it, so user text is safe by
construction, whichever format it ends up in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import i18n
from ._text import clean_line, clean_text
from .assessment import Assessment
from .case import Case
from .escalation import EscalationResult, third_party_for
from .figures import Figure, dual_concern, staircase, timeline_strip, trust_gauge
from .law.messages import t as law_t
from .law.report import LawSection, law_section
from .messages_verdict import MESSAGES as VT_MESSAGES
from .messages_verdict import t as vt
from .verdict import STEP_LETTER, changes_since, headline, verdict

__all__ = [
    "render_dossier_html",
    "render_dossier_markdown",
    "render_dossier_text",
    "render_html",
    "render_markdown",
    "render_text",
]


# -- the neutral document ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Link:
    text: str
    href: str


@dataclass(frozen=True, slots=True)
class _Strong:
    text: str


@dataclass(frozen=True, slots=True)
class _Time:
    text: str
    iso: str


_Span = str | _Link | _Strong | _Time
_Inline = tuple[_Span, ...]


@dataclass(frozen=True, slots=True)
class _Heading:
    level: int
    text: str
    cls: str = ""
    anchor: str = ""  # an id, for a link from the verdict card


@dataclass(frozen=True, slots=True)
class _Para:
    spans: _Inline
    cls: str = ""


@dataclass(frozen=True, slots=True)
class _List:
    items: tuple[_Inline, ...]
    ordered: bool = False
    cls: str = ""


@dataclass(frozen=True, slots=True)
class _Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    cls: str = ""  # unclassed, so that Material styles it like the guide's own tables
    # A wide table scrolls inside Material's box: a keyboard must be able to reach it.
    focusable: bool = False


@dataclass(frozen=True, slots=True)
class _Part:
    cls: str
    blocks: tuple[_Block, ...]
    lang: str = ""  # set when the part is in another language than the report (a letter)


@dataclass(frozen=True, slots=True)
class _Pre:
    """Text kept line for line, such as a letter to copy."""

    text: str
    cls: str = ""
    lang: str = ""  # set when the text is in another language than the report (a letter)


@dataclass(frozen=True, slots=True)
class _Fold:
    """A part the reader opens when they want it: ``<details>`` in HTML, a section elsewhere."""

    summary: str
    blocks: tuple[_Block, ...]
    cls: str = ""


@dataclass(frozen=True, slots=True)
class _Fig:
    """A picture drawn from the engine's figures; only HTML draws it, the others have the text."""

    figure: Figure


_Block = _Heading | _Para | _List | _Table | _Part | _Pre | _Fold | _Fig


# Written here rather than imported: the standard library's ``html`` and ``urllib.parse`` cost about
# 35 and 60 ms to compile and import in Pyodide, on every visit, for two small functions each.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# What ``urllib.parse.quote(text, safe="/:#?=&%.-_~")`` leaves as it is.
_URL_KEEP = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/:#?=&%")
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def _escape(text: str) -> str:
    """``html.escape(text, quote=True)``: the five characters HTML gives a meaning to."""
    return text.translate(_HTML_ESCAPES)


def _scheme(url: str) -> str:
    """The scheme ``urllib.parse.urlsplit`` finds in a URL with no space or control character."""
    found = _SCHEME.match(url)
    return found.group()[:-1].lower() if found else ""


def _quote(text: str) -> str:
    """``urllib.parse.quote(text, safe="/:#?=&%.-_~")``: UTF-8, every other byte as %XX."""
    return "".join(chr(b) if b in _URL_KEEP else f"%{b:02X}" for b in text.encode("utf-8"))


def _safe_base(base_url: str) -> str:
    """Keep a base URL only if it is relative or http(s), so no javascript: link can appear."""
    base = "".join(ch for ch in base_url if ch.isprintable() and not ch.isspace())
    if not base:
        return ""
    scheme = _scheme(base)
    if scheme not in ("", "http", "https"):
        return ""
    return base if base.endswith("/") else base + "/"


def _percent(value: float, lang: str) -> str:
    # French puts a no-break space before the percent sign; English does not.
    return f"{round(value)}\u00a0%" if lang == "fr" else f"{round(value)}%"


def _href(base: str, path: str) -> str:
    return _quote(base + path)


def _lawyer_key(es: EscalationResult) -> str:
    """Whether to see a lawyer; for a small amount, the free routes first, in one voice."""
    if not es.time_for_lawyer:
        return "report.lawyer_no"
    return "report.lawyer_small" if es.small_stake else "report.lawyer_yes"


def _third_party_text(lang: str, es: EscalationResult) -> str:
    """Say which help fits, and whether the broken contract rather than the stage calls for it."""
    by_stage = third_party_for(es.stage)
    if es.third_party is by_stage:
        return i18n.t(lang, "report.third_party", help=es.third_party_label)
    return i18n.t(
        lang,
        "report.third_party_legal",
        help=es.third_party_label,
        stage_help=i18n.t(lang, f"third_party.{by_stage.value}"),
    )


def _law_part(law: LawSection) -> _Part:
    """The legal section: which law, the sums with their rules, the clocks and the routes."""
    blocks: list[_Block] = [
        _Heading(3, law.heading),
        _List(tuple((line,) for line in law.law)),
        _List(tuple((line,) for line in law.rules)),
        _Table(law.table_caption, law.table_header, law.table_rows, focusable=True),
        *(_Para((line,), "cc-law-total") for line in law.totals),
    ]
    if law.steps:
        blocks += [_Heading(4, law.steps_heading), _List(tuple((line,) for line in law.steps))]
    if law.notes or law.rates:
        blocks.append(
            _List(tuple((line,) for line in (*law.notes, *law.rates)), cls="cc-law-notes")
        )
    if law.clocks:
        blocks += [_Heading(4, law.clocks_heading), _List(tuple((line,) for line in law.clocks))]
    blocks += [
        _Heading(4, law.routes_heading),
        _List(tuple((line,) for line in law.routes), ordered=True),
        _Para((law.lawyer,), "cc-law-lawyer"),
    ]
    return _Part("cc-law", tuple(blocks))


def _analysis_layout(a: Assessment, base_url: str) -> tuple[_Block, ...]:
    """Lay every analysis out as headings, paragraphs, lists and tables, one part each."""
    lang = a.lang
    base = _safe_base(base_url)

    def say(key: str, **params: object) -> str:
        return i18n.t(lang, key, **params)

    title = say("report.title", client=a.client) if a.client else say("report.title_anonymous")
    blocks: list[_Block] = [
        _Heading(2, title),
        _Para(
            (say("report.as_of", date=i18n.format_date(a.today, lang), version=a.engine_version),),
            "cc-meta",
        ),
        _List(tuple((line,) for line in a.summary), cls="cc-summary"),
    ]

    if a.trust is not None:
        tr = a.trust
        trust_rows = tuple(
            (f.label, i18n.format_number(round(f.mean, 1), lang), _percent(100 * f.health, lang))
            for f in tr.factors
        )
        part: list[_Block] = [
            _Heading(3, say("report.trust")),
            _Para(
                (
                    _Strong(
                        say("report.trust_score", score=i18n.format_number(round(tr.score), lang))
                    ),
                    " ",
                    tr.band_label,
                ),
                "cc-score",
            ),
            _Table(
                say("report.trust_caption"),
                (say("report.factor"), say("report.mean"), say("report.health")),
                trust_rows,
            ),
            _Para((say("report.trust_formula"),)),
            _List(tuple((r.text,) for r in tr.reasons)),
        ]
        if tr.actions:
            part.append(_Heading(4, say("report.trust_actions")))
            part.append(_List(tuple((r.text,) for r in tr.actions), cls="cc-actions"))
        if tr.in_client is not None:
            part.append(
                _Para(
                    (say("report.in_client", score=i18n.format_number(round(tr.in_client), lang)),)
                )
            )
        part.append(_Para((_Link(say("report.read_more"), _href(base, "steps/5-trust/")),)))
        blocks.append(_Part("cc-trust", tuple(part)))

    if a.tactic is not None:
        tc = a.tactic
        part = [
            _Heading(3, say("report.tactic")),
            _Para((_Strong(tc.ranking[0].label), " — ", tc.advice), "cc-recommended"),
        ]
        if tc.note:
            part.append(_Para((tc.note,), "cc-tie"))
        part.append(_Heading(4, say("report.ranking_caption")))
        # One block per style rather than a table: the reasons are sentences, and a phone is narrow.
        for style in tc.ranking:
            part.append(
                _Para(
                    (
                        _Strong(
                            say(
                                "report.style_score",
                                style=style.label,
                                score=i18n.format_signed(style.score, lang),
                            )
                        ),
                    ),
                    "cc-style",
                )
            )
            for key, reasons in (
                ("report.reasons_for", style.reasons_for),
                ("report.reasons_against", style.reasons_against),
            ):
                if reasons:
                    part.append(_Para((say(key),)))
                    part.append(
                        _List(
                            tuple(
                                (f"{r.text} ({i18n.format_signed(r.weight, lang)})",)
                                for r in reasons
                            )
                        )
                    )
            if not style.reasons_for and not style.reasons_against:
                part.append(_Para((say("report.no_reason"),)))
        part.append(_Heading(4, say("report.opening_moves")))
        for move in tc.opening_moves:
            part.append(_Para((_Strong(move.title),), "cc-move"))
            part.append(_List(tuple((item,) for item in move.items)))
        part.append(_Para((_Link(say("report.read_more"), _href(base, "steps/7-negotiate/")),)))
        blocks.append(_Part("cc-tactic", tuple(part)))

    if a.escalation is not None:
        es = a.escalation
        part = [
            _Heading(3, say("report.escalation")),
            _Para(
                (
                    _Strong(say("report.stage", stage=es.stage, label=es.stage_label)),
                    " ",
                    say(f"level.{es.level.value}"),
                ),
                "cc-stage",
            ),
            _List(tuple((r.text,) for r in es.reasons)),
            _Para((_third_party_text(a.lang, es),)),
            _Para((say("report.mediator_yes" if es.time_for_mediator else "report.mediator_no"),)),
            _Para((say(_lawyer_key(es)),)),
        ]
        if es.legal_reasons:
            part.append(_List(tuple((r.text,) for r in es.legal_reasons), cls="cc-legal"))
        part.append(_Para((_Link(say("report.read_more"), _href(base, "models/glasl/")),)))
        blocks.append(_Part("cc-escalation", tuple(part)))

    if a.conflict is not None:
        part = [_Heading(3, say("report.conflict"))]
        if not a.conflict.findings:
            part.append(_Para((say("report.conflict_none"),)))
        for finding in a.conflict.findings:
            part.append(_Heading(4, finding.label))
            part.append(_List(tuple((r.text,) for r in finding.reasons)))
            part.append(_Para((say("report.interventions"),)))
            part.append(
                _List(tuple((text,) for text in finding.interventions), cls="cc-interventions")
            )
        part.append(
            _Para((_Link(say("report.read_more"), _href(base, "models/circle-of-conflict/")),))
        )
        blocks.append(_Part("cc-conflict", tuple(part)))

    if a.balance is not None:
        ba = a.balance
        value = i18n.format_signed(ba.value, lang)
        part = [
            _Heading(3, say("report.balance")),
            _Para(
                (_Strong(ba.label_text), " ", say("report.balance_value", value=value)),
                "cc-balance",
            ),
        ]
        for key, reasons in (
            ("report.constructive", ba.constructive),
            ("report.destructive", ba.destructive),
            ("report.common_goals", ba.common_goals),
        ):
            if reasons:
                part.append(_Para((say(key),)))
                part.append(_List(tuple((r.text,) for r in reasons)))
        part.append(_Para((_Link(say("report.read_more"), _href(base, "steps/4-cooperation/")),)))
        blocks.append(_Part("cc-balance", tuple(part)))

    if a.relationship is not None:
        rel = a.relationship
        top = rel.ranking[0]
        part = [
            _Heading(3, say("report.relationship")),
            _Para((_Strong(top.label), " — ", rel.advice), "cc-decision"),
            *((_Para((rel.note,), "cc-tie"),) if rel.note else ()),
            _List(
                tuple(
                    (f"{r.text} ({i18n.format_signed(r.weight, lang)})",)
                    for r in top.reasons_for + top.reasons_against
                )
            ),
        ]
        if rel.legal_route:
            part.append(_Para((say("report.legal_route"),), "cc-legal"))
        blocks.append(_Part("cc-relationship", tuple(part)))

    if a.timeline is not None:
        tl = a.timeline
        part = [
            _Heading(3, say("report.timeline")),
            _List((*((r.text,) for r in tl.reasons), (tl.trend_text,))),
            _Table(
                say("report.cite_caption"),
                (say("report.date"), say("report.what"), say("report.category"), say("report.who")),
                tuple((c.date_text, c.what, c.category, c.who) for c in tl.cite),
            ),
        ]
        blocks.append(_Part("cc-timeline", tuple(part)))

    if a.law is not None and a.law.sums:
        blocks.append(_law_part(law_section(a.law, lang)))

    plan_items = tuple(
        (
            _Time(
                step.due_text[:1].upper() + step.due_text[1:],
                step.due.isoformat() if step.due else "",
            ),
            " — ",
            step.text,
            " (",
            _Link(say("report.plan_guide"), _href(base, step.link)),
            *_letter_link(a, step.key),
            ")",
        )
        for step in a.plan
    )
    blocks.append(
        _Part(
            "cc-plan-part",
            (_Heading(3, say("report.plan")), _List(plan_items, ordered=True, cls="cc-plan")),
        )
    )

    if a.unassessed:
        blocks.append(
            _Part(
                "cc-unassessed",
                (
                    _Heading(3, say("report.unassessed")),
                    _List(tuple((r.text,) for r in a.unassessed)),
                ),
            )
        )
    blocks.append(_Para((say("report.disclaimer"),), "cc-disclaimer"))
    return tuple(blocks)


# The parts that follow the verdict folded, in the order a reader asks "why?", with their titles.
_FOLDS = (
    ("cc-tactic", "fold.tactic"),
    ("cc-escalation", "fold.escalation"),
    ("cc-trust", "fold.trust"),
    ("cc-conflict", "fold.conflict"),
    ("cc-balance", "fold.balance"),
    ("cc-relationship", "fold.relationship"),
    ("cc-timeline", "fold.timeline"),
    ("cc-law", "fold.law"),
    ("cc-unassessed", "fold.unassessed"),
)
LETTER_ANCHOR = "cc-letter-"


def _letter_link(a: Assessment, step_key: str) -> tuple[_Span, ...]:
    """For a step that sends a letter the engine wrote: a link to it, after the guide's."""
    kind = STEP_LETTER.get(step_key)
    if kind is None or kind not in {letter.kind.value for letter in a.letters}:
        return ()
    return (" · ", _Link(vt(a.lang, "verdict.letter"), f"#{LETTER_ANCHOR}{kind}"))


def _verdict_part(a: Assessment, base: str) -> _Part:
    """The first screen: where the dispute stands, the approach, the route, the next actions."""
    lang = a.lang
    v = verdict(a)
    blocks: list[_Block] = [_Heading(3, vt(lang, "verdict.heading"))]
    if a.basis is not None:
        b = a.basis
        key = "verdict.basis_quick" if b.quick_only else "verdict.basis"
        blocks.append(_Para((vt(lang, key, answered=b.answered, shown=b.shown),), "cc-basis"))
    blocks += [_Para((line,), "cc-verdict-where") for line in (v.stage, v.trust) if line]
    if v.approach:
        blocks += [
            _Heading(4, vt(lang, "verdict.approach_heading")),
            _Para((v.approach,), "cc-verdict-approach"),
        ]
    route: list[_Span] = [_Strong(v.route_text)]
    for extra in (v.then_text, v.lawyer_text):
        if extra:
            route += [" ", extra]
    blocks += [_Heading(4, vt(lang, "verdict.route_heading")), _Para(tuple(route), "cc-route")]
    if v.actions:
        items = []
        for step in v.actions:
            letter = v.letters.get(step.key)
            link = (
                _Link(vt(lang, "verdict.letter"), f"#{LETTER_ANCHOR}{letter}")
                if letter
                else _Link(vt(lang, "verdict.guide"), _href(base, step.link))
            )
            due = step.due.isoformat() if step.due else ""
            items.append(
                (_Time(step.due_text[:1].upper() + step.due_text[1:], due), " — ",
                 headline(step.text), " (", link, ")")
            )  # fmt: skip
        blocks += [
            _Heading(4, vt(lang, "verdict.next")),
            _List(tuple(items), ordered=True, cls="cc-next"),
        ]
    return _Part("cc-verdict", tuple(blocks))


def _changes_part(a: Assessment) -> _Part | None:
    if a.previous is None:
        return None
    heading, changes = changes_since(a.previous, a)
    return _Part(
        "cc-changes",
        (_Heading(3, heading), _List(tuple((change.text,) for change in changes))),
    )


def _letters_fold(a: Assessment) -> _Fold | None:
    if not a.letters:
        return None
    blocks: list[_Block] = [_Para((vt(a.lang, "letters.intro"),))]
    for letter in a.letters:
        title = letter.title
        other = letter.lang if letter.lang != a.lang else ""
        if other:
            title += law_t(a.lang, f"letters.in_{other}")
        blocks += [
            _Heading(4, title, anchor=f"{LETTER_ANCHOR}{letter.kind.value}"),
            _Pre(letter.text, f"cc-letter cc-letter-{letter.kind.value}", other),
        ]
    return _Fold(vt(a.lang, "fold.letters"), tuple(blocks), "cc-letters")


def _layout(a: Assessment, base_url: str) -> tuple[_Block, ...]:
    """The report: the verdict first, what changed, the plan, then every analysis folded."""
    full = _analysis_layout(a, base_url)
    title, meta = full[0], full[1]
    parts = {block.cls: block for block in full if isinstance(block, _Part)}
    blocks: list[_Block] = [title, meta, _verdict_part(a, _safe_base(base_url))]
    changes = _changes_part(a)
    if changes is not None:
        blocks.append(changes)
    blocks.append(parts["cc-plan-part"])
    for cls, key in _FOLDS:
        part = parts.get(cls)
        if part is None:
            continue
        # The part's own heading becomes the fold's summary, so each title has one home.
        first = part.blocks[0]
        summary, inner = (
            (first.text, part.blocks[1:])
            if isinstance(first, _Heading)
            else (vt(a.lang, key), part.blocks)
        )
        pictures: tuple[_Block, ...] = ()
        if cls == "cc-escalation" and a.escalation is not None:
            pictures = (_Fig(staircase(a.escalation, a.lang)),)
        elif cls == "cc-trust" and a.trust is not None:
            pictures = (_Fig(trust_gauge(a.trust, a.lang)),)
        elif cls == "cc-tactic" and a.tactic is not None:
            pictures = (_Fig(dual_concern(a.tactic, a.lang)),)
        elif cls == "cc-timeline" and a.timeline is not None and a.timeline.incidents:
            pictures = (_Fig(timeline_strip(a.timeline.incidents, a.lang)),)
        blocks.append(_Fold(summary, (*pictures, *inner), cls))
        if cls == "cc-law":
            letters = _letters_fold(a)
            if letters is not None:
                blocks.append(letters)
    blocks.append(full[-1])  # the disclaimer
    return tuple(blocks)


def vt_catalog(lang: str) -> Mapping[str, str]:
    """The verdict and dossier catalog of ``lang``."""
    return VT_MESSAGES[lang]


def _dossier_layout(a: Assessment, case: Case) -> tuple[_Block, ...]:
    """A summary for a mediator or a lawyer: parties, facts, sums, positions, attempts, papers.

    Written in the reader's voice ("as I see them"), from the case and the assessment only.
    """
    lang = a.lang

    def say(key: str, **params: object) -> str:
        return vt(lang, key, **params)

    title = say("dossier.title", client=a.client) if a.client else say("dossier.title_anonymous")
    blocks: list[_Block] = [
        _Heading(2, title),
        _Para((say("dossier.meta", date=i18n.format_date(a.today, lang)),), "cc-meta"),
    ]
    status = case.answers.get("client_status")
    status_text = (
        (", " + say(f"dossier.status.{status}"))
        if isinstance(status, str) and f"dossier.status.{status}" in vt_catalog(lang)
        else ""
    )
    parties: list[_Inline] = [(say("dossier.client", client=a.client or "—", status=status_text),)]
    law = law_section(a.law, lang) if a.law is not None and a.law.sums else None
    if law is not None and law.law:
        parties.append((law.law[0],))
    blocks += [_Heading(3, say("dossier.parties")), _List(tuple(parties))]

    facts = tuple(
        (
            _Time(i18n.format_date(entry.date, lang), entry.date.isoformat()),
            " — ",
            entry.what,
            f" ({say(f'dossier.who.{entry.who.value}')})",
        )
        for entry in case.timeline
    )
    blocks.append(_Heading(3, say("dossier.facts")))
    blocks.append(
        _List(facts, cls="cc-dossier-facts") if facts else _Para((say("dossier.no_facts"),))
    )

    if law is not None:
        blocks += [
            _Heading(3, say("dossier.sums")),
            _Table(law.table_caption, law.table_header, law.table_rows),
            *(_Para((line,), "cc-law-total") for line in law.totals),
            *(_Para((line,)) for line in law.notes),
        ]

    blocks.append(_Heading(3, say("dossier.positions")))
    account = case.narrative.strip()
    if account:
        blocks.append(_Para((_Strong(say("dossier.account")),)))
        blocks += [_Para((para,)) for para in re.split(r"\n\s*\n", account) if para.strip()]
    else:
        blocks.append(_Para((say("dossier.no_account"),)))
    if a.balance is not None and a.balance.common_goals:
        blocks.append(_Para((_Strong(say("dossier.shared")),)))
        blocks.append(_List(tuple((r.text,) for r in a.balance.common_goals)))
    stated = case.answers.get("client_position_stated")
    if isinstance(stated, bool):
        key = "dossier.client_position_yes" if stated else "dossier.client_position_no"
        blocks.append(_Para((say(key),)))
    v = verdict(a)
    if v.stage:
        blocks.append(_Para((say("dossier.where", stage=v.stage),)))

    tried: list[_Inline] = []
    attempts = case.answers.get("direct_attempts")
    if isinstance(attempts, str) and f"dossier.attempts.{attempts}" in vt_catalog(lang):
        tried.append((say(f"dossier.attempts.{attempts}"),))
    tried += [
        (_Time(i18n.format_date(entry.date, lang), entry.date.isoformat()), " — ", entry.what)
        for entry in case.timeline
        if entry.who.value == "me"
    ]
    if case.answers.get("formal_notice_sent") is True:
        tried.append((say("dossier.notice_sent"),))
    blocks.append(_Heading(3, say("dossier.tried")))
    blocks.append(_List(tuple(tried)) if tried else _Para((say("dossier.tried_none"),)))

    bring: list[_Inline] = []
    if case.answers.get("contract_signed") is True:
        bring.append((say("dossier.bring.contract"),))
    numbered = [invoice.number for invoice in case.invoices if invoice.number]
    bring += [(say("dossier.bring.invoice", number=number),) for number in numbered]
    if len(numbered) < len(case.invoices):
        bring.append((say("dossier.bring.invoice_unnumbered"),))
    if case.timeline:
        bring.append((say("dossier.bring.exchanges"),))
    bring += [(say("dossier.bring.delivery"),), (say("dossier.bring.this"),)]
    blocks += [_Heading(3, say("dossier.bring")), _List(tuple(bring))]
    blocks.append(_Para((i18n.t(lang, "report.disclaimer"),), "cc-disclaimer"))
    return tuple(blocks)


def render_dossier_html(assessment: Assessment, case: Case) -> str:
    """The dossier as an HTML fragment, for the page to print."""
    blocks = [_html_block(block) for block in _dossier_layout(assessment, case)]
    return _el("section", blocks, class_="cc-dossier", lang=assessment.lang).markup


def render_dossier_markdown(assessment: Assessment, case: Case) -> str:
    """The dossier as Markdown."""
    lines = [line for block in _dossier_layout(assessment, case) for line in _md_block(block)]
    return "\n".join(lines).rstrip() + "\n"


def render_dossier_text(assessment: Assessment, case: Case) -> str:
    """The dossier as plain text, to hand over or paste into an email."""
    lines = [line for block in _dossier_layout(assessment, case) for line in _text_block(block)]
    return "\n".join(lines).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Html:
    """Markup built by this module, and therefore already safe."""

    markup: str


def _el(tag: str, children: Iterable[str | _Html], **attrs: str) -> _Html:
    """Build an element; text children and attribute values are escaped here, and only here."""
    attributes = "".join(
        f' {name.rstrip("_").replace("_", "-")}="{_escape(clean_line(value))}"'
        for name, value in attrs.items()
        if value
    )
    inner = "".join(c.markup if isinstance(c, _Html) else _escape(clean_text(c)) for c in children)
    return _Html(f"<{tag}{attributes}>{inner}</{tag}>")


def _html_inline(spans: _Inline) -> list[str | _Html]:
    out: list[str | _Html] = []
    for span in spans:
        if isinstance(span, _Link):
            out.append(_el("a", [span.text], href=span.href))
        elif isinstance(span, _Strong):
            out.append(_el("strong", [span.text]))
        elif isinstance(span, _Time):
            out.append(_el("time", [span.text], datetime=span.iso, class_="cc-due"))
        else:
            out.append(span)
    return out


def _html_block(block: _Block) -> _Html:
    if isinstance(block, _Heading):
        return _el(f"h{block.level}", [block.text], class_=block.cls, id=block.anchor)
    if isinstance(block, _Para):
        return _el("p", _html_inline(block.spans), class_=block.cls)
    if isinstance(block, _Pre):
        return _el("pre", [block.text], class_=block.cls, lang=block.lang)
    if isinstance(block, _Fig):
        fig = block.figure
        shapes = [_el(shape.tag, [shape.text], **dict(shape.attrs)) for shape in fig.shapes]
        svg = _el(
            "svg",
            [_el("title", [fig.title]), *shapes],
            viewBox=f"0 0 {fig.width} {fig.height}",
            role="img",
            aria_label=fig.title,
            class_="cc-fig-svg",
        )
        return _el("figure", [svg, _el("figcaption", [fig.text])], class_=f"cc-figure {fig.cls}")
    if isinstance(block, _Fold):
        summary = _el("summary", [block.summary])
        children = [summary, *(_html_block(child) for child in block.blocks)]
        return _el("details", children, class_=f"cc-fold {block.cls}")
    if isinstance(block, _List):
        items = [_el("li", _html_inline(item)) for item in block.items]
        return _el("ol" if block.ordered else "ul", items, class_=block.cls)
    if isinstance(block, _Table):
        head = _el("thead", [_el("tr", [_el("th", [h], scope="col") for h in block.header])])
        body = _el("tbody", [_el("tr", [_el("td", [cell]) for cell in row]) for row in block.rows])
        extra = {"tabindex": "0"} if block.focusable else {}
        return _el(
            "table", [_el("caption", [block.caption]), head, body], class_=block.cls, **extra
        )
    return _el(
        "section",
        [_html_block(child) for child in block.blocks],
        class_=f"cc-part {block.cls}",
        lang=block.lang,
    )


def render_html(assessment: Assessment, base_url: str = "") -> str:
    """Return the report as an HTML fragment: semantic, ``cc-`` classes, no style, no script."""
    blocks = [_html_block(block) for block in _layout(assessment, base_url)]
    return _el("section", blocks, class_="cc-report", lang=assessment.lang).markup


# -- Markdown ------------------------------------------------------------------------------

# Characters that make Markdown anywhere in a line (emphasis, code, links, tables, strikethrough),
# and what makes it only where a span may open a line (headings, lists, quotes, rules).
_MD_INLINE = re.compile(r"([\\`*\[\]|~])")
_MD_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_MD_HTML = re.compile(r"(<(?=[A-Za-z/!?])|&(?=#?\w+;))")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")


def _md_escape(text: str) -> str:
    """Escape Markdown syntax and HTML in user text, on a single line, and nothing more.

    Only what Markdown would act on is escaped, so the downloaded file stays easy to read.
    """
    # Collapse runs of whitespace but keep one at each end: spans such as " — " separate others.
    # Control and bidirectional characters go first, so none can hide what the escaping sees;
    # runs of whitespace collapse, but French no-break spaces stay.
    one_line = re.sub(r"[^\S\u00a0\u202f]+", " ", clean_text(text))
    escaped = _MD_INLINE.sub(r"\\\1", one_line)
    # An underscore inside a word ("jean_dupont") emphasises nothing; at a word's edge it might.
    escaped = _MD_UNDERSCORE.sub(r"\\_", escaped)
    # HTML: only a "<" that opens a tag and an "&" that opens an entity are written as entities;
    # "Dupont & Fils" or "a < b" stay as the reader wrote them.
    escaped = _MD_HTML.sub(lambda m: "&lt;" if m.group(1) == "<" else "&amp;", escaped)
    return _MD_LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    space, marker = match.groups()
    # "12." or "3)" would open an ordered list: escape the punctuation that follows the digits.
    return f"{space}{marker}\\" if marker[0].isdigit() else f"{space}\\{marker}"


def _md_inline(spans: _Inline) -> str:
    out = []
    for span in spans:
        if isinstance(span, _Link):
            href = span.href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            out.append(f"[{_md_escape(span.text).strip()}]({href})")
        elif isinstance(span, _Strong):
            out.append(f"**{_md_escape(span.text).strip()}**")
        elif isinstance(span, _Time):
            out.append(f"*{_md_escape(span.text).strip()}*")
        else:
            out.append(_md_escape(span))
    return "".join(out).strip()


def _md_block(block: _Block) -> list[str]:
    if isinstance(block, _Heading):
        return ["#" * block.level + " " + _md_escape(block.text).strip(), ""]
    if isinstance(block, _Para):
        return [_md_inline(block.spans), ""]
    if isinstance(block, _Fig):
        return []  # the sentences around it say the same
    if isinstance(block, _Pre):
        longest = max((len(run) for run in re.findall(r"`+", clean_text(block.text))), default=0)
        fence = "`" * max(3, longest + 1)
        return [fence, *clean_text(block.text).splitlines(), fence, ""]
    if isinstance(block, _Fold):
        heading = "### " + _md_escape(block.summary).strip()
        return [heading, "", *(line for child in block.blocks for line in _md_block(child))]
    if isinstance(block, _List):
        if not block.items:
            return []
        marks = (
            (f"{n}." for n in range(1, len(block.items) + 1))
            if block.ordered
            else ("-" for _ in block.items)
        )
        return [
            f"{mark} {_md_inline(item)}" for mark, item in zip(marks, block.items, strict=False)
        ] + [""]
    if isinstance(block, _Table):
        lines = [
            f"*{_md_escape(block.caption).strip()}*",
            "",
            "| " + " | ".join(_md_escape(h).strip() for h in block.header) + " |",
            "|" + "---|" * len(block.header),
        ]
        lines += [
            "| " + " | ".join(_md_escape(cell).strip() for cell in row) + " |" for row in block.rows
        ]
        return [*lines, ""]
    return [line for child in block.blocks for line in _md_block(child)]


def render_markdown(assessment: Assessment, base_url: str = "") -> str:
    """Return the report as Markdown, with every piece of text escaped."""
    lines = [line for block in _layout(assessment, base_url) for line in _md_block(block)]
    return "\n".join(lines).rstrip() + "\n"


# -- plain text ----------------------------------------------------------------------------


def _text_inline(spans: _Inline) -> str:
    out = []
    for span in spans:
        if isinstance(span, _Link | _Strong | _Time):
            out.append(span.text)
        else:
            out.append(span)
    # No control or bidirectional character: user text cannot drive a terminal or reorder a line.
    return clean_line("".join(out))


def _text_block(block: _Block) -> list[str]:
    if isinstance(block, _Heading):
        text = _text_inline((block.text,))
        return (
            [text, ("=" if block.level <= 2 else "-") * len(text), ""]
            if block.level <= 3
            else [text, ""]
        )
    if isinstance(block, _Para):
        return [_text_inline(block.spans), ""]
    if isinstance(block, _Fig):
        return []  # the sentences around it say the same
    if isinstance(block, _Pre):
        clean = [clean_text(line) for line in block.text.splitlines()]
        return [*clean, ""]
    if isinstance(block, _Fold):
        lines = _text_block(_Heading(3, block.summary))
        return lines + [line for child in block.blocks for line in _text_block(child)]
    if isinstance(block, _List):
        if not block.items:
            return []
        marks = [f"{n}." if block.ordered else "-" for n in range(1, len(block.items) + 1)]
        return [
            f"{mark} {_text_inline(item)}" for mark, item in zip(marks, block.items, strict=True)
        ] + [""]
    if isinstance(block, _Table):
        lines = [_text_inline((block.caption,))]
        lines += ["  " + " · ".join(_text_inline((cell,)) for cell in row) for row in block.rows]
        return [*lines, ""]
    return [line for child in block.blocks for line in _text_block(child)]


def render_text(assessment: Assessment) -> str:
    """Return the report as plain text, for a terminal or an email."""
    lines = [line for block in _layout(assessment, "") for line in _text_block(block)]
    return "\n".join(lines).rstrip() + "\n"
