"""Pictures drawn from the engine's figures, as neutral shapes the HTML writer turns into SVG.

No markup here and no style: each shape names its element, its geometry and a ``cc-fig-*``
class that ``guide.css`` colours in both palettes (the Content-Security-Policy allows no
``style`` attribute). Every figure carries its text equivalent.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from . import i18n
from .case import Actor, Category, TimelineEntry
from .escalation import EscalationResult
from .messages_verdict import t
from .model import Style
from .tactic import StyleScore, TacticResult
from .trust import TrustResult

__all__ = [
    "Box",
    "Figure",
    "Shape",
    "dual_concern",
    "label_box",
    "staircase",
    "text_width",
    "timeline_strip",
    "trust_gauge",
]

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


# -- text extents: how wide a label is, for the layout and for the tests that claim no overlap --

FONT = 11  # the labels' size in the figure's units (guide.css sets it; print keeps it at >= 10 pt)
# An upper bound of a character's advance in the site's sans-serif, as a share of the font size;
# bold text is a little wider.
CHAR_EM = 0.6
BOLD_EM = 0.66


def text_width(text: str, bold: bool = False) -> float:
    """A generous estimate of how wide ``text`` is drawn at ``FONT``."""
    return len(text) * FONT * (BOLD_EM if bold else CHAR_EM)


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned box in the figure's units."""

    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share any area."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def inside(self, width: float, height: float) -> bool:
        """Whether the box lies within a view box of ``width`` x ``height``."""
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height


def _attr(shape: Shape, name: str) -> str:
    return dict(shape.attrs).get(name, "")


def label_box(shape: Shape) -> Box:
    """The box a ``text`` shape covers, from its anchor class and the estimate of its width."""
    x, y = float(_attr(shape, "x")), float(_attr(shape, "y"))
    classes = _attr(shape, "class").split()
    width = text_width(shape.text, bold="cc-fig-strong" in classes)
    if "cc-fig-middle" in classes:
        left = x - width / 2
    elif "cc-fig-end" in classes:
        left = x - width
    else:
        left = x
    # From the ascender to the descender, around the baseline.
    return Box(left, y - 0.8 * FONT, left + width, y + 0.25 * FONT)


def _text(x: float, y: float, text: str, cls: str) -> Shape:
    return Shape("text", (("x", f"{x:g}"), ("y", f"{y:g}"), ("class", cls)), text)


def _line(x1: float, y1: float, x2: float, y2: float, cls: str) -> Shape:
    return Shape(
        "line",
        (
            ("x1", f"{x1:g}"),
            ("y1", f"{y1:g}"),
            ("x2", f"{x2:g}"),
            ("y2", f"{y2:g}"),
            ("class", cls),
        ),
    )


def _circle(cx: float, cy: float, r: float, cls: str) -> Shape:
    return Shape("circle", (("cx", f"{cx:g}"), ("cy", f"{cy:g}"), ("r", f"{r:g}"), ("class", cls)))


def _polygon(points: Sequence[tuple[float, float]], cls: str) -> Shape:
    return Shape(
        "polygon", (("points", " ".join(f"{x:g},{y:g}" for x, y in points)), ("class", cls))
    )


# -- the five styles on the dual-concern grid -------------------------------------------------

# Where each style sits, as shares of the plot: (concern for the relationship, left to right;
# concern for one's own outcome, bottom to top). Thomas (1976, 1992) and Rahim (2002) place
# competing high on one's own outcome and low on the other's, collaborating high on both,
# avoiding low on both, accommodating high on the other's only, compromising in the middle.
GRID_PLACES: dict[Style, tuple[float, float]] = {
    Style.COMPETE: (0.22, 0.8),
    Style.COLLABORATE: (0.78, 0.8),
    Style.COMPROMISE: (0.5, 0.5),
    Style.AVOID: (0.22, 0.2),
    Style.ACCOMMODATE: (0.78, 0.2),
}
# 280 units wide: drawn about 1:1 in a fold on a 375 px phone, so labels read at the text's size.
GRID_W, GRID_H = 280, 250
# The plot: left, top, right, bottom; the axis titles sit above and below it.
GRID_PLOT = (10.0, 24.0, 274.0, 224.0)
R_MIN, R_MAX = 5.0, 13.0


def style_radius(score: float, low: float, high: float) -> float:
    """A style's disc grows with its score, from R_MIN for the lowest to R_MAX for the highest."""
    if high == low:
        return (R_MIN + R_MAX) / 2
    return R_MIN + (R_MAX - R_MIN) * (score - low) / (high - low)


def _style_label(style: StyleScore, lang: str) -> str:
    score = i18n.format_signed(style.score, lang)
    return t(lang, "figure.grid.style", style=style.label, score=score)


def dual_concern(tc: TacticResult, lang: str) -> Figure:
    """The five styles placed on the grid of the two concerns, the suggested one marked."""
    left, top, right, bottom = GRID_PLOT
    scores = [s.score for s in tc.ranking]
    low, high = min(scores), max(scores)
    first = tc.ranking[0]
    mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
    # The quadrants' dashed guides stop short of the middle style's disc and label.
    middle = next(s for s in tc.ranking if s.style is Style.COMPROMISE)
    gap = text_width(_style_label(middle, lang), bold=middle is first) / 2 + 4
    label_bottom = mid_y + R_MAX + FONT + 2 + 0.25 * FONT
    shapes: list[Shape] = [
        _rect(left, top, right - left, bottom - top, "cc-fig-area"),
        _line(mid_x, top, mid_x, mid_y - R_MAX - 3, "cc-fig-guide"),
        _line(mid_x, label_bottom + 3, mid_x, bottom, "cc-fig-guide"),
        _line(left, mid_y, mid_x - gap, mid_y, "cc-fig-guide"),
        _line(mid_x + gap, mid_y, right, mid_y, "cc-fig-guide"),
        # The axes, each with its arrowhead: more concern is up, and to the right.
        _line(left, bottom, left, top, "cc-fig-axis"),
        _polygon(((left, top - 6), (left - 4, top + 2), (left + 4, top + 2)), "cc-fig-arrow"),
        _line(left, bottom, right, bottom, "cc-fig-axis"),
        _polygon(
            ((right + 6, bottom), (right - 2, bottom - 4), (right - 2, bottom + 4)), "cc-fig-arrow"
        ),
        _text(left, top - 10, t(lang, "figure.grid.own"), "cc-fig-label cc-fig-axis-title"),
        _text(
            right,
            bottom + 18,
            t(lang, "figure.grid.other"),
            "cc-fig-label cc-fig-axis-title cc-fig-end",
        ),
    ]
    for style in tc.ranking:
        across, up = GRID_PLACES[style.style]
        cx = left + across * (right - left)
        cy = bottom - up * (bottom - top)
        r = style_radius(style.score, low, high)
        chosen = style is first
        mark = " cc-fig-current" if chosen else ""
        shapes.append(_circle(cx, cy, r, f"cc-fig-style{mark}"))
        label = _style_label(style, lang)
        strong = " cc-fig-strong" if chosen else ""
        # Centred under its disc, but never past the picture's edges.
        half = text_width(label, bold=chosen) / 2
        x = min(max(cx, half + 1), GRID_W - half - 1)
        shapes.append(_text(x, cy + R_MAX + FONT + 2, label, f"cc-fig-label cc-fig-middle{strong}"))
    where = t(lang, f"figure.grid.where.{first.style.value}")
    others = [_style_label(s, lang) for s in tc.ranking[1:]]
    title = t(lang, "figure.grid.title", style=first.label)
    text = t(
        lang,
        "figure.grid.text",
        style=first.label,
        score=i18n.format_signed(first.score, lang),
        where=where,
        others=i18n.join(others, lang),
    )
    return Figure("cc-fig-grid", title, text, GRID_W, GRID_H, tuple(shapes))


# -- the timeline as a dated strip -------------------------------------------------------------

STRIP_W = 280
STRIP_X = (8.0, 272.0)  # where the first and the last date sit
LANE_H = 34  # a lane: its category's name, then its line with the marks
MARK_R = 5.0
_WHO_ORDER = (Actor.CLIENT, Actor.ME, Actor.BOTH, Actor.THIRD_PARTY)


def strip_x(day: dt.date, first: dt.date, last: dt.date) -> float:
    """Where a date sits on the strip: first at the left end, last at the right, linearly."""
    start, end = STRIP_X
    if last == first:
        return (start + end) / 2
    return start + (end - start) * (day - first).days / (last - first).days


def _mark(who: Actor, x: float, y: float) -> Shape:
    """Who acted, by shape (never by colour alone): client disc, me square, both diamond."""
    r = MARK_R
    cls = f"cc-fig-mark cc-fig-who-{who.value}"
    if who is Actor.CLIENT:
        return _circle(x, y, r, cls)
    if who is Actor.ME:
        return _rect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1, cls)
    if who is Actor.BOTH:
        return _polygon(((x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)), cls)
    return _polygon(((x, y - r), (x + r, y + r - 1), (x - r, y + r - 1)), cls)


def timeline_strip(entries: Sequence[TimelineEntry], lang: str) -> Figure:
    """The dated facts on a time axis, one lane per subject, each mark shaped by who acted.

    The first and last dates are written at the axis's ends; a legend says which shape is who.
    The strip keeps its view box and scales with the page, so it fits a phone without sideways
    scrolling.
    """
    if not entries:
        raise ValueError("a strip needs at least one dated fact")
    dated = sorted(entries, key=lambda e: e.date)
    first, last = dated[0].date, dated[-1].date
    start, end = STRIP_X
    used = [c for c in Category if any(e.category is c for e in dated)]
    shapes: list[Shape] = []
    y = 0.0
    for category in used:
        line_y = y + FONT + 14
        name = _category(category, lang)
        shapes.append(_text(start, y + FONT, name[:1].upper() + name[1:], "cc-fig-label"))
        shapes.append(_line(start, line_y, end, line_y, "cc-fig-lane"))
        shapes += [_mark(e.who, strip_x(e.date, first, last), line_y) for e in dated
                   if e.category is category]  # fmt: skip
        y += LANE_H
    # The time axis under the lanes, a tick at each month's first day, the ends dated.
    axis_y = y + 4
    shapes.append(_line(start, axis_y, end, axis_y, "cc-fig-axis"))
    for month in _month_starts(first, last):
        x = strip_x(month, first, last)
        shapes.append(_line(x, axis_y - 3, x, axis_y + 3, "cc-fig-tick"))
    base = axis_y + 4 + FONT
    first_text = i18n.format_date(first, lang)
    if last == first:
        shapes.append(_text((start + end) / 2, base, first_text, "cc-fig-label cc-fig-middle"))
    else:
        last_text = i18n.format_date(last, lang)
        # The longest dates ("30 septembre 2026") take 112 units each: the two never meet.
        shapes.append(_text(start, base, first_text, "cc-fig-label"))
        shapes.append(_text(end, base, last_text, "cc-fig-label cc-fig-end"))
    # The legend: one shape and its name for each party that acted, wrapped to the width.
    x, line = start, base + FONT + 10
    for who in _WHO_ORDER:
        if not any(e.who is who for e in dated):
            continue
        name = i18n.t(lang, f"who.{who.value}")
        name = name[:1].upper() + name[1:]
        needed = 2 * MARK_R + 4 + text_width(name)
        if x > start and x + needed > end:
            x, line = start, line + FONT + 8
        shapes.append(_mark(who, x + MARK_R, line - FONT / 2 + 1))
        shapes.append(_text(x + 2 * MARK_R + 4, line, name, "cc-fig-label"))
        x += needed + 12
    height = line + 6
    counts = [
        t(lang, "figure.strip.count", who=i18n.t(lang, f"who.{who.value}"), count=n)
        for who in _WHO_ORDER
        if (n := sum(e.who is who for e in dated))
    ]
    subjects = [
        t(
            lang,
            "figure.strip.count",
            who=_category(c, lang),
            count=sum(e.category is c for e in dated),
        )
        for c in used
    ]
    dates = {"first": first_text, "last": i18n.format_date(last, lang), "count": len(dated)}
    one = "_one" if len(dated) == 1 else ""
    title = t(lang, f"figure.strip.title{one}", **dates)
    text = t(
        lang,
        f"figure.strip.text{one}",
        **dates,
        who=i18n.join(counts, lang),
        subjects=i18n.join(subjects, lang),
    )
    return Figure("cc-fig-strip", title, text, STRIP_W, math.ceil(height), tuple(shapes))


def _category(category: Category, lang: str) -> str:
    return i18n.t(lang, f"category.{category.value}")


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month strictly after ``first`` and up to ``last``."""
    months = []
    day = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months
