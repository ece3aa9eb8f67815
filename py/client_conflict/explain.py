"""The scoring rules written out as Markdown, from the very constants the analyses use."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import balance, conflict, escalation, plan, relationship, tactic, timeline, trust
from .errors import check_lang
from .i18n import format_number, format_signed, t
from .questionnaire import question
from .rules import Rule

__all__ = ["SUITE", "agreement_markdown", "rules_markdown"]

# The scenario suite, in the repository (not in the wheel): the docs are built from a checkout.
SUITE = Path(__file__).resolve().parents[2] / "tests" / "scenarios"


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _source(key: str) -> str:
    return f"[{key}](../sources.md#{key})"


def _effects(rule: Rule[Any], lang: str, prefix: str) -> str:
    return ", ".join(
        f"{t(lang, f'{prefix}.{target.value}')} {format_signed(weight, lang)}"
        for target, weight in rule.effects
    )


def _rule_table(rules: tuple[Rule[Any], ...], lang: str, prefix: str) -> list[str]:
    header = (t(lang, "explain.when"), t(lang, "explain.effect"), t(lang, "explain.source"))
    return _table(
        header, ((r.text(lang), _effects(r, lang, prefix), _source(r.source)) for r in rules)
    )


def _percent(part: int, whole: int, lang: str) -> str:
    value = format_number(round(100 * part / whole), lang) if whole else "0"
    return f"{part} ({value}\u00a0%)" if lang == "fr" else f"{part} ({value}%)"


def agreement_markdown(lang: str, suite: Path = SUITE) -> list[str]:
    """The scenario suite's agreement with the literature, as Markdown lines ([] without it)."""
    from .calibration import figures, run_suite  # noqa: PLC0415  # only when building the docs

    if not (suite / "manifest.json").is_file():
        return []
    outcomes = run_suite(suite)

    def say(key: str, **params: object) -> str:
        return t(lang, f"explain.agreement.{key}", **params)

    rows = []
    for quick in (False, True):
        for split in ("tune", "holdout"):
            found = figures((o for o in outcomes if o.split == split), quick=quick)
            label = say(f"{split}.quick" if quick else split)
            rows.append(
                (
                    label,
                    found.size,
                    _percent(found.first, found.size, lang),
                    _percent(found.top_two, found.size, lang),
                    _percent(found.stage, found.size, lang),
                )
            )
    header = (say("half"), say("size"), say("first"), say("top_two"), say("stage"))
    return [
        f"### {say('title')}",
        "",
        say("intro", size=len(outcomes)),
        "",
        *_table(header, rows),
    ]


def rules_markdown(lang: str) -> str:
    """Return every rule and weight of every analysis as Markdown (headings level 3 and below)."""
    lang = check_lang(lang)

    def say(key: str, **params: object) -> str:
        return t(lang, f"explain.{key}", **params)

    out: list[str] = [f"### {say('trust.title')}", "", say("trust.formula"), ""]
    out += _table(
        (say("trust.factor"), say("trust.questions"), say("trust.direction")),
        (
            (
                t(lang, f"trust.factor.{key}"),
                " ; ".join(question(item).label[lang] for item in items)
                if lang == "fr"
                else "; ".join(question(item).label[lang] for item in items),
                say("trust.down" if key == "self_orientation" else "trust.up"),
            )
            for key, items in trust.FACTORS.items()
        ),
    )
    out += _table(
        (say("trust.band"), say("trust.from")),
        (
            (t(lang, f"trust.band.{band.value}"), format_number(floor, lang))
            for floor, band in trust.BANDS
        ),
    )
    out += [
        say(
            "trust.levers",
            threshold=round(100 * trust.LEVER_THRESHOLD),
            count=trust.MAX_LEVERS,
            actions=trust.ACTIONS_PER_LEVER,
        ),
        "",
        say("trust.in_client"),
        "",
    ]

    out += [f"### {say('conflict.title')}", "", say("conflict.intro"), ""]
    out += _rule_table(conflict.RULES, lang, "explain.type")

    out += [f"### {say('balance.title')}", "", say("balance.intro"), ""]
    out += _table(
        (say("balance.sign"), say("balance.weight")),
        [
            (say("balance.constructive"), f"+{balance.CONSTRUCTIVE_WEIGHT}"),
            (say("balance.goal"), f"+{balance.GOAL_WEIGHT}"),
            *(
                (say("balance.destructive", low=low, high=low + 2), f"−{balance.sign_weight(low)}")
                for low in (1, 4, 7)
            ),
            *(
                (t(lang, f"impediment.{name}"), f"−{weight}")
                for name, weight in balance.DESTRUCTIVE_IMPEDIMENTS.items()
            ),
        ],
    )
    out += _table(
        (say("balance.label"), say("balance.from")),
        (
            (t(lang, f"balance.label.{label.value}"), format_number(floor, lang))
            for floor, label in balance.LABELS
        ),
    )

    out += [f"### {say('escalation.title')}", "", say("escalation.intro"), ""]
    signs = question("escalation_signs")
    labels = {option.value: option.label[lang] for option in signs.options}
    out += _table(
        (say("escalation.stage"), say("escalation.level"), say("escalation.sign")),
        (
            (stage, t(lang, f"level.{escalation.level_of(stage).value}"), labels[sign])
            for sign, stage in escalation.SIGNS.items()
        ),
    )
    low = 1
    rows = []
    for top, party in escalation.THIRD_PARTIES:
        span = str(low) if low == top else f"{low}–{top}"
        rows.append((span, t(lang, f"third_party.{party.value}")))
        low = top + 1
    out += _table((say("escalation.stages"), say("escalation.help")), rows)
    out += [
        say(
            "escalation.flags",
            first=escalation.MEDIATOR_STAGES.start,
            last=escalation.MEDIATOR_STAGES.stop - 1,
            lawyer=escalation.LAWYER_FROM_STAGE,
        ),
        "",
        say("escalation.legal"),
        "",
    ]

    out += [f"### {say('tactic.title')}", "", say("tactic.intro"), ""]
    out += [f"#### {say('tactic.axes')}", ""]
    out += _rule_table(tactic.AXIS_RULES, lang, "style")
    out += [f"#### {say('tactic.situations')}", ""]
    out += _rule_table(tactic.SITUATION_RULES, lang, "style")
    out += [f"#### {say('tactic.uses')}", "", say("tactic.uses_intro"), ""]
    out += _rule_table(tactic.USE_RULES, lang, "style")
    out += [f"#### {say('tactic.context')}", ""]
    out += _rule_table(tactic.CONTEXT_RULES, lang, "style")
    out += [say("tactic.ties"), ""]

    out += [f"### {say('relationship.title')}", "", say("relationship.intro"), ""]
    out += _rule_table(relationship.RULES, lang, "decision")

    out += [f"### {say('timeline.title')}", ""]
    out += [
        say(
            "timeline.text",
            minimum=timeline.TREND_MIN_ENTRIES,
            ratio=format_number(timeline.TREND_RATIO, lang),
            cited=timeline.CITED_FACTS,
            quiet=timeline.QUIET_GAPS,
            days=timeline.QUIET_DAYS,
        ),
        "",
    ]

    out += [f"### {say('plan.title')}", "", say("plan.intro"), ""]
    out += _table(
        (say("plan.step"), say("plan.days"), say("plan.page")),
        (
            (t(lang, f"explain.plan.step.{s.key}"), s.offset, f"`{s.link}`")
            for s in plan.STEPS.values()
        ),
    )
    out += agreement_markdown(lang)
    return "\n".join(out).rstrip() + "\n"
