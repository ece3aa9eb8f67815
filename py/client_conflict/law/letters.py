"""Letters written from the case: a reminder and a final notice in the letter's own jurisdiction.

The letter is in the recipient's language and formats: French for French law, British English for
the United Kingdom, US English (month-first dates, dollars) for the United States, whatever the
language of the site. It is filled from the case (client, invoices, computed sums, the dates of
the reader's reminders, a deadline) and nothing else: a fact the case does not hold stays a
visible blank, ``[…]``. Plain text, from ``string.Template``.

Payment deadlines: the Pre-Action Protocol for Debt Claims gives 30 days, the Practice Direction
on Pre-Action Conduct 14 days (England and Wales); elsewhere the period is a usual courtesy, not a
rule: 8 days in France, 14 days in Scotland and Northern Ireland, 10 days in the United States.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from string import Template
from typing import Any

from client_conflict import i18n

from .assess import LawAssessment
from .messages import french_typography
from .report import format_day
from .routes import RouteId
from .sums import Rule, Sums
from .types import Currency, Jurisdiction

__all__ = ["BLANK", "Letter", "LetterKind", "letters", "notice_days"]

BLANK = "[…]"
_ZERO = Decimal(0)


class LetterKind(enum.Enum):
    """The two letters the engine writes."""

    REMINDER = "reminder"
    FINAL_NOTICE = "final_notice"


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter ready to copy, download as text or print."""

    kind: LetterKind
    jurisdiction: Jurisdiction
    lang: str  # the letter's language: "fr" or "en"
    title: str
    deadline: dt.date
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "kind": self.kind.value,
            "jurisdiction": self.jurisdiction.value,
            "lang": self.lang,
            "title": self.title,
            "deadline": self.deadline.isoformat(),
            "text": self.text,
        }


_FR_REMINDER = Template("""\
$sender
$sender_address

$client
$client_address

$place, le $today

Objet : facture$plural $numbers restée$plural impayée$plural

Madame, Monsieur,

Sauf erreur de ma part, $these_invoices reste$plural_verb impayée$plural à ce jour :
$invoice_lines

Je vous remercie de bien vouloir régler $balance au plus tard le $deadline. Si votre paiement \
s'est croisé avec ce courrier, merci de ne pas en tenir compte.
$penalty_reminder
Je reste à votre disposition pour toute question.

Cordialement,

$sender
""")

_FR_NOTICE = Template("""\
$sender
$sender_address

$client
$client_address

$place, le $today

Lettre recommandée avec avis de réception

Objet : mise en demeure de payer

Madame, Monsieur,

$reminders_sentence la ou les factures suivantes restent impayées :
$invoice_lines

Au $today, les sommes dues sont les suivantes :
$claim_lines

Par la présente, je vous mets en demeure de me régler la somme de $claim au plus tard le \
$deadline.$disputed_sentence

À défaut de paiement dans ce délai, je saisirai la juridiction compétente, notamment par la \
voie de l'injonction de payer, sans autre avis.$consumer_sentence

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

$sender
""")

_EN_REMINDER = Template("""\
$sender
$sender_address

$today

$client
$client_address

Re: unpaid invoice$plural $numbers

Dear $salutation,

According to my records, the following invoice$plural $is_are still unpaid:
$invoice_lines

Please pay $balance by $deadline. If you have paid in the meantime, please disregard this letter.
$penalty_reminder
Kind regards,

$sender
""")

_EN_FINAL = Template("""\
$sender
$sender_address

$today

$delivery

$client
$client_address

$title

Dear $salutation,

$reminders_sentence the following invoice$plural $is_are still unpaid:
$invoice_lines

As of $today, you owe:
$claim_lines
$protocol_paragraph
Please pay $claim by $deadline.$disputed_sentence If I do not receive payment or a reply by \
then, I may start court proceedings without further notice and ask the court for interest and \
costs.$freelance_sentence

$closing

$sender
""")


def _money(amount: Decimal, lang: str, currency: Currency) -> str:
    return i18n.format_amount(float(amount), lang, currency.value)


def _rate(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "fr" else text


def _days(jurisdiction: Jurisdiction, kind: LetterKind, law: LawAssessment) -> int:
    if kind is LetterKind.REMINDER:
        return 8 if jurisdiction is Jurisdiction.FR else 7
    for route in law.routes:
        if route.id in {RouteId.EW_DEBT_PROTOCOL, RouteId.EW_PRACTICE_DIRECTION} and route.days:
            return route.days
    if jurisdiction is Jurisdiction.FR:
        return 8
    return 10 if jurisdiction.us else 14


def _invoice_lines(sums: Sequence[Sums], lang: str, us: bool) -> str:
    lines = []
    for item in sums:
        number = item.invoice.number or BLANK
        issued = format_day(item.invoice.issued, lang, us) if item.invoice.issued else BLANK
        due = format_day(item.due, lang, us) if item.due else BLANK
        owed = _money(item.owed, lang, item.currency) if item.owed is not None else BLANK
        left = _money(item.balance, lang, item.currency) if item.balance is not None else BLANK
        if lang == "fr":
            lines.append(
                f"- facture n° {number} du {issued}, échue le {due}, de {owed} : reste dû {left}"
            )
        else:
            lines.append(f"- invoice {number} dated {issued}, due {due}, for {owed}: {left} unpaid")
    return "\n".join(lines)


def _total(sums: Sequence[Sums], what: str) -> dict[Currency, Decimal]:
    out: dict[Currency, Decimal] = {}
    for item in sums:
        value = getattr(item, what)
        if value is not None:
            out[item.currency] = out.get(item.currency, _ZERO) + value
    return out


def _sum_text(values: dict[Currency, Decimal], lang: str) -> str:
    if not values:
        return BLANK
    return " + ".join(_money(v, lang, c) for c, v in values.items())


def _claim_lines(sums: Sequence[Sums], lang: str, law: LawAssessment) -> str:
    rules = {item.rule for item in sums}
    interest = _sum_text(_total(sums, "interest"), lang)
    fixed: dict[Currency, Decimal] = {}
    for item in sums:
        if item.fixed:
            fixed[item.fixed_currency] = fixed.get(item.fixed_currency, _ZERO) + item.fixed
    rates = sorted({period.basis.rate for item in sums for period in item.periods}, key=lambda r: r)
    rate_text = (
        " / ".join(f"{_rate(r, lang)} %" if lang == "fr" else f"{_rate(r, lang)}%" for r in rates)
        or BLANK
    )
    balance = _sum_text(_total(sums, "balance"), lang)
    claim = _sum_text(_total(sums, "claim"), lang)
    if lang == "fr":
        lines = [f"- principal restant dû : {balance}"]
        if rules & {Rule.FR_PENALTY_DEFAULT, Rule.FR_PENALTY_CONTRACT}:
            lines.append(
                f"- pénalités de retard au taux annuel de {rate_text} "
                f"(art. L441-10 du code de commerce) : {interest}"
            )
            lines.append(
                f"- indemnité forfaitaire pour frais de recouvrement de 40 € par "
                f"facture (art. D441-5 du code de commerce) : {_sum_text(fixed, lang)}"
            )
        elif Rule.FR_PUBLIC in rules:
            lines.append(
                f"- intérêts moratoires au taux de {rate_text} "
                f"(art. R2192-31 du code de la commande publique) : {interest}"
            )
            lines.append(
                f"- indemnité forfaitaire pour frais de recouvrement : {_sum_text(fixed, lang)}"
            )
        lines.append(f"- total : {claim}")
        return "\n".join(lines)
    lines = [f"- principal outstanding: {balance}"]
    if rules & {Rule.UK_STATUTORY}:
        lines.append(
            f"- statutory interest at {rate_text} a year under the Late Payment of "
            f"Commercial Debts (Interest) Act 1998: {interest}"
        )
        lines.append(f"- fixed compensation under section 5A of the Act: {_sum_text(fixed, lang)}")
    elif rules & {Rule.UK_CONTRACT, Rule.US_CONTRACT}:
        lines.append(
            f"- late-payment interest at {rate_text} a year under our contract: {interest}"
        )
        if fixed:
            lines.append(f"- late-payment charge under our contract: {_sum_text(fixed, lang)}")
    elif Rule.US_STATUTORY in rules and law.forum is Jurisdiction.US_NY:
        lines.append(f"- interest at {rate_text} a year (N.Y. CPLR 5001 and 5004): {interest}")
    elif Rule.US_STATUTORY in rules:
        lines.append(f"- interest at the statutory rate of {rate_text} a year: {interest}")
    lines.append(f"- total: {claim}")
    return "\n".join(lines)


def notice_days(law: LawAssessment) -> int:
    """The days a final notice gives the client to pay under the case's law (as the letter says);
    14, a usual period, when the law is not known."""
    jurisdiction = law.applicable.jurisdiction
    return 14 if jurisdiction is None else _days(jurisdiction, LetterKind.FINAL_NOTICE, law)


def letters(
    law: LawAssessment,
    *,
    client: str,
    reminders: Sequence[dt.date] = (),
    sender: str | None = None,
) -> tuple[Letter, ...]:
    """The reminder and the final notice for the case's law, or nothing when it is not known.

    ``reminders``: the dates of the reader's earlier reminders (from the case's timeline).
    """
    jurisdiction = law.applicable.jurisdiction
    late = [item for item in law.sums if item.days_late > 0 and (item.balance or item.interest)]
    if jurisdiction is None or not late:
        return ()
    lang = "fr" if jurisdiction is Jurisdiction.FR else "en"
    us = jurisdiction.us
    plural = "s" if len(late) > 1 else ""
    common: dict[str, str] = {
        "sender": sender or BLANK,
        "sender_address": BLANK,
        "client": client or BLANK,
        "client_address": BLANK,
        "place": BLANK,
        "salutation": BLANK,
        "today": format_day(law.today, lang, us),
        "numbers": ", ".join(item.invoice.number or BLANK for item in late),
        "plural": plural,
        "plural_verb": "nt" if plural else "",
        "these_invoices": "les factures suivantes" if plural else "la facture suivante",
        "is_are": "are" if plural else "is",
        "invoice_lines": _invoice_lines(late, lang, us),
        "balance": _sum_text(_total(late, "balance"), lang),
        "claim": _sum_text(_total(late, "claim"), lang),
    }
    out = []
    for kind in LetterKind:
        deadline = law.today + dt.timedelta(days=_days(jurisdiction, kind, law))
        fields = dict(common, deadline=format_day(deadline, lang, us))
        draft = _Draft(kind, fields, late, law, reminders, jurisdiction, deadline)
        out.append(_french(draft) if lang == "fr" else _english(draft))
    return tuple(out)


def _dates(days: Sequence[dt.date], lang: str, us: bool) -> str:
    return i18n.join([format_day(day, lang, us) for day in days], lang)


@dataclass(frozen=True, slots=True)
class _Draft:
    kind: LetterKind
    fields: dict[str, str]
    late: Sequence[Sums]
    law: LawAssessment
    reminders: Sequence[dt.date]
    jurisdiction: Jurisdiction
    deadline: dt.date


def _disputed_sentence(
    late: Sequence[Sums], law: LawAssessment, lang: str, us: bool = False
) -> str:
    """What the final notice says of a disputed part: left out of the demand, or claimed with
    it when the reader holds the objection unfounded against the client's written approval."""
    aside = _total(late, "disputed_aside")
    claimed = _total([item for item in late if item.disputed_claimed], "disputed_open")
    out = ""
    if any(aside.values()):
        out += (
            f" La somme de {_sum_text(aside, 'fr')}, que vous contestez, n'est pas comprise "
            "dans la présente demande."
            if lang == "fr"
            else f" This does not include {_sum_text(aside, 'en')}, which you dispute."
        )
    if any(claimed.values()):
        amount = _sum_text(claimed, lang)
        day = format_day(law.approved_on, lang, us) if law.approved_on else None
        if lang == "fr":
            out += (
                f" Cette somme comprend les {amount} que vous contestez : vous avez donné votre "
                f"accord écrit le {day}, et je tiens votre contestation pour infondée."
                if day
                else f" Cette somme comprend les {amount} que vous contestez, contestation que "
                "je tiens pour infondée au regard de nos engagements écrits."
            )
        else:
            out += (
                f" This includes the {amount} you dispute: you gave your written approval on "
                f"{day}, and I consider your objection unfounded."
                if day
                else f" This includes the {amount} you dispute, as I consider your objection "
                "unfounded under our written terms."
            )
    return out


def _french(draft: _Draft) -> Letter:
    kind, fields, late, law = draft.kind, draft.fields, draft.late, draft.law
    reminders, jurisdiction, deadline = draft.reminders, draft.jurisdiction, draft.deadline
    business = any(
        item.rule in {Rule.FR_PENALTY_DEFAULT, Rule.FR_PENALTY_CONTRACT} for item in late
    )
    consumer = any(item.rule is Rule.FR_CONSUMER for item in late)
    if kind is LetterKind.REMINDER:
        penalty = (
            "\nÀ défaut de paiement à l'échéance, des pénalités de retard et une indemnité "
            "forfaitaire de 40 € par facture sont dues de plein droit (art. L441-10 et D441-5 du "
            "code de commerce).\n"
            if business
            else ""
        )
        text = _FR_REMINDER.substitute(fields, penalty_reminder=penalty)
        title = "Relance"
    else:
        disputed_sentence = _disputed_sentence(late, law, "fr")
        consumer_sentence = (
            "\n\nLa présente mise en demeure fait courir les intérêts au taux légal sur la somme "
            "due (art. 1231-6 du code civil)."
            if consumer
            else ""
        )
        sentence = (
            f"Malgré {'mes relances' if len(reminders) > 1 else 'ma relance'} du "
            f"{_dates(reminders, 'fr', False)},"
            if reminders
            else "Malgré mes relances,"
        )
        text = _FR_NOTICE.substitute(
            fields,
            reminders_sentence=sentence,
            claim_lines=_claim_lines(late, "fr", law),
            disputed_sentence=disputed_sentence,
            consumer_sentence=consumer_sentence,
        )
        title = "Mise en demeure"
    return Letter(kind, jurisdiction, "fr", title, deadline, french_typography(text))


def _english(draft: _Draft) -> Letter:
    kind, fields, late, law = draft.kind, draft.fields, draft.late, draft.law
    reminders, jurisdiction, deadline = draft.reminders, draft.jurisdiction, draft.deadline
    us = jurisdiction.us
    statutory = any(item.rule is Rule.UK_STATUTORY for item in late)
    if kind is LetterKind.REMINDER:
        penalty = (
            "\nI am entitled to claim statutory interest and fixed compensation on late payment "
            "under the Late Payment of Commercial Debts (Interest) Act 1998.\n"
            if statutory
            else ""
        )
        text = _EN_REMINDER.substitute(fields, penalty_reminder=penalty)
        return Letter(kind, jurisdiction, "en", "Reminder", deadline, text)
    protocol = next((route for route in law.routes if route.id is RouteId.EW_DEBT_PROTOCOL), None)
    if us:
        title, delivery = "DEMAND FOR PAYMENT", "Via certified mail, return receipt requested"
        closing = "Sincerely,"
    elif jurisdiction is Jurisdiction.ENGLAND_WALES:
        # The Debt Protocol has the letter posted, and emailed too where the parties use email.
        title, delivery = "LETTER BEFORE CLAIM", "By post and by email"
        closing = "Yours sincerely,"
    else:
        title, delivery = "LETTER BEFORE ACTION", "By recorded delivery (Royal Mail Signed For)"
        closing = "Yours sincerely,"
    protocol_paragraph = ""
    if protocol is not None:
        protocol_paragraph = (
            "\nThis letter is sent under the Pre-Action Protocol for Debt Claims. I enclose the "
            "Information Sheet, the Reply Form and the Financial Statement. Please reply within "
            f"{protocol.days} days of the date of this letter, using the Reply Form, and say "
            "whether you dispute the debt and why. You may wish to get free independent debt "
            "advice.\n"
        )
    elif jurisdiction is Jurisdiction.ENGLAND_WALES:
        protocol_paragraph = (
            "\nThis letter is sent under the Practice Direction on Pre-Action Conduct and "
            "Protocols. Please reply within 14 days.\n"
        )
    disputed_sentence = _disputed_sentence(late, law, "en", us)
    freelance = (
        " Under New York's Freelance Isn't Free Act, a hiring party that fails to pay a "
        "freelance worker on time may be liable for double damages and attorney's fees."
        if jurisdiction is Jurisdiction.US_NY
        and any(item.invoice.currency is Currency.USD for item in late)
        and law.sums
        and any(r.id is RouteId.US_NY_FREELANCE for r in law.routes)
        else ""
    )
    sentence = (
        f"Further to my {'reminders' if len(reminders) > 1 else 'reminder'} of "
        f"{_dates(reminders, 'en', us)},"
        if reminders
        else "Further to my earlier reminders,"
    )
    text = _EN_FINAL.substitute(
        fields,
        delivery=delivery,
        title=title,
        reminders_sentence=sentence,
        claim_lines=_claim_lines(late, "en", law),
        protocol_paragraph=protocol_paragraph,
        disputed_sentence=disputed_sentence,
        freelance_sentence=freelance,
        closing=closing,
    )
    label = {
        "DEMAND FOR PAYMENT": "Demand letter",
        "LETTER BEFORE CLAIM": "Letter before claim",
        "LETTER BEFORE ACTION": "Letter before action",
    }[title]
    return Letter(LetterKind.FINAL_NOTICE, jurisdiction, "en", label, deadline, text)
