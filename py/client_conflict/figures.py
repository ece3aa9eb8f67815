"""Pictures drawn from the engine's figures, as neutral shapes the HTML writer turns into SVG.

No markup here and no style: each shape names its element, its geometry and a ``cc-fig-*``
class that ``guide.css`` colours in both palettes (the Content-Security-Policy allows no
``style`` attribute). Every figure carries its text equivalent.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import i18n
from .escalation import EscalationResult
from .messages_verdict import t
from .trust import TrustResult

__all__ = ["Figure", "Shape", "staircase", "trust_gauge"]

STAGES = 9
# Glasl's three levels: stages 1-3 win-win, 4-6 win-lose, 7-9 lose-lose.
_LEVEL_OF = {stage: ("a", "b", "c")[(stage - 1) // 3] for stage in range(1, STAGES + 1)}


@dataclass(frozen=True, slots=True)
class Shape:
    """One SVG element: its tag, its attributes (geometry and class) and its text, if any."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    text: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A picture: its title, its text equivalent, its view box and its shapes."""

    cls: str
    title: str
    text: str
    width: int
    height: int
    shapes: tuple[Shape, ...]


def _rect(x: float, y: float, w: float, h: float, cls: str) -> Shape:
    return Shape(
        "rect",
        (
            ("x", f"{x:g}"),
            ("y", f"{y:g}"),
            ("width", f"{w:g}"),
            ("height", f"{h:g}"),
            ("class", cls),
        ),
    )


def _label(x: float, y: float, text: str, cls: str = "cc-fig-label") -> Shape:
    return Shape("text", (("x", f"{x:g}"), ("y", f"{y:g}"), ("class", cls)), text)


def staircase(es: EscalationResult, lang: str) -> Figure:
    """Glasl's nine stages as a staircase going down, the case's stage marked."""
    step_w, step_h, top = 32, 14, 8
    shapes: list[Shape] = []
    for stage in range(1, STAGES + 1):
        x = (stage - 1) * step_w
        y = top + (stage - 1) * step_h
        current = " cc-fig-current" if stage == es.stage else ""
        shapes.append(
            _rect(x, y, step_w - 2, step_h, f"cc-fig-step cc-fig-level-{_LEVEL_OF[stage]}{current}")
        )
        shapes.append(_label(x + step_w / 2 - 4, y + step_h - 3, str(stage), "cc-fig-number"))
    title = t(lang, "figure.stair.title", stage=es.stage)
    text = t(lang, "figure.stair.text", stage=es.stage, label=es.stage_label)
    return Figure(
        "cc-fig-stair", title, text, STAGES * step_w, top + STAGES * step_h + 4, tuple(shapes)
    )


def trust_gauge(tr: TrustResult, lang: str) -> Figure:
    """Trust on a gauge from 0 to 100, and each factor's health as a bar under it."""
    width, bar = 300, 14
    score = max(0.0, min(100.0, tr.score))
    shapes: list[Shape] = [
        _rect(0, 4, width, bar, "cc-fig-track"),
        _rect(0, 4, width * score / 100, bar, "cc-fig-value"),
        _label(
            width * score / 100 + 4 if score < 85 else width * score / 100 - 30,
            15,
            i18n.format_number(round(score), lang),
            "cc-fig-number",
        ),
    ]
    y = 30
    for factor in tr.factors:
        shapes += [
            _label(0, y + 10, factor.label),
            _rect(150, y + 1, 150, 10, "cc-fig-track"),
            _rect(150, y + 1, 150 * max(0.0, min(1.0, factor.health)), 10, "cc-fig-factor"),
        ]
        y += 18
    title = t(lang, "figure.trust.title", score=i18n.format_number(round(score), lang))
    parts = [
        t(lang, "figure.trust.factor", factor=f.label, health=round(100 * f.health))
        for f in tr.factors
    ]
    text = t(
        lang,
        "figure.trust.text",
        score=i18n.format_number(round(score), lang),
        band=tr.band_label,
        factors=i18n.join(parts, lang),
    )
    return Figure("cc-fig-trust", title, text, width, y + 2, tuple(shapes))
