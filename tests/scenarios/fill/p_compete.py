"""Answers for the compete stories (040-052), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="040-compete-launch-with-data-leak",
        client="Cabinet Kiné Garonne",
        created="2026-11-18",
        updated="2026-11-18",
        tl=[
            (
                "2026-09-01",
                "Quote signed for the patient booking portal, €9,600 excluding VAT; €4,800 paid.",
                "payment",
                "both",
            ),
            (
                "2026-11-17",
                "In testing I find a page exposing other patients' names and notes; I tell Mr Roux the portal must not go live before a three-day fix.",
                "quality",
                "me",
            ),
            (
                "2026-11-18",
                "He emails all 1,200 patients that the portal opens on Friday 20 November 'as planned'; no answer to my call.",
                "timeliness",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 4 4 4 3 3 3 2 2 3 4",
        a="cs=y da=one src=quality,timeliness main=quality qsd=n cps=y cnk=3 oic=5 sv=3 nc=partly "
        "con=pays_undisputed esc=acts_alone,silence own=none goals=launch_on_time,reputation,finish_project "
        "imp=none so=5 sr=3 sc=5 fault=no_complaint tp=5 pb=balanced cm=n emo=3 mi=n bp=n sit=emergency "
        "dm=y batna=acceptable br=n fn=n dl=2026-11-20 strat=3 cost=3 again=yes len=under_year rec=first",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="041-compete-client-deleted-staging",
        client="Valley Home Services",
        created="2026-11-13",
        updated="2026-11-13",
        tl=[
            (
                "2026-09-15",
                "Valley starts disputing our last two invoices for the customer app; $28,000 outstanding.",
                "payment",
                "client",
            ),
            (
                "2026-11-09",
                "We pause further work until payment, as the contract allows.",
                "payment",
                "me",
            ),
            (
                "2026-11-12",
                "Their IT manager deletes our staging environment; our DNS is pointed to a blank page; site and email down nine hours.",
                "other",
                "client",
            ),
            (
                "2026-11-13",
                "Their owner writes: 'Now you know how it feels.'",
                "communication",
                "client",
            ),
        ],
        inv=[dict(cur="USD", amount=28000, excl=28000, vat="not_charged", disputed=28000)],
        trust="4 4 4 4 4 2 2 4 3 4 1 1",
        a="cs=y da=several src=payment,quality main=payment qsd=n cps=n cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=positions_harden,acts_alone,limited_harm own=digging_in goals=none "
        "imp=desire_to_punish,disputed_facts so=5 sr=1 sc=4 fault=mostly_client tp=5 pb=balanced cm=n "
        "emo=5 mi=n bp=y sit=emergency dm=y batna=strong br=y brby=client brt=non_payment lf=strong "
        "cvs=less fn=n strat=1 cost=5 again=no len=under_year rec=first",
        v4="rp=us rus=ca cp=us cus=ca cst=company",
    ),
    C(
        id="042-compete-client-contacts-all-customers",
        client="Cherwell Care Homes",
        created="2026-11-11",
        updated="2026-11-11",
        tl=[
            (
                "2026-06-30",
                "Data-protection audit delivered; invoice £7,400, unpaid.",
                "payment",
                "me",
            ),
            (
                "2026-09-14",
                "I file a small claim; Mr Lowe swears he will 'end my little business'.",
                "payment",
                "both",
            ),
            (
                "2026-10-20",
                "He starts emailing eleven of my clients claiming I leaked residents' data, with a fake regulator reference; two suspend contracts.",
                "other",
                "client",
            ),
            (
                "2026-11-10",
                "My insurer receives an anonymous letter asking them to cancel my cover.",
                "other",
                "client",
            ),
        ],
        inv=[dict(issued="2026-06-30", cur="GBP", amount=7400, vat="unknown", disputed=7400)],
        trust="5 4 5 4 4 2 2 3 2 2 1 1",
        a="cs=y da=several src=payment main=payment qsd=n cps=n cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=threats,loss_of_face,allies,ruin own=none goals=none imp=desire_to_punish so=5 sr=1 sc=4 "
        "fault=mostly_client tp=5 pb=balanced cm=n emo=5 mi=n bp=y sit=emergency dm=y batna=strong br=y "
        "brby=client brt=non_payment lf=strong cvs=less fn=y strat=1 cost=5 again=no len=under_year "
        "rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="043-compete-stop-work-late-fees",
        client="Domaine Vidal",
        created="2026-11-17",
        updated="2026-11-17",
        tl=[
            (
                "2026-03-02",
                "Contract signed: €1,500 excluding VAT per issue, 30-day terms, work suspended if an invoice is more than 15 days late.",
                "payment",
                "both",
            ),
            (
                "2026-10-02",
                "September invoice (€1,800 including VAT) falls due, unpaid.",
                "payment",
                "client",
            ),
            (
                "2026-11-01",
                "October invoice (€1,800 including VAT) falls due, unpaid.",
                "payment",
                "client",
            ),
            (
                "2026-11-16",
                "Sophie sends the December files; I reply I'll resume once paid, with interest and the €40 indemnity per invoice.",
                "payment",
                "me",
            ),
        ],
        inv=[
            dict(
                issued="2026-09-02",
                due="2026-10-02",
                cur="EUR",
                amount=1800,
                excl=1500,
                vat="charged",
                disputed=0,
            ),
            dict(
                issued="2026-10-02",
                due="2026-11-01",
                cur="EUR",
                amount=1800,
                excl=1500,
                vat="charged",
                disputed=0,
            ),
        ],
        trust="5 5 5 5 5 3 4 4 3 4 3 3",
        a="cs=y da=several src=payment main=payment qsd=n cps=n cnk=3 oic=5 sv=3 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden,polemics own=digging_in "
        "goals=keep_working,finish_project imp=none so=4 sr=4 sc=3 fault=no_complaint tp=4 pb=balanced "
        "cm=n emo=2 mi=n bp=n sit=necessary_rule dm=y batna=acceptable br=y brby=client brt=non_payment "
        "lf=strong cvs=less fn=n strat=3 cost=3 again=yes len=under_year rec=repeated",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="044-compete-cancellation-fee-translators-group",
        client="TransGlobe",
        created="2026-11-09",
        updated="2026-11-09",
        tl=[
            (
                "2026-10-05",
                "TransGlobe books me for a 40,000-word game script, £3,200, under my terms accepted by email (50% plus work done if cancelled after start).",
                "other",
                "both",
            ),
            (
                "2026-10-19",
                "After a quarter is translated they cancel; I claim £1,600.",
                "scope",
                "client",
            ),
            (
                "2026-10-23",
                "Dan offers £400 'as a gesture' and says no translator charges cancellation fees.",
                "payment",
                "client",
            ),
            (
                "2026-11-04",
                "Colleagues tell me he calls me 'litigious' in their translators' group.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 2 3 4 3 4 2 2",
        a="cs=y da=several src=payment,contract_terms main=contract_terms qsd=n cps=y cnk=3 oic=5 sv=2 "
        "nc=partly con=replies_in_time,proposes_solutions esc=positions_harden,polemics,allies "
        "own=digging_in,seeking_allies goals=avoid_costs imp=divergent_perceptions so=4 sr=2 sc=3 "
        "fault=no_complaint tp=2 pb=balanced cm=n emo=3 mi=n bp=n sit=necessary_rule dm=y "
        "batna=acceptable br=y brby=client brt=other lf=strong cvs=less fn=n strat=2 cost=3 "
        "again=on_new_terms rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="045-compete-unlimited-revisions-ultimatum",
        client="Empire Realty Group",
        created="2026-10-30",
        updated="2026-10-30",
        tl=[
            (
                "2026-08-03",
                "Contract for six property films, $4,500 each, two revision rounds per film, change-order rate beyond.",
                "scope",
                "both",
            ),
            (
                "2026-10-15",
                "First invoice, $9,000, falls due; unpaid. Eleven rounds requested on film one, four on film two.",
                "payment",
                "client",
            ),
            (
                "2026-10-20",
                "Rick: nothing paid until every film is 'perfect'; we answer that extra rounds need change orders.",
                "scope",
                "both",
            ),
            (
                "2026-10-27",
                "His ultimatum: deliver by 15 November or cancel and sue for the deposit; ours: pay by 10 November or work stops.",
                "other",
                "both",
            ),
        ],
        inv=[
            dict(
                due="2026-10-15",
                cur="USD",
                amount=9000,
                excl=9000,
                vat="not_charged",
                disputed=9000,
            )
        ],
        trust="4 4 4 4 4 2 3 4 3 4 2 2",
        a="cs=y da=several src=scope,payment main=scope qsd=y cps=y cnk=3 oic=5 sv=2 nc=partly "
        "con=still_talking esc=positions_harden,polemics,threats own=digging_in,counter_ultimatum "
        "goals=finish_project imp=divergent_perceptions so=4 sr=3 sc=4 fault=mostly_client tp=4 "
        "pb=balanced cm=y ce=y emo=4 mi=n bp=n sit=necessary_rule,exploits_goodwill dm=y "
        "batna=acceptable br=y brby=client brt=non_payment lf=strong cvs=less fn=n dl=2026-11-10 strat=3 "
        "cost=5 again=on_new_terms len=under_year rec=first",
        v4="rp=us rus=ny cp=us cus=ny cst=company",
    ),
    C(
        id="046-compete-called-liar-subcontractors",
        client="Tay Fresh",
        created="2026-10-16",
        updated="2026-10-16",
        tl=[
            (
                "2026-09-04",
                "Acceptance form signed by their operations manager after two weeks of testing; invoice £6,800 due 4 October.",
                "quality",
                "client",
            ),
            ("2026-10-04", "Invoice falls due, unpaid.", "payment", "client"),
            (
                "2026-10-12",
                "Mr Grant emails me, my subcontractors and his staff that the system 'never worked' and that I 'lied about testing'.",
                "communication",
                "client",
            ),
            (
                "2026-10-13",
                "I reply to all with the signed acceptance and the logs: 3,100 orders processed since September.",
                "communication",
                "me",
            ),
        ],
        inv=[
            dict(
                issued="2026-09-04",
                due="2026-10-04",
                cur="GBP",
                amount=6800,
                vat="unknown",
                disputed=6800,
            )
        ],
        trust="4 4 4 4 4 2 2 3 2 3 1 1",
        a="cs=y da=several src=payment,quality main=payment qsd=n cps=y cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=positions_harden,allies,loss_of_face own=none goals=avoid_costs imp=disputed_facts so=5 sr=1 "
        "sc=4 fault=mostly_client tp=4 pb=balanced cm=n emo=4 mi=n bp=n sit=none dm=y batna=strong br=y "
        "brby=client brt=non_payment lf=strong cvs=less fn=n rev=30 strat=2 cost=4 again=no "
        "len=under_year rec=first",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="047-compete-bakery-owner-abyss",
        client="Sunny Crust (Mr Dale Parker)",
        created="2026-11-18",
        updated="2026-11-18",
        tl=[
            (
                "2026-03-12",
                "Small claims judgment in my favour for the unpaid $5,800 logo and shopfront.",
                "payment",
                "third_party",
            ),
            (
                "2026-10-08",
                "He tells a local reporter he would 'rather lose the bakery than let her win'.",
                "communication",
                "client",
            ),
            (
                "2026-11-02",
                "He closes the shop and moves his money, apparently to dodge the judgment.",
                "payment",
                "client",
            ),
            (
                "2026-11-16",
                "He files a new lawsuit against me claiming $250,000 for 'brand damage'.",
                "other",
                "client",
            ),
        ],
        inv=[dict(cur="USD", amount=5800, excl=5800, vat="not_charged", disputed=5800)],
        trust="4 4 4 4 4 1 1 3 2 3 1 1",
        a="cs=y da=several src=payment,communication main=payment qsd=n cps=y cnk=1 oic=5 sv=1 nc=no "
        "con=none esc=allies,loss_of_face,threats,limited_harm,ruin,abyss own=none goals=none "
        "imp=desire_to_punish,disagreeable_personality so=5 sr=1 sc=5 fault=mostly_client tp=4 "
        "pb=balanced cm=n emo=5 mi=n bp=y sit=none dm=y batna=strong br=y brby=client brt=non_payment "
        "lf=strong fn=y strat=1 cost=5 again=no len=first_job rec=first",
        v4="rp=us rus=fl cp=us cus=fl",
    ),
    C(
        id="048-compete-copy-published-unpaid",
        client="Alamo Roofing",
        created="2026-10-21",
        updated="2026-10-21",
        tl=[
            (
                "2026-09-08",
                "Contract signed: website copy for $3,500 due on delivery; rights transfer only on full payment.",
                "other",
                "both",
            ),
            ("2026-10-05", "Copy delivered by email.", "quality", "me"),
            (
                "2026-10-09",
                "Mr Hale 'changes direction', terminates and refuses to pay.",
                "payment",
                "client",
            ),
            (
                "2026-10-20",
                "I find my copy word for word on their live website; my two emails unanswered.",
                "other",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-10-05",
                due="2026-10-05",
                cur="USD",
                amount=3500,
                excl=3500,
                vat="not_charged",
                disputed=3500,
            )
        ],
        trust="4 4 5 4 4 2 2 4 2 4 1 1",
        a="cs=y da=several src=payment,contract_terms main=payment qsd=n cps=y cnk=2 oic=5 sv=1 nc=no "
        "con=none esc=acts_alone,silence own=none goals=none imp=none so=4 sr=1 sc=2 fault=mostly_client "
        "tp=3 pb=balanced cm=n emo=2 mi=n bp=n sit=none dm=y batna=strong br=y brby=client "
        "brt=non_payment lf=strong cvs=less fn=n strat=1 cost=3 again=no len=first_job rec=first",
        v4="rp=us rus=tx cp=us cus=tx cst=company",
    ),
    C(
        id="049-compete-exploited-free-revisions",
        client="Coastline Teas",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            (
                "2026-10-05",
                "Winter range quoted at £2,400 for three designs; they now ask for eight, 'since you did it last time'.",
                "scope",
                "client",
            ),
            (
                "2026-10-30",
                "I say the extra five would cost £1,500; Lucy calls me 'difficult'.",
                "payment",
                "both",
            ),
            (
                "2026-11-04",
                "A friend tells me Lucy warns people in a local makers' group that I'm 'not flexible anymore'.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 5 4 5 3 3 4 3 4 2 2",
        a="cs=y da=several src=scope,payment main=scope qsd=n cps=y cnk=4 oic=5 sv=3 nc=partly "
        "con=still_talking,replies_in_time esc=positions_harden,allies own=digging_in,seeking_allies "
        "goals=keep_working imp=divergent_perceptions so=4 sr=3 sc=3 fault=mostly_client tp=2 pb=balanced "
        "cm=y ce=y emo=3 mi=n bp=n sit=exploits_goodwill dm=y batna=acceptable br=n fn=n strat=3 cost=4 "
        "again=on_new_terms len=one_to_three rec=repeated",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="050-compete-it-maintenance-late-payer-reviews",
        client="Pharmacie des Alpes",
        created="2026-11-05",
        updated="2026-11-05",
        tl=[
            (
                "2026-07-01",
                "Quarterly invoice, €2,880 including VAT, due 31 July.",
                "payment",
                "me",
            ),
            ("2026-10-15", "Fourth reminder; still unpaid.", "payment", "me"),
            (
                "2026-11-03",
                "I announce penalties and the €40 indemnity; Mrs Blanc threatens one-star reviews and telling other pharmacists we are crooks.",
                "payment",
                "both",
            ),
            (
                "2026-11-04",
                "I say I'll send a formal notice and suspend support; she answers 'drop the penalties by Friday or you'll see'.",
                "communication",
                "both",
            ),
        ],
        inv=[
            dict(
                issued="2026-07-01",
                due="2026-07-31",
                cur="EUR",
                amount=2880,
                excl=2400,
                vat="charged",
                disputed=0,
            )
        ],
        trust="5 5 5 5 5 3 3 3 3 4 1 2",
        a="cs=y da=several src=payment main=payment qsd=n cps=y cnk=3 oic=5 sv=2 nc=partly con=still_talking "
        "esc=positions_harden,threats own=counter_ultimatum goals=none imp=none so=4 sr=2 sc=3 "
        "fault=no_complaint tp=3 pb=balanced cm=y ce=y emo=3 mi=n bp=n sit=exploits_goodwill,necessary_rule "
        "dm=y batna=acceptable br=y brby=client brt=non_payment lf=strong cvs=less fn=n strat=2 cost=4 "
        "again=on_new_terms len=one_to_three rec=repeated",
        v4="rp=fr rt=yes cp=fr",
    ),
    C(
        id="051-compete-false-chargeback",
        client="Mrs Kowalski's events company",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            ("2026-09-26", "Company gala photographed, $4,200 paid by card.", "payment", "both"),
            (
                "2026-10-08",
                "600 images delivered; she downloads all of them the same day.",
                "quality",
                "me",
            ),
            (
                "2026-10-25",
                "She files a chargeback claiming the service was 'never provided' and reports my account as fraudulent; it is frozen ten days.",
                "payment",
                "client",
            ),
            (
                "2026-10-30",
                "Her reply to my letter: 'You'll lose more than $4,200 before this is over.'",
                "communication",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-09-26",
                cur="USD",
                amount=4200,
                excl=4200,
                vat="not_charged",
                disputed=4200,
            )
        ],
        trust="4 4 5 4 4 2 2 3 2 3 1 1",
        a="cs=y da=several src=payment,proof_of_delivery main=proof_of_delivery qsd=n cps=y cnk=2 oic=5 "
        "sv=1 nc=no con=none esc=acts_alone,loss_of_face,threats,limited_harm own=none goals=none "
        "imp=desire_to_punish so=4 sr=1 sc=3 fault=mostly_client tp=4 pb=balanced cm=y ce=y emo=4 mi=n "
        "bp=y sit=exploits_goodwill dm=y batna=acceptable br=y brby=client brt=non_payment lf=strong "
        "cvs=less fn=n strat=1 cost=5 again=no len=one_to_three rec=once",
        v4="rp=us rus=il cp=us cus=il cst=company",
    ),
    C(
        id="052-compete-owner-will-go-down",
        client="Ormeau Motors",
        created="2026-11-12",
        updated="2026-11-12",
        tl=[
            (
                "2026-07-31",
                "Spring and summer campaigns invoiced (June and July): £18,000 in total, unpaid.",
                "payment",
                "me",
            ),
            ("2026-09-10", "Formal letter from us.", "payment", "me"),
            (
                "2026-10-01",
                "He posts that we are 'thieves', files ASA complaints on campaigns he approved and offers our staff money to leave.",
                "other",
                "client",
            ),
            (
                "2026-11-10",
                "Before witnesses he says he'd liquidate his dealership before paying us, 'and take you down with me'.",
                "communication",
                "client",
            ),
        ],
        inv=[dict(cur="GBP", amount=18000, vat="unknown", disputed=18000)],
        trust="4 4 4 4 4 2 1 3 2 3 1 1",
        a="cs=y da=several src=payment main=payment qsd=n cps=n cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=allies,loss_of_face,threats,limited_harm,ruin,abyss own=none goals=none "
        "imp=desire_to_punish,disagreeable_personality so=5 sr=1 sc=5 fault=mostly_client tp=4 "
        "pb=balanced cm=y ce=y emo=5 mi=n bp=y sit=exploits_goodwill dm=y batna=acceptable br=y "
        "brby=client brt=non_payment lf=strong cvs=less fn=y strat=1 cost=5 again=no len=one_to_three "
        "rec=repeated",
        v4="rp=northern_ireland cp=northern_ireland cst=company",
    ),
]
