"""The guide's running example as a complete case file: Léa, a designer, and Maison Verdier."""

from __future__ import annotations

from typing import Any

from .errors import check_lang

__all__ = ["example_case"]

_NARRATIVE = {
    "fr": (
        "Je suis graphiste indépendante à Lyon. Maison Verdier (Marc Verdier, dirigeant d'une "
        "épicerie fine familiale de trois boutiques) m'a confié son identité visuelle et ses "
        "emballages. Devis de 9 600 € HT signé le 12 mai 2026, acompte de 30 % réglé. Livraison"
        " prévue le 30 juin, faite le 11 juillet : les photos produits, attendues le 1er juin, "
        "sont arrivées le 20 juin. J'ai accepté trois séries de retouches en plus des deux "
        "prévues au devis. La facture de solde (6 720 € HT, 8 064 € TTC), envoyée le 15 juillet"
        " et payable au 14 août, reste impayée. Marc propose 3 000 € « vu la qualité » et "
        "menace de prévenir les autres commerçants."
    ),
    "en": (
        "I am a freelance graphic designer in Lyon. Maison Verdier (Marc Verdier, who runs a "
        "family delicatessen with three shops) hired me for its visual identity and packaging. "
        "Quote of €9,600 before VAT signed on 12 May 2026, 30% deposit paid. Delivery was "
        "planned for 30 June and happened on 11 July: the product photos, due on 1 June, "
        "arrived on 20 June. I accepted three extra rounds of revisions on top of the two in "
        "the quote. The balance invoice (€6,720 before VAT, €8,064 with it), sent on 15 July "
        "and due on 14 August, is still unpaid. Marc is offering €3,000 'given the quality' and"
        " threatens to warn other shopkeepers."
    ),
}

_TIMELINE: tuple[tuple[str, str, str, str, str], ...] = (
    ("2026-05-12", "scope", "both",
     "Devis signé : identité visuelle et emballages, 9 600 € HT, deux séries de retouches.",
     "Quote signed: visual identity and packaging, €9,600 before VAT, two rounds of revisions."),
    ("2026-05-15", "payment", "client",
     "Acompte de 30 % (2 880 €) reçu.",
     "30% deposit (€2,880) received."),
    ("2026-06-20", "timeliness", "client",
     "Photos produits reçues, avec 19 jours de retard sur le 1er juin convenu.",
     "Product photos received, 19 days after the agreed 1 June."),
    ("2026-07-08", "scope", "client",
     "Cinquième série de retouches demandée, la troisième hors devis.",
     "Fifth round of revisions requested, the third beyond the quote."),
    ("2026-07-11", "timeliness", "me",
     "Livraison finale, onze jours après la date prévue du 30 juin.",
     "Final delivery, eleven days after the planned 30 June."),
    ("2026-07-15", "payment", "me",
     "Facture de solde de 6 720 € envoyée, payable au 14 août.",
     "Balance invoice of €6,720 sent, due on 14 August."),
    ("2026-08-14", "payment", "client",
     "Échéance passée : solde impayé, sans nouvelles.",
     "Due date passed: balance unpaid, no word from the client."),
    ("2026-08-21", "payment", "me",
     "Relance écrite ; Marc répond qu'il « regarde ça ».",
     "Written reminder; Marc replies that he will 'look into it'."),
    ("2026-09-02", "quality", "client",
     "Marc propose 3 000 € « vu la qualité », en copie à son expert-comptable.",
     "Marc offers €3,000 'given the quality', copying in his accountant."),
    ("2026-09-10", "communication", "client",
     "Marc écrit qu'il va « prévenir les autres commerçants ».",
     "Marc writes that he will 'warn other shopkeepers'."),
)  # fmt: skip

_ANSWERS: dict[str, Any] = {
    "contract_signed": True,
    "direct_attempts": "one",
    "sources": ["payment", "quality", "timeliness", "scope"],
    "main_source": "quality",
    "quality_standards_differ": True,
    "client_position_stated": True,
    "client_needs_known": 3,
    "own_interests_clear": 4,
    "shared_values": 3,
    "needs_compatible": "partly",
    "constructive_signs": ["still_talking", "proposes_solutions"],
    "escalation_signs": ["positions_harden", "polemics", "allies", "threats"],
    "common_goals": ["reputation", "avoid_costs"],
    "trust_credibility_expertise": 4,
    "trust_credibility_accuracy": 4,
    "trust_reliability_deadlines": 2,
    "trust_reliability_consistency": 4,
    "trust_reliability_followthrough": 3,
    "trust_intimacy_concerns": 3,
    "trust_intimacy_safe": 3,
    "trust_self_interest": 3,
    "trust_self_listening": 3,
    "trust_self_fees": 2,
    "trust_in_client_word": 2,
    "trust_in_client_good_faith": 3,
    "impediments": ["divergent_perceptions", "disputed_facts"],
    "stake_outcome": 4,
    "stake_relationship": 3,
    "stake_client": 4,
    "fault": "shared",
    "time_pressure": 3,
    "power_balance": "balanced",
    "concessions_made": True,
    "concessions_exploited": False,
    "emotions": 4,
    "missing_information": False,
    "better_placed": False,
    "decision_maker_reached": True,
    "batna": "acceptable",
    "breach": True,
    "breach_by": "client",
    "breach_type": "non_payment",
    "formal_notice_sent": False,
    "revenue_share": 18,
    "strategic_value": 3,
    "cost_to_serve": 4,
    "take_again": "on_new_terms",
    "own_signs": ["digging_in", "arguing_to_win"],
    "situation": ["hurt_feelings", "other_ways_failed"],
    "legal_footing": "fair",
    "costs_vs_stake": "less",
    "relationship_length": "first_job",
    "recurrence": "first",
    "reader_place": "fr",
    "reader_trader": "no",
    "client_place": "fr",
    "governing_law": "fr",
    "client_status": "company",
}

# The balance invoice: 6 720 € before tax, 20 % VAT; Marc's offer of 3 000 € before tax leaves
# 3 720 € before tax (4 464 € with VAT) in dispute.
_INVOICES: tuple[dict[str, Any], ...] = (
    {
        "number": "2026-014",
        "issued": "2026-07-15",
        "due": "2026-08-14",
        "currency": "EUR",
        "amount": 8064,
        "amount_excl_tax": 6720,
        "vat": "charged",
        "payments": [],
        "disputed": 4464,
    },
)


def example_case(lang: str = "fr") -> dict[str, Any]:
    """Return a complete sample case file, with its free texts in ``lang``."""
    lang = check_lang(lang)
    index = 3 if lang == "fr" else 4
    return {
        "format": "client-conflict-case",
        "version": 4,
        "id": "maison-verdier-2026",
        "client": "Maison Verdier",
        "created": "2026-05-12",
        "updated": "2026-09-14",
        "narrative": _NARRATIVE[lang],
        "timeline": [
            {"date": row[0], "what": row[index], "category": row[1], "who": row[2]}
            for row in _TIMELINE
        ],
        "answers": dict(_ANSWERS),
        "checklists": {"steps/1-describe": ["dates", "documents"]},
        "invoices": [dict(invoice) for invoice in _INVOICES],
        "analyses": [],
    }
