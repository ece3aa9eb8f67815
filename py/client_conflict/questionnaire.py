"""The questionnaire: every question the diagnostic asks, defined once.

The site generates its forms from this data, the validator checks answers against it and
the JSON Schema of the case file is derived from it.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from .i18n import french_spacing

__all__ = [
    "NONE",
    "QUICK_MAX_QUESTIONS",
    "QUICK_MAX_WORDS",
    "TIMELINE_CATEGORIES",
    "Option",
    "Question",
    "QuestionKind",
    "Section",
    "answer_values",
    "question",
    "questionnaire",
    "quick_path",
]

# The option of a list question that says "none of these"; it cannot be ticked with another.
NONE = "none"
# The quick path's limits: enough for a first honest result, short enough to answer at once.
QUICK_MAX_QUESTIONS = 12
QUICK_MAX_WORDS = 250


class QuestionKind(enum.Enum):
    """How a question is answered, and so how its answer is stored in the case file."""

    SCALE = "scale"
    CHOICE = "choice"
    MULTI = "multi"
    YESNO = "yesno"
    NUMBER = "number"
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Option:
    """One possible answer of a CHOICE or MULTI question."""

    value: str
    label: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Question:
    """One question; its id is the key of its answer under ``case["answers"]``."""

    id: str
    kind: QuestionKind
    label: Mapping[str, str]
    help: Mapping[str, str]
    options: tuple[Option, ...] = ()
    scale: tuple[Mapping[str, str], Mapping[str, str]] | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: Mapping[str, str] | None = None
    # Part of the quick path: the few questions that give a first honest result.
    quick: bool = False
    # A follow-up: shown only when the parent question (by id) has one of these answers
    # (option values; "true"/"false" for a yes/no parent; any ticked value for a list).
    shown_when: tuple[str, tuple[str, ...]] | None = None
    # A DATE of something that has happened: refused when it lies further ahead than a timeline
    # date may (``case.LIMITS.future_days``); other dates (a deadline) may lie ahead.
    past: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """A group of questions attached to one step of the guide (None: the relationship's worth)."""

    id: str
    step: int | None
    title: Mapping[str, str]
    intro: Mapping[str, str]
    questions: tuple[Question, ...]


def _t(fr: str, en: str) -> Mapping[str, str]:
    # French typography (no-break spaces before « : ; ! ? » and inside « »), as in the catalogs.
    return {"fr": french_spacing(fr), "en": en}


def _o(value: str, fr: str, en: str) -> Option:
    return Option(value=value, label=_t(fr, en))


_AGREE = (_t("Pas du tout", "Not at all"), _t("Tout à fait", "Completely"))
_IMPORTANCE = (_t("Secondaire", "Minor"), _t("Vitale", "Vital"))

_CATEGORIES = (
    _o("payment", "Paiement", "Payment"),
    _o("quality", "Qualité du travail", "Quality of the work"),
    _o("timeliness", "Délais", "Deadlines"),
    _o("scope", "Périmètre de la mission", "Scope of the work"),
    _o("communication", "Communication", "Communication"),
    _o(
        "contract_terms",
        "Les clauses du contrat ou la responsabilité de chacun",
        "The contract's terms, or who is liable for what",
    ),
    _o("creative_choices", "Des choix techniques ou créatifs", "Technical or creative choices"),
    _o(
        "proof_of_delivery",
        "La preuve que le travail a été livré",
        "Proof that the work was delivered",
    ),
    _o(
        "client_internal",
        "Un désaccord interne chez le client",
        "A disagreement inside the client's organisation",
    ),
    _o(
        "price_before_contract",
        "Le prix, avant tout contrat",
        "The price, before any contract exists",
    ),
    _o("other", "Autre", "Other"),
)
# What a dispute, and each fact of its timeline, can be about (the timeline's categories).
TIMELINE_CATEGORIES = tuple(option.value for option in _CATEGORIES)


def _scale(  # noqa: PLR0917  # the questions read best as one positional line each
    id_: str,
    fr: str,
    en: str,
    ends: tuple[Mapping[str, str], Mapping[str, str]] = _AGREE,
    help_fr: str = "",
    help_en: str = "",
) -> Question:
    help_ = _t(help_fr, help_en) if help_fr else {}
    return Question(id_, QuestionKind.SCALE, _t(fr, en), help_, scale=ends)


def _yesno(  # the questions read best as one positional line each
    id_: str, fr: str, en: str, help_fr: str = "", help_en: str = ""
) -> Question:
    help_ = _t(help_fr, help_en) if help_fr else {}
    return Question(id_, QuestionKind.YESNO, _t(fr, en), help_)


_FACTS = Section(
    id="facts",
    step=1,
    title=_t("Les faits", "The facts"),
    intro=_t(
        "Le récit et la chronologie datée forment la base du dossier. "
        "Deux questions complètent le tableau.",
        "The account and the dated timeline are the backbone of the case. "
        "Two questions complete the picture.",
    ),
    questions=(
        _yesno(
            "contract_signed",
            "Un devis ou un contrat a-t-il été signé ?",
            "Was a quote or a contract signed?",
            "Un devis accepté par écrit, même par courriel, compte.",
            "A quote accepted in writing, even by email, counts.",
        ),
        Question(
            "direct_attempts",
            QuestionKind.CHOICE,
            _t(
                "Avez-vous déjà tenté de régler le différend directement avec le client ?",
                "Have you already tried to settle the dispute directly with the client?",
            ),
            {},
            options=(
                _o("none", "Pas encore", "Not yet"),
                _o("one", "Une fois, sans succès", "Once, without success"),
                _o("several", "Plusieurs fois, sans succès", "Several times, without success"),
            ),
        ),
    ),
)

_SOURCES = Section(
    id="sources",
    step=2,
    title=_t("Les sources du conflit", "Where the conflict comes from"),
    intro=_t(
        "Nommer ce qui oppose les deux parties évite de se battre sur le mauvais sujet.",
        "Naming what actually divides you stops you fighting over the wrong thing.",
    ),
    questions=(
        Question(
            "sources",
            QuestionKind.MULTI,
            _t("Sur quoi porte le désaccord ?", "What is the disagreement about?"),
            _t("Cochez tout ce qui s'applique.", "Tick all that apply."),
            options=_CATEGORIES,
        ),
        Question(
            "main_source",
            QuestionKind.CHOICE,
            _t(
                "Sur quoi porte surtout le désaccord ?",
                "What is the disagreement mainly about?",
            ),
            _t(
                "S'il y a plusieurs points, le seul qui, une fois réglé, "
                "ferait retomber la tension.",
                "If there are several, the one that, once settled, "
                "would take the heat out of the rest.",
            ),
            options=_CATEGORIES,
        ),
        _yesno(
            "quality_standards_differ",
            "Le client et vous jugez-vous la qualité selon des critères différents ?",
            "Do you and the client judge quality by different standards?",
            "Par exemple : vous visez la conformité au cahier des charges, lui un effet « waouh ».",
            "For instance, you aim to meet the brief while they expect to be wowed.",
        ),
    ),
)

_INTERESTS = Section(
    id="interests",
    step=3,
    title=_t("Les intérêts en jeu", "The interests at stake"),
    intro=_t(
        "Derrière chaque position (« je ne paierai pas ») se cache un besoin "
        "(« je dois rendre des comptes à mon associé »).",
        'Behind every position ("I won\'t pay") lies a need '
        '("I have to justify the spend to my partner").',
    ),
    questions=(
        _yesno(
            "client_position_stated",
            "Le client a-t-il dit clairement ce qu'il demande ?",
            "Has the client said clearly what they are asking for?",
        ),
        _scale(
            "client_needs_known",
            "Savez-vous ce dont le client a vraiment besoin, au-delà de ce qu'il réclame ?",
            "Do you know what the client really needs, beyond what they are demanding?",
        ),
        _scale(
            "own_interests_clear",
            "Pourriez-vous dire en une phrase ce qui compte vraiment pour vous, "
            "au-delà du montant ?",
            "Could you say in one sentence what really matters to you, beyond the amount?",
        ),
        _scale(
            "shared_values",
            "Partagez-vous avec le client la même idée du travail bien fait "
            "et des usages entre professionnels ?",
            "Do you and the client share the same idea of good work "
            "and of how professionals deal with each other?",
        ),
        Question(
            "needs_compatible",
            QuestionKind.CHOICE,
            _t(
                "Les besoins des deux parties peuvent-ils être satisfaits en même temps ?",
                "Can both sides' needs be met at the same time?",
            ),
            {},
            options=(
                _o("yes", "Oui, avec un peu d'imagination", "Yes, with a little imagination"),
                _o("partly", "En partie", "Partly"),
                _o(
                    "no",
                    "Non, ce que l'un gagne, l'autre le perd",
                    "No, one side's gain is the other's loss",
                ),
                _o("unclear", "Je ne sais pas encore", "I don't know yet"),
            ),
        ),
    ),
)

_COOPERATION = Section(
    id="cooperation",
    step=4,
    title=_t("Ce qui construit, ce qui détruit", "What builds, what destroys"),
    intro=_t(
        "Repérez les comportements observés, pas les intentions que vous prêtez au client.",
        "Record the behaviour you have seen, not the intentions you suspect.",
    ),
    questions=(
        Question(
            "constructive_signs",
            QuestionKind.MULTI,
            _t(
                "Quels signes constructifs observez-vous ?",
                "Which constructive signs do you see?",
            ),
            _t("Cochez tout ce qui s'applique.", "Tick all that apply."),
            options=(
                _o("still_talking", "Nous nous parlons encore", "We are still talking"),
                _o(
                    "replies_in_time",
                    "Le client répond dans des délais raisonnables",
                    "The client replies within a reasonable time",
                ),
                _o(
                    "acknowledges_part",
                    "Le client reconnaît une partie du problème",
                    "The client acknowledges part of the problem",
                ),
                _o(
                    "proposes_solutions",
                    "Le client avance des solutions",
                    "The client puts forward solutions",
                ),
                _o(
                    "respectful_tone",
                    "Le ton reste courtois, même dans le désaccord",
                    "The tone stays civil, even in disagreement",
                ),
                _o(
                    "pays_undisputed",
                    "Le client règle ce qui n'est pas contesté",
                    "The client pays what is not in dispute",
                ),
                _o(NONE, "Aucun de ces signes", "None of these"),
            ),
        ),
        Question(
            "escalation_signs",
            QuestionKind.MULTI,
            _t(
                "Qu'avez-vous réellement constaté dans ce différend ?",
                "What have you actually seen happen in this dispute?",
            ),
            _t(
                "Cochez tout ce qui s'est produit ; cela situe le niveau d'escalade.",
                "Tick everything that has happened; it places the stage of escalation.",
            ),
            options=(
                _o(
                    "positions_harden",
                    "Les positions se durcissent, mais nous discutons encore",
                    "Positions are hardening, but we still talk",
                ),
                _o(
                    "polemics",
                    "Les échanges tournent à la joute : chacun argumente pour gagner",
                    "Exchanges have turned into sparring: each side argues to win",
                ),
                _o(
                    "acts_alone",
                    "Le client agit sans prévenir au lieu d'en parler "
                    "(suspend un paiement, change le brief)",
                    "The client acts without warning instead of talking "
                    "(stops a payment, changes the brief)",
                ),
                _o(
                    "silence",
                    "Le client ne répond plus",
                    "The client has stopped answering",
                ),
                _o(
                    "allies",
                    "Le client cherche des alliés : il met des tiers en copie, "
                    "parle de vous autour de lui",
                    "The client is recruiting allies: copying others in, "
                    "talking about you to people",
                ),
                _o(
                    "loss_of_face",
                    "Attaques contre votre intégrité, ou tentative de vous faire "
                    "perdre la face en public",
                    "Attacks on your integrity, or attempts to make you lose face in public",
                ),
                _o(
                    "threats",
                    "Menaces ou ultimatums",
                    "Threats or ultimatums",
                ),
                _o(
                    "limited_harm",
                    "Tort causé délibérément : paiement bloqué pour nuire, "
                    "accès ou fichiers retenus",
                    "Deliberate harm: payment blocked to hurt you, access or files held back",
                ),
                _o(
                    "ruin",
                    "Tentative de ruiner votre réputation, votre activité "
                    "ou vos autres relations clients",
                    "Attempts to ruin your reputation, your business "
                    "or your other client relationships",
                ),
                _o(
                    "abyss",
                    "Le client est prêt à tout perdre pourvu que vous perdiez aussi",
                    "The client is ready to lose everything as long as you lose too",
                ),
                _o(
                    NONE,
                    "Rien de tout cela : le différend reste calme",
                    "None of these: the dispute is calm",
                ),
            ),
        ),
        Question(
            "own_signs",
            QuestionKind.MULTI,
            _t(
                "Et de votre côté, que reconnaissez-vous dans votre propre conduite ?",
                "And on your side, what do you recognise in your own conduct?",
            ),
            _t(
                "L'escalade se nourrit des deux côtés (Glasl) ; cette réponse reste entre vous "
                "et l'outil.",
                "Escalation feeds on both sides (Glasl); this answer stays between you and "
                "the tool.",
            ),
            options=(
                _o("digging_in", "Je campe sur ma position", "I am digging in on my position"),
                _o(
                    "arguing_to_win",
                    "J'argumente pour gagner plus que pour comprendre",
                    "I argue to win rather than to understand",
                ),
                _o(
                    "acted_alone",
                    "J'ai agi sans prévenir : travail suspendu, fichiers retenus",
                    "I have acted without warning: work stopped, files held back",
                ),
                _o(
                    "seeking_allies",
                    "Je cherche des soutiens : je raconte le différend autour de moi, "
                    "je mets des tiers en copie",
                    "I am looking for backing: telling others about the dispute, copying people in",
                ),
                _o(
                    "questioned_integrity",
                    "J'ai mis en cause l'honnêteté du client",
                    "I have questioned the client's honesty",
                ),
                _o(
                    "counter_ultimatum",
                    "J'ai répondu par une menace ou un ultimatum",
                    "I have answered with a threat or an ultimatum of my own",
                ),
                _o(
                    "retaliate",
                    "J'ai envie de lui faire payer, quitte à y perdre moi aussi",
                    "I want to make them pay, even if it costs me too",
                ),
                _o(NONE, "Rien de tout cela", "None of these"),
            ),
        ),
        Question(
            "common_goals",
            QuestionKind.MULTI,
            _t(
                "Quels objectifs partagez-vous encore avec le client ?",
                "Which goals do you still share with the client?",
            ),
            _t(
                "Ce sont les points d'appui d'une sortie par le haut.",
                "These are the footholds of a way out that suits you both.",
            ),
            options=(
                _o("finish_project", "Mener le projet à son terme", "Getting the project finished"),
                _o("launch_on_time", "Tenir une date de lancement", "Meeting a launch date"),
                _o("keep_working", "Continuer à travailler ensemble", "Working together again"),
                _o(
                    "reputation", "Préserver la réputation de chacun", "Protecting both reputations"
                ),
                _o("avoid_costs", "Éviter des frais de procédure", "Avoiding legal costs"),
                _o("quick_end", "Tourner la page vite", "Putting this behind you quickly"),
                _o(NONE, "Plus aucun", "None any more"),
            ),
        ),
    ),
)

_OFTEN = (_t("Jamais", "Never"), _t("Très souvent", "Very often"))
# The trust statements are rated as true or not, in the client's eyes; each end says so.
_TRUE = (_t("Faux", "Not true"), _t("Tout à fait vrai", "Completely true"))
# Each statement names, in its help, the factor of the trust equation it measures.
_FACTOR = {
    "credibility": ("Équation de la confiance : la crédibilité.", "Trust equation: credibility."),
    "reliability": ("Équation de la confiance : la fiabilité.", "Trust equation: reliability."),
    "intimacy": (
        "Équation de la confiance : la proximité, ce que le client ose vous confier.",
        "Trust equation: intimacy, what the client feels safe telling you.",
    ),
    "self": (
        (
            "Équation de la confiance : l'orientation vers soi, le sentiment que vous pensez "
            "d'abord à vous. Ici, « très souvent » pèse contre la confiance."
        ),
        (
            "Trust equation: self-orientation, the sense that you put yourself first. "
            "Here, 'very often' weighs against trust."
        ),
    ),
    "client": (
        "Cette fois, c'est votre propre avis sur le client.",
        "This time, your own view of the client.",
    ),
}

_TRUST = Section(
    id="trust",
    step=5,
    title=_t("La confiance", "Trust"),
    intro=_t(
        "Les dix premières affirmations portent sur la confiance que le client peut vous "
        "accorder : pour chacune, donnez la note que le client lui-même donnerait s'il répondait "
        "franchement, et non votre avis sur vous. Les deux dernières portent sur votre confiance "
        "en lui : là, c'est votre avis qui compte.",
        "The first ten statements are about how far the client can trust you: for each, give "
        "the score the client would give if they answered frankly, not your view of yourself. "
        "The last two are about your trust in them: there, your own view is what counts.",
    ),
    questions=(
        _scale(
            "trust_credibility_expertise",
            "Le client vous a vu maîtriser votre sujet : "
            "conseils pertinents, explications claires.",
            "The client has seen you master your subject: sound advice, clear explanations.",
            _TRUE,
            *_FACTOR["credibility"],
        ),
        _scale(
            "trust_credibility_accuracy",
            "Ce que vous avez annoncé au client s'est vérifié : chiffrages, faits, prévisions.",
            "What you told the client has proved accurate: estimates, facts, forecasts.",
            _TRUE,
            *_FACTOR["credibility"],
        ),
        _scale(
            "trust_reliability_deadlines",
            "Vous avez tenu les délais sur lesquels vous vous étiez engagé.",
            "You have met the deadlines you committed to.",
            _TRUE,
            *_FACTOR["reliability"],
        ),
        _scale(
            "trust_reliability_consistency",
            "Votre travail et votre attitude ont été constants d'une livraison à l'autre.",
            "Your work and your manner have been consistent from one delivery to the next.",
            _TRUE,
            *_FACTOR["reliability"],
        ),
        _scale(
            "trust_reliability_followthrough",
            "Quand vous avez promis une chose, vous l'avez faite, et vous l'avez fait savoir.",
            "When you promised something, you did it and let the client know.",
            _TRUE,
            *_FACTOR["reliability"],
        ),
        _scale(
            "trust_intimacy_concerns",
            "Le client vous confie ses inquiétudes, au-delà du strict cahier des charges.",
            "The client tells you what worries them, beyond the brief itself.",
            _TRUE,
            *_FACTOR["intimacy"],
        ),
        _scale(
            "trust_intimacy_safe",
            "Le client peut vous signaler un problème sans craindre votre réaction.",
            "The client can raise a problem with you without fearing how you will react.",
            _TRUE,
            *_FACTOR["intimacy"],
        ),
        _scale(
            "trust_self_interest",
            "Dans ce différend, vous défendez votre intérêt avant de chercher le sien.",
            "In this dispute, you defend your own interest before looking for theirs.",
            _OFTEN,
            *_FACTOR["self"],
        ),
        _scale(
            "trust_self_listening",
            "Pendant que le client parle, vous préparez déjà votre réponse.",
            "While the client is talking, you are already preparing your reply.",
            _OFTEN,
            *_FACTOR["self"],
        ),
        _scale(
            "trust_self_fees",
            "Vos échanges reviennent à vos honoraires plus qu'au projet du client.",
            "Your exchanges come back to your fees more than to the client's project.",
            _OFTEN,
            *_FACTOR["self"],
        ),
        _scale(
            "trust_in_client_word",
            "Vous comptez sur le client pour tenir parole.",
            "You can count on the client to keep their word.",
            _TRUE,
            *_FACTOR["client"],
        ),
        _scale(
            "trust_in_client_good_faith",
            "Vous croyez le client de bonne foi dans ce différend.",
            "You believe the client is acting in good faith in this dispute.",
            _TRUE,
            *_FACTOR["client"],
        ),
    ),
)

_IMPEDIMENTS = Section(
    id="impediments",
    step=6,
    title=_t("Ce qui bloque", "What stands in the way"),
    intro=_t(
        "Au-delà du désaccord de fond, certains obstacles empêchent toute solution "
        "tant qu'on ne les "
        "a pas nommés.",
        "Beyond the substance, some obstacles block any settlement until they are named.",
    ),
    questions=(
        Question(
            "impediments",
            QuestionKind.MULTI,
            _t("Quels obstacles reconnaissez-vous ?", "Which obstacles do you recognise?"),
            _t("Cochez tout ce qui s'applique.", "Tick all that apply."),
            options=(
                _o(
                    "divergent_perceptions",
                    "Nous ne voyons pas la situation de la même façon",
                    "We see the situation in very different ways",
                ),
                _o(
                    "desire_to_punish",
                    "L'une des parties veut punir l'autre",
                    "One side wants to punish the other",
                ),
                _o(
                    "disputed_facts",
                    "Les faits eux-mêmes sont contestés",
                    "The facts themselves are disputed",
                ),
                _o(
                    "no_motivation",
                    "Personne n'a vraiment envie de régler le problème",
                    "Nobody really wants to solve the problem",
                ),
                _o(
                    "cultural_differences",
                    "Nos usages ou nos cultures diffèrent",
                    "Our cultures or business customs differ",
                ),
                _o(
                    "disagreeable_personality",
                    "Le client est d'un naturel désagréable, avec tout le monde",
                    "The client is disagreeable by nature, with everyone",
                ),
                _o(NONE, "Aucun de ces obstacles", "None of these"),
            ),
        ),
    ),
)

_NEGOTIATION = Section(
    id="negotiation",
    step=7,
    title=_t("Les enjeux de la négociation", "What is at stake in the negotiation"),
    intro=_t(
        "Ces réponses orientent la tactique : jusqu'où tenir, jusqu'où céder, et quand attendre.",
        "These answers steer the tactic: how firm to stand, how far to give way, and when to wait.",
    ),
    questions=(
        _scale(
            "stake_outcome",
            "Quelle importance a pour vous l'issue du différend (argent, travail, principe) ?",
            "How much does the outcome of the dispute matter to you (money, work, principle)?",
            _IMPORTANCE,
        ),
        _scale(
            "stake_relationship",
            "Quelle importance a pour vous la relation avec ce client ?",
            "How much does the relationship with this client matter to you?",
            _IMPORTANCE,
        ),
        _scale(
            "stake_client",
            "Quelle importance a ce différend pour le client, d'après vous ?",
            "How much does this dispute matter to the client, as far as you can tell?",
            _IMPORTANCE,
        ),
        Question(
            "fault",
            QuestionKind.CHOICE,
            _t(
                "En toute honnêteté, la plainte du client est-elle fondée ?",
                "In all honesty, is the client's complaint justified?",
            ),
            _t(
                "Personne d'autre ne lira cette réponse.",
                "Nobody else will read this answer.",
            ),
            options=(
                _o(
                    "mostly_me",
                    "Plutôt oui : l'erreur vient surtout de moi",
                    "Mostly yes: the fault is mainly mine",
                ),
                _o("shared", "En partie : les torts sont partagés", "Partly: we are both at fault"),
                _o(
                    "mostly_client",
                    "Plutôt non : l'erreur vient surtout du client",
                    "Mostly no: the fault is mainly the client's",
                ),
                _o("unclear", "Je ne saurais pas dire", "I can't tell"),
                _o(
                    "no_complaint",
                    "Il n'y a pas de plainte : c'est une négociation",
                    "There is no complaint: this is a negotiation",
                ),
            ),
        ),
        _scale(
            "time_pressure",
            "À quel point est-il urgent de trouver une issue ?",
            "How urgently do you need a way out?",
            (_t("Rien ne presse", "No hurry"), _t("Très urgent", "Very urgent")),
        ),
        Question(
            "power_balance",
            QuestionKind.CHOICE,
            _t(
                "Qui a le plus de poids dans la relation ?",
                "Who holds more power in the relationship?",
            ),
            _t(
                "Pensez à la dépendance économique, aux recours possibles, à la notoriété.",
                "Think of economic dependence, the remedies open to each side, reputation.",
            ),
            options=(
                _o("client_stronger", "Le client", "The client"),
                _o("balanced", "À peu près égal", "About equal"),
                _o("me_stronger", "Moi", "Me"),
            ),
        ),
        _yesno(
            "concessions_made",
            "Avez-vous déjà fait des concessions dans ce différend ?",
            "Have you already made concessions in this dispute?",
        ),
        Question(
            "concessions_exploited",
            QuestionKind.YESNO,
            _t(
                "Le client en a-t-il profité pour demander davantage ?",
                "Did the client use them to ask for more?",
            ),
            {},
            shown_when=("concessions_made", ("true",)),
        ),
        _scale(
            "emotions",
            "Quelle est la tension dans vos échanges avec le client ?",
            "How tense are your exchanges with the client?",
            (_t("Calme", "Calm"), _t("Explosive", "Explosive")),
            "Si le client ne répond plus, notez vos derniers échanges ; "
            "son silence compte déjà parmi ce que vous avez constaté.",
            "If the client no longer answers, rate your last exchanges; "
            "their silence already counts among what you have seen happen.",
        ),
        _yesno(
            "missing_information",
            "Vous manque-t-il des informations pour juger la situation ?",
            "Are you missing information you need to judge the situation?",
        ),
        _yesno(
            "better_placed",
            "Quelqu'un d'autre serait-il mieux placé que vous pour régler le problème ?",
            "Is someone else better placed than you to settle the matter?",
            "De votre côté ou de celui du client. Si personne ne vous vient à l'esprit, "
            "répondez non.",
            "On your side or the client's. If no one comes to mind, answer no.",
        ),
        # The uses of each style after Thomas (1977, Table 1), Rahim (2002) and Lewicki,
        # Barry and Saunders (2015), in the project's own words; the options are grouped by
        # the style they suit, which the reader is not told.
        Question(
            "situation",
            QuestionKind.MULTI,
            _t(
                "Lesquelles de ces phrases décrivent votre situation ?",
                "Which of these sentences describe your situation?",
            ),
            _t("Cochez tout ce qui s'applique.", "Tick all that apply."),
            options=(
                _o(
                    "minor_issue",
                    "Le point est mineur, ou d'autres sujets plus importants m'attendent",
                    "The point is minor, or more important matters need me now",
                ),
                _o(
                    "cool_down",
                    "Chacun a besoin de se calmer avant de reprendre la discussion",
                    "We both need to cool down before talking again",
                ),
                _o(
                    "costly_confrontation",
                    "S'affronter coûterait plus que cela ne pourrait rapporter",
                    "A confrontation would cost more than it could bring",
                ),
                _o(
                    "no_chance",
                    "Je n'ai aucune chance réaliste d'obtenir ce que je veux",
                    "I have no realistic chance of getting what I want",
                ),
                _o(
                    "build_credit",
                    "Céder sur ce point me vaudrait de la reconnaissance pour la suite",
                    "Giving way on this point would earn goodwill for later",
                ),
                _o(
                    "harmony_first",
                    "Le calme et la stabilité de la relation comptent avant tout en ce moment",
                    "Calm and stability in the relationship matter most right now",
                ),
                _o(
                    "outmatched",
                    "Le rapport de force est perdu : il s'agit de limiter les pertes",
                    "I am outmatched and losing: the aim is to limit the loss",
                ),
                _o(
                    "temporary_fix",
                    "Le problème est complexe ; un arrangement provisoire suffirait pour l'instant",
                    "The problem is complex; a temporary arrangement would do for now",
                ),
                _o(
                    "quick_deal",
                    "Le temps presse : un accord rapide et praticable vaut mieux qu'un accord "
                    "parfait",
                    "Time is short: a quick, workable deal beats a perfect one",
                ),
                _o(
                    "other_ways_failed",
                    "Chercher une solution ensemble, ou tenir bon, a déjà échoué",
                    "Working it out together, or standing firm, has already failed",
                ),
                _o(
                    "emergency",
                    "Il y a urgence : il faut agir vite et fermement",
                    "It is an emergency: quick, firm action is needed",
                ),
                _o(
                    "necessary_rule",
                    "Je dois faire respecter une règle ou une clause impopulaire mais nécessaire",
                    "I must enforce a rule or a clause that is unpopular but necessary",
                ),
                _o(
                    "exploits_goodwill",
                    "Le client profite de chaque geste de bonne volonté",
                    "The client takes advantage of every goodwill gesture",
                ),
                _o(
                    "both_vital",
                    "Nos deux préoccupations sont trop importantes pour couper la poire en deux",
                    "Both sides' concerns are too important to split the difference",
                ),
                _o(
                    "learn_together",
                    "Nous avons à apprendre l'un de l'autre et nos points de vue se complètent",
                    "We can learn from each other and our views complement each other",
                ),
                _o(
                    "hurt_feelings",
                    "Des rancœurs abîment la relation et méritent d'être dites",
                    "Hurt feelings are damaging the relationship and need working through",
                ),
                _o(NONE, "Aucune de ces phrases", "None of these"),
            ),
        ),
        _yesno(
            "decision_maker_reached",
            "Votre interlocuteur a-t-il le pouvoir de décider ?",
            "Does the person you deal with have the power to decide?",
        ),
        Question(
            "batna",
            QuestionKind.CHOICE,
            _t(
                "Sans accord, quelle serait votre meilleure solution de rechange ?",
                "Without an agreement, how good is your best alternative (BATNA)?",
            ),
            _t(
                "Autres clients, recours juridique, abandon de la créance : ce que vous ferez si "
                "la négociation échoue.",
                "Other clients, legal action, writing the debt off: "
                "what you will do if talks fail.",
            ),
            options=(
                _o(
                    "strong",
                    "Solide : je peux me passer d'un accord",
                    "Strong: I can do without an agreement",
                ),
                _o("acceptable", "Acceptable", "Acceptable"),
                _o("weak", "Faible : j'ai besoin d'un accord", "Weak: I need an agreement"),
                _o("unknown", "Je n'y ai pas réfléchi", "I haven't thought about it"),
            ),
        ),
    ),
)

_THIRD_PARTY = Section(
    id="third_party",
    step=8,
    title=_t("Le contrat et l'argent", "The contract and the money"),
    intro=_t(
        "Ces réponses disent s'il est temps de faire appel à un médiateur ou à un avocat.",
        "These answers tell whether it is time to bring in a mediator or a lawyer.",
    ),
    questions=(
        _yesno(
            "breach",
            "Un engagement contractuel a-t-il été rompu ?",
            "Has a contractual commitment been broken?",
        ),
        Question(
            "breach_by",
            QuestionKind.CHOICE,
            _t("Par qui ?", "By whom?"),
            {},
            options=(
                _o("client", "Le client", "The client"),
                _o("me", "Moi", "Me"),
                _o("both", "Les deux", "Both of us"),
            ),
            shown_when=("breach", ("true",)),
        ),
        Question(
            "breach_type",
            QuestionKind.CHOICE,
            _t("Quel engagement ?", "Which commitment?"),
            {},
            options=(
                _o("non_payment", "Le paiement", "Payment"),
                _o("late_delivery", "Le délai de livraison", "The delivery date"),
                _o("quality", "La conformité du travail", "The work meeting the specification"),
                _o("scope", "Le périmètre convenu", "The agreed scope"),
                _o(
                    "confidentiality",
                    "La confidentialité ou la propriété intellectuelle",
                    "Confidentiality or intellectual property",
                ),
                _o("other", "Autre", "Other"),
            ),
            shown_when=("breach", ("true",)),
        ),
        Question(
            "legal_footing",
            QuestionKind.CHOICE,
            _t(
                "Si un juge devait trancher, votre position serait-elle solide ?",
                "If a judge had to decide, how strong would your position be?",
            ),
            _t(
                "Pensez aux écrits : devis accepté, validations, échanges datés.",
                "Think of what is in writing: an accepted quote, approvals, dated messages.",
            ),
            options=(
                _o(
                    "strong",
                    "Solide : des écrits et des preuves m'appuient",
                    "Strong: written terms and evidence back me",
                ),
                _o("fair", "Défendable, sans plus", "Arguable, no more"),
                _o("weak", "Fragile", "Weak"),
                _o("unknown", "Je ne sais pas", "I don't know"),
            ),
        ),
        Question(
            "costs_vs_stake",
            QuestionKind.CHOICE,
            _t(
                "Faire valoir vos droits coûterait-il plus que la somme en jeu ?",
                "Would pursuing your claim cost more than the amount at stake?",
            ),
            _t(
                "Temps passé, frais, honoraires, énergie.",
                "Time spent, fees, charges, energy.",
            ),
            options=(
                _o("less", "Non, bien moins", "No, far less"),
                _o("comparable", "À peu près autant", "About as much"),
                _o("more", "Oui, davantage", "Yes, more"),
                _o("unknown", "Je ne sais pas", "I don't know"),
            ),
        ),
        _yesno(
            "formal_notice_sent",
            "Une mise en demeure a-t-elle été envoyée ?",
            "Has a formal notice (letter before claim) been sent?",
        ),
        Question(
            "formal_notice_date",
            QuestionKind.DATE,
            _t("À quelle date a-t-elle été envoyée ?", "On what date was it sent?"),
            _t(
                "Face à un particulier, en France, les intérêts courent à partir de cette date.",
                "Against a consumer in France, interest runs from this date.",
            ),
            shown_when=("formal_notice_sent", ("true",)),
            past=True,
        ),
        _yesno(
            "other_side_lawyer",
            "Le client a-t-il pris un avocat ?",
            "Has the client brought in a lawyer?",
        ),
        Question(
            "deadline",
            QuestionKind.DATE,
            _t(
                "À quelle date tombe la prochaine échéance qui compte ?",
                "When is the next deadline that matters?",
            ),
            _t(
                "Date de lancement, fin de contrat, délai de recours…",
                "A launch date, the end of the contract, a time limit for legal action…",
            ),
        ),
    ),
)

_WORTH = Section(
    id="worth",
    step=None,
    title=_t("Ce que vaut la relation", "What the relationship is worth"),
    intro=_t(
        "Faut-il poursuivre, renégocier ou partir ? Ces réponses pèsent la valeur du client "
        "contre ce qu'il vous coûte.",
        "Should you carry on, renegotiate or walk away? These answers weigh what the client "
        "brings against what they cost you.",
    ),
    questions=(
        Question(
            "revenue_share",
            QuestionKind.NUMBER,
            _t(
                "Quelle part de votre chiffre d'affaires annuel ce client représente-t-il ?",
                "What share of your yearly revenue does this client bring in?",
            ),
            {},
            minimum=0,
            maximum=100,
            unit=_t("%", "%"),
        ),
        _scale(
            "strategic_value",
            "Quelle est la valeur stratégique de ce client (références, réseau, apprentissage) ?",
            "How strategically valuable is this client (references, network, learning)?",
            (_t("Nulle", "None"), _t("Très grande", "Very high")),
        ),
        _scale(
            "cost_to_serve",
            "Combien ce client vous coûte-t-il en temps, en énergie et en sérénité ?",
            "How much does this client cost you in time, energy and peace of mind?",
            (_t("Très peu", "Very little"), _t("Énormément", "A great deal")),
        ),
        Question(
            "take_again",
            QuestionKind.CHOICE,
            _t(
                "Si ce client vous contactait aujourd'hui, accepteriez-vous la mission ?",
                "If this client approached you today, would you take the job?",
            ),
            {},
            options=(
                _o("yes", "Oui", "Yes"),
                _o(
                    "on_new_terms", "Oui, mais à d'autres conditions", "Yes, but on different terms"
                ),
                _o("no", "Non", "No"),
            ),
        ),
        Question(
            "relationship_length",
            QuestionKind.CHOICE,
            _t(
                "Depuis combien de temps travaillez-vous avec ce client ?",
                "How long have you been working with this client?",
            ),
            {},
            options=(
                _o("first_job", "C'est notre première mission", "This is our first job together"),
                _o("under_year", "Moins d'un an", "Less than a year"),
                _o("one_to_three", "Un à trois ans", "One to three years"),
                _o("over_three", "Plus de trois ans", "More than three years"),
            ),
        ),
        Question(
            "recurrence",
            QuestionKind.CHOICE,
            _t(
                "Ce genre de différend s'est-il déjà produit avec ce client ?",
                "Has this kind of dispute happened with this client before?",
            ),
            {},
            options=(
                _o("first", "Non, c'est la première fois", "No, this is the first time"),
                _o("once", "Une fois déjà", "Once before"),
                _o(
                    "repeated",
                    "Plusieurs fois : cela devient une habitude",
                    "Several times: it has become a pattern",
                ),
            ),
        ),
    ),
)

_PLACES = (
    _o("fr", "En France", "In France"),
    _o("england_wales", "En Angleterre ou au pays de Galles", "In England or Wales"),
    _o("scotland", "En Écosse", "In Scotland"),
    _o("northern_ireland", "En Irlande du Nord", "In Northern Ireland"),
    _o("us", "Aux États-Unis", "In the United States"),
    _o("other", "Ailleurs", "Elsewhere"),
)
_US_STATES = (
    _o("ny", "New York", "New York"),
    _o("ca", "Californie", "California"),
    _o("tx", "Texas", "Texas"),
    _o("fl", "Floride", "Florida"),
    _o("il", "Illinois", "Illinois"),
    _o("other", "Un autre État", "Another state"),
)

_SETTING = Section(
    id="setting",
    step=None,
    title=_t("Le cadre juridique", "The legal setting"),
    intro=_t(
        "Où chacun exerce, quel droit s'applique et qui est le client : ces réponses disent "
        "quelles règles de paiement et quelles procédures vous concernent.",
        "Where each side works, which law applies and who the client is: these answers tell "
        "which payment rules and which procedures concern you.",
    ),
    questions=(
        Question(
            "reader_place",
            QuestionKind.CHOICE,
            _t("Où exercez-vous votre activité ?", "Where is your business based?"),
            {},
            options=_PLACES,
        ),
        Question(
            "reader_us_state",
            QuestionKind.CHOICE,
            _t(
                "Dans quel État américain exercez-vous ?",
                "In which US state is your business based?",
            ),
            {},
            options=_US_STATES,
            shown_when=("reader_place", ("us",)),
        ),
        Question(
            "reader_trader",
            QuestionKind.CHOICE,
            _t(
                "Êtes-vous commerçant, ou exercez-vous en société ?",
                "Under French law, are you a trader (commerçant) or a company?",
            ),
            _t(
                "Répondez non si vous exercez en nom propre une profession libérale, "
                "artistique ou artisanale.",
                "Answer no if you work in your own name in a liberal profession, as an "
                "artist or as a craftsperson.",
            ),
            options=(
                _o("yes", "Oui", "Yes"),
                _o("no", "Non", "No"),
                _o("unknown", "Je ne sais pas", "I don't know"),
            ),
            shown_when=("reader_place", ("fr",)),
        ),
        Question(
            "client_place",
            QuestionKind.CHOICE,
            _t("Où le client est-il établi ?", "Where is the client based?"),
            {},
            options=(
                *_PLACES[:-1],
                _o(
                    "eu_other",
                    "Dans un autre pays de l'Union européenne",
                    "In another country of the European Union",
                ),
                _PLACES[-1],
            ),
        ),
        Question(
            "client_us_state",
            QuestionKind.CHOICE,
            _t(
                "Dans quel État américain le client est-il établi ?",
                "In which US state is the client based?",
            ),
            {},
            options=_US_STATES,
            shown_when=("client_place", ("us",)),
        ),
        Question(
            "governing_law",
            QuestionKind.CHOICE,
            _t(
                "Le contrat désigne-t-il le droit qui s'applique ?",
                "Does the contract name the law that governs it?",
            ),
            {},
            options=(
                _o("none", "Il n'en désigne aucun", "It names none"),
                _o("fr", "Le droit français", "French law"),
                _o(
                    "england_wales",
                    "Le droit anglais (Angleterre et pays de Galles)",
                    "The law of England and Wales",
                ),
                _o("scotland", "Le droit écossais", "Scots law"),
                _o("northern_ireland", "Le droit d'Irlande du Nord", "Northern Irish law"),
                _o("us", "Le droit d'un État américain", "The law of a US state"),
                _o("other", "Un autre droit", "Another law"),
                _o("unknown", "Je ne sais pas", "I don't know"),
            ),
        ),
        Question(
            "governing_us_state",
            QuestionKind.CHOICE,
            _t("Le droit de quel État américain ?", "The law of which US state?"),
            {},
            options=_US_STATES,
            shown_when=("governing_law", ("us",)),
        ),
        Question(
            "client_status",
            QuestionKind.CHOICE,
            _t("Qui est le client ?", "Who is the client?"),
            {},
            options=(
                _o("company", "Une société", "A company"),
                _o(
                    "sole_trader",
                    "Un entrepreneur individuel, ou un particulier qui achète pour son activité",
                    "A sole trader, or an individual buying for their business",
                ),
                _o(
                    "consumer",
                    "Un particulier, pour ses besoins privés",
                    "A private individual, for their own needs",
                ),
                _o("public_body", "Un organisme public", "A public body"),
            ),
        ),
        Question(
            "contract_late_rate",
            QuestionKind.NUMBER,
            _t(
                "Quel taux de pénalités de retard le contrat prévoit-il ?",
                "What late-payment interest rate does the contract set?",
            ),
            _t(
                "Laissez vide si le contrat n'en prévoit pas.",
                "Leave blank if the contract sets none.",
            ),
            minimum=0,
            maximum=100,
            unit=_t("% par an", "% a year"),
            shown_when=("contract_signed", ("true",)),
        ),
        Question(
            "contract_late_fixed",
            QuestionKind.NUMBER,
            _t(
                "Quelle somme forfaitaire de retard le contrat prévoit-il ?",
                "What fixed late-payment charge does the contract set?",
            ),
            _t(
                "Dans la devise des factures. Laissez vide si le contrat n'en prévoit pas.",
                "In the invoices' currency. Leave blank if the contract sets none.",
            ),
            minimum=0,
            maximum=100_000,
            unit=_t("devise des factures", "invoice currency"),
            shown_when=("contract_signed", ("true",)),
        ),
    ),
)

# The quick path, in the order the form asks it, before every section: enough for a first
# honest result. What the dispute is about and what has happened, then what matters to each side,
# then the way out, and last where the reader works (which law applies).
_QUICK_PATH = (
    "main_source",
    "escalation_signs",
    "fault",
    "stake_outcome",
    "stake_relationship",
    "stake_client",
    "time_pressure",
    "power_balance",
    "better_placed",
    "missing_information",
    "situation",
    "reader_place",
)


def _with_quick(section: Section) -> Section:
    questions = tuple(dataclasses.replace(q, quick=q.id in _QUICK_PATH) for q in section.questions)
    return dataclasses.replace(section, questions=questions)


@cache
def questionnaire() -> tuple[Section, ...]:
    """Return every section of the diagnostic, in the order of the guide."""
    sections = (
        _FACTS,
        _SOURCES,
        _INTERESTS,
        _COOPERATION,
        _TRUST,
        _IMPEDIMENTS,
        _NEGOTIATION,
        _THIRD_PARTY,
        _SETTING,
        _WORTH,
    )
    return tuple(_with_quick(section) for section in sections)


def quick_path() -> tuple[Question, ...]:
    """The questions of the quick path, in the order the form asks them (before any section)."""
    return tuple(question(question_id) for question_id in _QUICK_PATH)


def answer_values(q: Question) -> tuple[str, ...]:
    """The answers a follow-up may depend on, as written in ``shown_when``."""
    if q.kind is QuestionKind.YESNO:
        return ("true", "false")
    return tuple(option.value for option in q.options)


@cache
def _index() -> Mapping[str, Question]:
    return {q.id: q for s in questionnaire() for q in s.questions}


def question(question_id: str) -> Question:
    """Return the question with this id; raise KeyError if there is none."""
    return _index()[question_id]
