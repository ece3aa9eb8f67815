"""The geometry of the report's pictures: the dual-concern grid and the timeline strip.

Placement of the five styles follows Thomas (1976, "Conflict and conflict management", in
Dunnette, Handbook of Industrial and Organizational Psychology; 1992 revision) and Rahim (2002,
"Toward a theory of managing organizational conflict", International Journal of Conflict
Management 13(3)): competing high on one's own concern and low on the other's, collaborating
high on both, avoiding low on both, accommodating high on the other's only, compromising in
the middle (checked against the TKI's published description of its two dimensions,
assertiveness as satisfying one's own concerns and cooperativeness the other's:
https://paperzz.com/doc/8322140/competing-accommodating-compromising, and Michigan State
University Extension's summary: avoiding low on both, accommodating low/high, competing
high/low, compromising medium, collaborating high on both). Label widths are estimated
generously (figures.CHAR_EM), so "no overlap" here holds with room to spare in the browser.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest
from cc_helpers import EXAMPLES, TODAY, load_example

from client_conflict import assess, render_html
from client_conflict.case import Actor, Category, TimelineEntry
from client_conflict.figures import (
    FONT,
    GRID_PLOT,
    R_MAX,
    R_MIN,
    STRIP_X,
    Box,
    Figure,
    Shape,
    dual_concern,
    label_box,
    text_width,
    timeline_strip,
)
from client_conflict.model import Style
from client_conflict.tactic import TacticResult

BAKERY = {"fr": "bakery-logo.json", "en": "en/bakery-logo.json"}
SAMPLES = sorted(
    str(path.relative_to(EXAMPLES))
    for path in (*EXAMPLES.glob("*.json"), *EXAMPLES.glob("en/*.json"))
)


def _attrs(shape: Shape) -> dict[str, str]:
    return dict(shape.attrs)


def _num(shape: Shape, name: str) -> float:
    return float(_attrs(shape)[name])


def _classes(shape: Shape) -> set[str]:
    return set(_attrs(shape)["class"].split())


def _shape_box(shape: Shape) -> Box:
    """The box of any shape the pictures draw."""
    if shape.tag == "text":
        return label_box(shape)
    if shape.tag == "circle":
        cx, cy, r = _num(shape, "cx"), _num(shape, "cy"), _num(shape, "r")
        return Box(cx - r, cy - r, cx + r, cy + r)
    if shape.tag == "rect":
        x, y = _num(shape, "x"), _num(shape, "y")
        return Box(x, y, x + _num(shape, "width"), y + _num(shape, "height"))
    if shape.tag == "line":
        x1, y1, x2, y2 = (_num(shape, n) for n in ("x1", "y1", "x2", "y2"))
        return Box(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    points = [tuple(map(float, p.split(","))) for p in _attrs(shape)["points"].split()]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def _texts(fig: Figure) -> list[Shape]:
    return [s for s in fig.shapes if s.tag == "text"]


def _assert_inside_and_apart(fig: Figure, *, apart_from: tuple[str, ...]) -> None:
    """Every shape inside the view box; no label over another label or over a shape of
    ``apart_from`` (tags)."""
    for shape in fig.shapes:
        assert _shape_box(shape).inside(fig.width, fig.height), (shape, fig.width, fig.height)
    labels = _texts(fig)
    for a, b in itertools.combinations(labels, 2):
        assert not label_box(a).overlaps(label_box(b)), (a.text, b.text)
    others = [s for s in fig.shapes if s.tag in apart_from]
    for label in labels:
        for other in others:
            assert not label_box(label).overlaps(_shape_box(other)), (label.text, other)


# -- the dual-concern grid ---------------------------------------------------------------------


def _grid(sample: str, lang: str) -> Figure:
    a = assess(load_example(sample), lang, today=TODAY)
    assert a.tactic is not None
    return dual_concern(a.tactic, lang)


# A fixed ranking, so these tests do not move when the rules that score the styles change.
FIXED = (
    (Style.COLLABORATE, 5),
    (Style.COMPETE, 4),
    (Style.COMPROMISE, 1),
    (Style.ACCOMMODATE, 0),
    (Style.AVOID, -4),
)


def _fixed_tactic(lang: str) -> TacticResult:
    tactic = assess(load_example(BAKERY[lang]), lang, today=TODAY).tactic
    assert tactic is not None
    by_style = {s.style: s for s in tactic.ranking}
    ranking = tuple(dataclasses.replace(by_style[style], score=n) for style, n in FIXED)
    return dataclasses.replace(tactic, ranking=ranking)


def _discs(fig: Figure) -> list[Shape]:
    return [s for s in fig.shapes if s.tag == "circle"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_grid_places_the_five_styles_as_thomas_and_rahim_do(lang):
    tactic = assess(load_example(BAKERY[lang]), lang, today=TODAY).tactic
    fig = dual_concern(tactic, lang)
    discs = _discs(fig)
    assert len(discs) == 5
    # The discs come in the ranking's order.
    at = {
        s.style: (_num(d, "cx"), _num(d, "cy")) for s, d in zip(tactic.ranking, discs, strict=True)
    }
    left, top, right, bottom = GRID_PLOT
    mid_x, mid_y = (left + right) / 2, (top + bottom) / 2
    # Up is more concern for one's own outcome (y grows downwards), right more for the other's.
    assert at[Style.COMPETE][0] < mid_x
    assert at[Style.COMPETE][1] < mid_y
    assert at[Style.COLLABORATE][0] > mid_x
    assert at[Style.COLLABORATE][1] < mid_y
    assert at[Style.AVOID][0] < mid_x
    assert at[Style.AVOID][1] > mid_y
    assert at[Style.ACCOMMODATE][0] > mid_x
    assert at[Style.ACCOMMODATE][1] > mid_y
    assert at[Style.COMPROMISE] == (mid_x, mid_y)
    # Competing and collaborating share a height, avoiding and accommodating too.
    assert at[Style.COMPETE][1] == at[Style.COLLABORATE][1]
    assert at[Style.AVOID][1] == at[Style.ACCOMMODATE][1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_grid_marks_the_suggested_style_and_sizes_the_others_by_score(lang):
    tactic = _fixed_tactic(lang)
    fig = dual_concern(tactic, lang)
    discs = _discs(fig)
    marked = [d for d in discs if "cc-fig-current" in _classes(d)]
    assert marked == [discs[0]]  # the ranking's first
    radii = [_num(d, "r") for d in discs]
    assert radii[0] == R_MAX
    assert radii[-1] == R_MIN
    scores = [s.score for s in tactic.ranking]
    # A higher score never gets a smaller disc; the highest and lowest span the whole range.
    for (s1, r1), (s2, r2) in itertools.pairwise(zip(scores, radii, strict=True)):
        assert (s1 > s2 and r1 > r2) or (s1 == s2 and r1 == r2)
    # Each style's label says its name and its score, the suggested one in bold.
    labels = [s for s in _texts(fig) if "cc-fig-middle" in _classes(s)]
    for style, label in zip(tactic.ranking, labels, strict=True):
        assert label.text.startswith(style.label)
    assert "cc-fig-strong" in _classes(labels[0])
    assert not any("cc-fig-strong" in _classes(label) for label in labels[1:])
    assert labels[0].text.endswith("(+5)")
    assert labels[-1].text.endswith("(\u22124)")


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_grid_fits_its_box_and_no_label_covers_another_a_disc_or_a_line(sample):
    lang = "en" if sample.startswith("en/") else "fr"
    fig = _grid(sample, lang)
    _assert_inside_and_apart(fig, apart_from=("circle", "line", "polygon"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_grid_holds_the_longest_labels_and_scores(lang):
    a = assess(load_example(BAKERY[lang]), lang, today=TODAY)
    # Scores of two digits with a minus sign, the widest any style label can take.
    wide = tuple(
        dataclasses.replace(s, score=score)
        for s, score in zip(a.tactic.ranking, (19, -18, -19, -17, -16), strict=True)
    )
    fig = dual_concern(dataclasses.replace(a.tactic, ranking=wide), lang)
    _assert_inside_and_apart(fig, apart_from=("circle", "line", "polygon"))
    # Equal scores give equal discs, between the smallest and the largest.
    same = tuple(dataclasses.replace(s, score=2) for s in a.tactic.ranking)
    radii = {
        _num(d, "r")
        for d in _discs(dual_concern(dataclasses.replace(a.tactic, ranking=same), lang))
    }
    assert len(radii) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_grid_has_its_axes_in_plain_words_and_a_text_equivalent(lang):
    fig = dual_concern(_fixed_tactic(lang), lang)
    axis = {
        "fr": ("Souci de votre propre résultat", "Souci du client et de la relation"),
        "en": ("Concern for your own outcome", "Concern for the client and relationship"),
    }
    texts = [s.text for s in _texts(fig)]
    assert axis[lang][0] in texts
    assert axis[lang][1] in texts
    suggested = {
        "fr": "l'approche suggérée est Collaborer (+5)",
        "en": "the suggested approach is Collaborate (+5)",
    }
    assert suggested[lang] in fig.text
    # Every other style is named, with its score, in the sentence a screen reader gets.
    for other in (
        ("S'imposer (+4)", "Éviter (\u22124)")
        if lang == "fr"
        else ("Compete (+4)", "Avoid (\u22124)")
    ):
        assert other in fig.text
    assert ("Collaborer" if lang == "fr" else "Collaborate") in fig.title


# -- the timeline strip ------------------------------------------------------------------------


def _entry(
    day: str, who: Actor = Actor.CLIENT, category: Category = Category.PAYMENT
) -> TimelineEntry:
    return TimelineEntry(dt.date.fromisoformat(day), "what happened", category, who)


def _marks(fig: Figure) -> list[Shape]:
    return [s for s in fig.shapes if "cc-fig-mark" in _classes(s)]


def _centre_x(shape: Shape) -> float:
    box = _shape_box(shape)
    return (box.left + box.right) / 2


def _strip(sample: str, lang: str) -> Figure:
    a = assess(load_example(sample), lang, today=TODAY)
    assert a.timeline is not None
    return timeline_strip(a.timeline.incidents, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_strip_puts_each_fact_at_its_date_in_its_subjects_lane(lang):
    a = assess(load_example(BAKERY[lang]), lang, today=TODAY)
    incidents = a.timeline.incidents
    fig = timeline_strip(incidents, lang)
    start, end = STRIP_X
    # The legend's marks come after the facts' marks; the facts come lane by lane.
    facts = _marks(fig)[: len(incidents)]
    lanes = [s for s in fig.shapes if "cc-fig-lane" in _classes(s)]
    assert len(lanes) == 2  # payment and quality
    by_lane = [c for c in Category if any(e.category is c for e in incidents)]
    ordered = [e for c in by_lane for e in incidents if e.category is c]
    span = (incidents[-1].date - incidents[0].date).days
    for entry, mark in zip(ordered, facts, strict=True):
        expected = start + (end - start) * (entry.date - incidents[0].date).days / span
        assert _centre_x(mark) == pytest.approx(expected)
        lane = lanes[by_lane.index(entry.category)]
        box = _shape_box(mark)
        assert box.top < _num(lane, "y1") < box.bottom  # on its lane's line
        assert f"cc-fig-who-{entry.who.value}" in _classes(mark)
        # Who acted is told by the shape, not only by the colour.
        assert mark.tag == {"client": "circle", "me": "rect"}[entry.who.value]
    # The first and the last date are written at the axis's ends.
    dates = {"fr": ("23 juin 2026", "26 août 2026"), "en": ("23 June 2026", "26 August 2026")}
    first = next(s for s in _texts(fig) if s.text == dates[lang][0])
    last = next(s for s in _texts(fig) if s.text == dates[lang][1])
    assert label_box(first).left == start
    assert label_box(last).right == pytest.approx(end)
    assert dates[lang][0] in fig.title
    assert dates[lang][1] in fig.title
    counts = {
        "fr": ("4 faits datés", "le client (2) et vous (2)", "paiement (2) et qualité (2)"),
        "en": ("4 dated facts", "the client (2) and you (2)", "payment (2) and quality (2)"),
    }
    for part in counts[lang]:
        assert part in fig.text


def test_the_strip_keeps_the_order_of_the_dates_whatever_the_order_given():
    entries = [_entry("2026-03-10"), _entry("2026-01-05"), _entry("2026-02-01")]
    xs = [_centre_x(m) for m in _marks(timeline_strip(entries, "en"))[:3]]
    # Drawn in date order, left to right: 5 January at the start, 10 March at the end.
    assert xs == sorted(xs)
    assert xs[0] == STRIP_X[0]
    assert xs[-1] == pytest.approx(STRIP_X[1])


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_strip_fits_its_box_and_no_label_covers_another_or_a_mark(sample):
    lang = "en" if sample.startswith("en/") else "fr"
    a = assess(load_example(sample), lang, today=TODAY)
    if a.timeline is None:
        pytest.skip("no dated fact in this sample")
    fig = timeline_strip(a.timeline.incidents, lang)
    _assert_inside_and_apart(fig, apart_from=("circle", "rect", "polygon", "line"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_strip_holds_every_subject_every_party_and_the_longest_dates(lang):
    # Every category and every party, across the widest dates ("30 septembre 2026").
    entries = [
        _entry("2025-09-30", who, category)
        for category, who in zip(Category, itertools.cycle(Actor), strict=False)
    ]
    entries.append(_entry("2026-09-30", Actor.BOTH, Category.OTHER))
    fig = timeline_strip(entries, lang)
    assert len([s for s in fig.shapes if "cc-fig-lane" in _classes(s)]) == len(Category)
    _assert_inside_and_apart(fig, apart_from=("circle", "rect", "polygon", "line"))
    assert {s.tag for s in _marks(fig)} == {"circle", "rect", "polygon"}
    assert text_width("30 septembre 2026") * 2 + FONT < STRIP_X[1] - STRIP_X[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_single_fact_is_drawn_in_the_middle_with_its_date_once(lang):
    fig = timeline_strip([_entry("2026-07-01", Actor.ME)], lang)
    (mark, _legend) = _marks(fig)
    assert _centre_x(mark) == pytest.approx(sum(STRIP_X) / 2)
    date = {"fr": "1er juillet 2026", "en": "1 July 2026"}[lang]
    assert [s.text for s in _texts(fig)].count(date) == 1
    assert fig.text.startswith({"fr": "Un fait daté", "en": "One dated fact"}[lang])
    _assert_inside_and_apart(fig, apart_from=("circle", "rect", "polygon", "line"))


def test_many_facts_on_one_day_keep_the_strip_the_same_size():
    few = timeline_strip([_entry("2026-01-01"), _entry("2026-06-01")], "fr")
    many = timeline_strip([_entry("2026-01-01")] * 400 + [_entry("2026-06-01")], "fr")
    assert (many.width, many.height) == (few.width, few.height)
    assert "401 faits datés" in many.text


def test_an_empty_timeline_has_no_strip():
    with pytest.raises(ValueError, match="at least one dated fact"):
        timeline_strip([], "fr")


def test_the_samples_are_all_checked():
    assert "bakery-logo.json" in SAMPLES
    assert "en/bakery-logo.json" in SAMPLES
    assert all((EXAMPLES / Path(s)).exists() for s in SAMPLES)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_opens_the_tactic_fold_with_the_grid_and_the_timeline_fold_with_the_strip(lang):
    html = render_html(assess(load_example(BAKERY[lang]), lang, today=TODAY))
    for fold, figure in (("cc-tactic", "cc-fig-grid"), ("cc-timeline", "cc-fig-strip")):
        start = html.index(f'<details class="cc-fold {fold}">')
        after_summary = html.index("</summary>", start) + len("</summary>")
        assert html.startswith(f'<figure class="cc-figure {figure}">', after_summary)
        svg = html[after_summary : html.index("</figure>", after_summary)]
        assert '<svg viewBox="0 0 280 ' in svg
        assert 'role="img"' in svg
        assert "<title>" in svg
        assert "<figcaption>" in svg
    assert "style=" not in html
