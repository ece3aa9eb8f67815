"""Write the scenario case files from the answers recorded in the ``p_*.py`` files.

The answers were filled in from each story alone, as its narrator would answer the
diagnostic's questions, without reading the engine's scoring. This script only turns the
compact record into case files: it checks every value against the questionnaire, takes the
narrative from the story itself (the narrator's own words) and writes
``tests/scenarios/cases/<id>.json``. It never runs an analysis.

Run: PYTHONPATH=py .venv/bin/python tests/scenarios/fill/build.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from parts import CASES  # noqa: E402

from client_conflict.questionnaire import QuestionKind, question, questionnaire  # noqa: E402

TRUST_KEYS = (
    "trust_credibility_expertise",
    "trust_credibility_accuracy",
    "trust_reliability_deadlines",
    "trust_reliability_consistency",
    "trust_reliability_followthrough",
    "trust_intimacy_concerns",
    "trust_intimacy_safe",
    "trust_self_interest",
    "trust_self_listening",
    "trust_self_fees",
    "trust_in_client_word",
    "trust_in_client_good_faith",
)
ORDER = [q.id for s in questionnaire() for q in s.questions]
KNOWN = set(ORDER)
VERSION = 4


def story(case_id: str) -> tuple[dict[str, str], str]:
    text = (ROOT / "stories" / f"{case_id}.md").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    return meta, "\n\n".join(" ".join(p.split()) for p in body.strip().split("\n\n"))


def coerce(qid: str, raw: object) -> object:
    q = question(qid)
    if q.kind is QuestionKind.YESNO:
        assert raw in {"y", "n"}, (qid, raw)
        return raw == "y"
    if q.kind is QuestionKind.SCALE:
        value = int(str(raw))
        assert 1 <= value <= 5, (qid, raw)
        return value
    if q.kind is QuestionKind.MULTI:
        values = [] if raw in {"", "0"} else str(raw).split()
        allowed = {o.value for o in q.options}
        assert set(values) <= allowed, (qid, values)
        return values
    if q.kind is QuestionKind.CHOICE:
        assert raw in {o.value for o in q.options}, (qid, raw)
        return raw
    if q.kind is QuestionKind.NUMBER:
        return raw
    return raw


def answers(case: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    trust = str(case.get("trust", "")).split()
    if trust:
        assert len(trust) == len(TRUST_KEYS), case["id"]
        for key, value in zip(TRUST_KEYS, trust, strict=True):
            if value != "-":
                out[key] = coerce(key, value)
    for key, raw in dict(case["a"]).items():  # type: ignore[call-overload]
        if raw == "-":
            continue
        if key not in KNOWN:
            continue  # an answer of a later questionnaire, written when it exists
        shown_when = getattr(question(key), "shown_when", None)
        if shown_when is not None:
            parent, values = shown_when
            parent_raw = out.get(parent)
            parent_value = str(parent_raw).lower() if isinstance(parent_raw, bool) else parent_raw
            if parent_value not in values:
                continue  # the form does not ask this follow-up after that answer
        out[key] = coerce(key, raw)
    order = {qid: i for i, qid in enumerate(ORDER)}
    return dict(sorted(out.items(), key=lambda item: order[item[0]]))


def invoices(case: dict[str, object]) -> list[dict[str, object]]:
    out = []
    for inv in case.get("inv", ()):  # type: ignore[attr-defined]
        out.append(
            {
                "number": inv.get("number"),
                "issued": inv.get("issued"),
                "due": inv.get("due"),
                "currency": inv["cur"],
                "amount": inv.get("amount"),
                "amount_excl_tax": inv.get("excl"),
                "vat": inv.get("vat", "unknown"),
                "payments": [{"date": d, "amount": a} for d, a in inv.get("paid", ())],
                "disputed": inv.get("disputed", 0),
            }
        )
    return out


def build(case: dict[str, object]) -> dict[str, object]:
    case_id = str(case["id"])
    _, narrative = story(case_id)
    return {
        "format": "client-conflict-case",
        "version": VERSION,
        "id": "scenario-" + case_id[:3],
        "client": case["client"],
        "created": case["created"],
        "updated": case["updated"],
        "narrative": narrative,
        "timeline": [
            {"date": d, "what": w, "category": c, "who": who}
            for d, w, c, who in case["tl"]  # type: ignore[attr-defined]
        ],
        "answers": answers(case),
        "invoices": invoices(case),
        "analyses": [],
        "checklists": {},
    }


def main() -> None:
    out_dir = ROOT / "cases"
    out_dir.mkdir(exist_ok=True)
    ids = set()
    for case in CASES:
        case_id = str(case["id"])
        assert case_id not in ids, case_id
        ids.add(case_id)
        text = json.dumps(build(case), ensure_ascii=False, indent=2) + "\n"
        (out_dir / f"{case_id}.json").write_text(text, encoding="utf-8")
    print(f"{len(ids)} case files, version {VERSION}")


if __name__ == "__main__":
    main()
