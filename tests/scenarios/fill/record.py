"""The notation of the narrators' answers: one record per story, compact.

``a`` holds "key=value" pairs separated by spaces; list answers use commas (an empty
value is an empty list); "-" or an absent key leaves a question unanswered, because the
story does not say. Short keys are expanded through ``SHORT``. Trust answers are the twelve
trust statements in the questionnaire's order. Invoices give the currency (``cur``), the
amount the client owes including any tax (``amount``), the amount before tax (``excl``),
the VAT status, payments received and the disputed part.
"""

from __future__ import annotations

SHORT = {
    "cs": "contract_signed",
    "da": "direct_attempts",
    "src": "sources",
    "main": "main_source",
    "qsd": "quality_standards_differ",
    "cps": "client_position_stated",
    "cnk": "client_needs_known",
    "oic": "own_interests_clear",
    "sv": "shared_values",
    "nc": "needs_compatible",
    "con": "constructive_signs",
    "esc": "escalation_signs",
    "goals": "common_goals",
    "imp": "impediments",
    "so": "stake_outcome",
    "sr": "stake_relationship",
    "sc": "stake_client",
    "tp": "time_pressure",
    "pb": "power_balance",
    "cm": "concessions_made",
    "ce": "concessions_exploited",
    "emo": "emotions",
    "mi": "missing_information",
    "bp": "better_placed",
    "dm": "decision_maker_reached",
    "br": "breach",
    "brby": "breach_by",
    "brt": "breach_type",
    "fn": "formal_notice_sent",
    "dl": "deadline",
    "rev": "revenue_share",
    "strat": "strategic_value",
    "cost": "cost_to_serve",
    "again": "take_again",
    "rp": "reader_place",
    "rus": "reader_us_state",
    "rt": "reader_trader",
    "cp": "client_place",
    "cus": "client_us_state",
    "gl": "governing_law",
    "gus": "governing_us_state",
    "cst": "client_status",
    "own": "own_signs",
    "sit": "situation",
    "lf": "legal_footing",
    "cvs": "costs_vs_stake",
    "len": "relationship_length",
    "rec": "recurrence",
    "clr": "contract_late_rate",
    "clf": "contract_late_fixed",
}
MULTI = {
    "sources",
    "constructive_signs",
    "escalation_signs",
    "own_signs",
    "common_goals",
    "impediments",
    "situation",
}


def parse(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for pair in text.split():
        key, _, value = pair.partition("=")
        key = SHORT.get(key, key)
        if key in out:
            raise ValueError(f"{key} given twice")
        if value == "-":
            out[key] = "-"
        elif key in MULTI or "," in value:
            out[key] = " ".join(v for v in value.split(",") if v)
        elif key in {"revenue_share", "contract_late_rate", "contract_late_fixed"}:
            out[key] = float(value) if "." in value else int(value)
        else:
            out[key] = value
    return out


def C(**case: object) -> dict[str, object]:  # noqa: N802  # reads as a record constructor
    case["a"] = parse(str(case["a"]) + " " + str(case.pop("v4", "")))
    return case
