"""The scenario suite: does the engine recommend what the literature prescribes?

Seventy stories under ``tests/scenarios`` (written from Thomas 1977, Table 1; Rahim 2002;
Lewicki et al.; and Glasl's stages), each with a case file filled from the story alone by
someone who had not seen the weights, split into a tune half and a hold-out half by the
manifest's rule. The weights were tuned on the tune half only; the hold-out half was measured
once, after tuning (engine at commit 4d90908):

| half | size | style first | style in top two | stage within one |
|---|---|---|---|---|
| tune | 35 | 33 (94 %) | 34 | 35 |
| hold-out | 35 | 31 (89 %) | 35 | 35 |
| tune, quick path only | 35 | 32 | 34 | 35 |
| hold-out, quick path only | 35 | 31 | 35 | 35 |

Before any weight was changed (literature priors only), the tune half gave 26 first, 32 in the
top two and 34 stages within one. "Quick path only" keeps the answers to the quick path's
questions and drops the others (timeline, narrative and invoices stay).

RECORDED holds these figures: a change to the weights that moves any of them fails here, so the
figures on "How the diagnostic works" and in this docstring are updated on purpose or not at all.
The goals on the hold-out half: the expected style first in at least 85 %, in the top two in
all, and the stage within one of the expected in all.
"""

from __future__ import annotations

from functools import cache

from cc_helpers import ROOT

from client_conflict.calibration import Figures, Outcome, figures, run_suite

SUITE = ROOT / "tests" / "scenarios"

RECORDED = {
    ("tune", False): Figures(size=35, first=33, top_two=34, stage=35),
    ("holdout", False): Figures(size=35, first=31, top_two=35, stage=35),
    ("tune", True): Figures(size=35, first=32, top_two=34, stage=35),
    ("holdout", True): Figures(size=35, first=31, top_two=35, stage=35),
}
GOAL_FIRST = 0.85


@cache
def _outcomes() -> tuple[Outcome, ...]:
    return run_suite(SUITE)


def _half(split: str) -> list[Outcome]:
    return [o for o in _outcomes() if o.split == split]


def test_the_suite_has_its_two_halves() -> None:
    assert len(_half("tune")) == len(_half("holdout")) >= 30
    for outcome in _outcomes():
        assert outcome.ranking, outcome.id  # every scenario gets a tactic
        assert outcome.got_stage is not None, outcome.id


def test_the_figures_are_the_recorded_ones() -> None:
    for (split, quick), expected in RECORDED.items():
        assert figures(_half(split), quick=quick) == expected, (split, quick)


def test_the_hold_out_half_meets_the_goals() -> None:
    held = figures(_half("holdout"))
    assert held.first >= GOAL_FIRST * held.size
    assert held.top_two == held.size
    assert held.stage == held.size
