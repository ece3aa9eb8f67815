"""Answers for the accommodate stories (027-039), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="027-accommodate-wrong-figure-brochure",
        client="Breizh Outdoor",
        created="2026-11-05",
        updated="2026-11-05",
        tl=[
            (
                "2026-10-09",
                "Catalogue translation invoice, €1,350 excluding VAT, paid.",
                "payment",
                "client",
            ),
            (
                "2026-11-03",
                "Breizh Outdoor prints 5,000 copies of the French catalogue.",
                "other",
                "client",
            ),
            (
                "2026-11-05",
                "Yann calls: a life-jacket page says 50 newtons instead of 150; I check and the error is mine.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 5 4 4 4 4 2 2 1 5 5",
        a="da=none src=quality main=quality qsd=n cps=y cnk=5 oic=5 sv=5 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=none own=none "
        "goals=keep_working,reputation,launch_on_time imp=none so=3 sr=5 sc=5 fault=mostly_me tp=4 "
        "pb=balanced cm=n emo=2 mi=n bp=n sit=none dm=y batna=acceptable br=y brby=me brt=quality "
        "lf=weak fn=n dl=2026-11-20 strat=4 cost=1 again=yes len=over_three rec=first",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="028-accommodate-update-broke-checkout",
        client="Fenland Candles",
        created="2026-11-11",
        updated="2026-11-11",
        tl=[
            (
                "2026-11-07",
                "I push an update without running the checkout tests; card payments fail for six hours on their busiest day.",
                "quality",
                "me",
            ),
            (
                "2026-11-09",
                "Rachel's angry email: about £1,100 of lost sales; I answer defensively, blaming the payment provider's change.",
                "communication",
                "both",
            ),
            (
                "2026-11-10",
                "She sends screenshots showing the provider's change was harmless; third exchange.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="4 3 4 3 3 4 3 4 4 2 5 5",
        a="da=several src=quality main=quality qsd=n cps=y cnk=4 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time esc=positions_harden,polemics own=arguing_to_win "
        "goals=keep_working imp=none so=3 sr=5 sc=5 fault=mostly_me tp=3 pb=balanced cm=n emo=3 mi=n "
        "bp=n sit=none dm=y batna=acceptable br=y brby=me brt=quality lf=weak fn=n strat=3 cost=2 "
        "again=yes len=one_to_three rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="029-accommodate-portfolio-nda-breach",
        client="Stride Lab",
        created="2026-11-01",
        updated="2026-11-01",
        tl=[
            (
                "2026-08-18",
                "Packaging shoot of an unreleased sneaker, $6,500, paid; contract forbids publishing any image before launch.",
                "other",
                "both",
            ),
            (
                "2026-10-28",
                "I post three of the shots on my portfolio and Instagram.",
                "other",
                "me",
            ),
            (
                "2026-10-30",
                "Kevin writes that I breached the non-disclosure clause; their counsel follows up.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 4 3 3 3 3 3 1 4 5",
        a="cs=y da=several src=contract_terms main=contract_terms qsd=n cps=y cnk=5 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden,polemics own=arguing_to_win "
        "goals=keep_working,reputation imp=none so=2 sr=4 sc=5 fault=mostly_me tp=4 pb=client_stronger "
        "cm=n emo=2 mi=n bp=n sit=none dm=y batna=acceptable br=y brby=me brt=confidentiality lf=weak "
        "fn=n strat=4 cost=2 again=yes len=under_year rec=first",
        v4="rp=us rus=ny cp=us cus=ny cst=company",
    ),
    C(
        id="030-accommodate-grandfather-emblem",
        client="Ritchie & Sons",
        created="2026-10-30",
        updated="2026-10-30",
        tl=[
            ("2026-10-05", "New identity commissioned, £3,200; half paid.", "payment", "both"),
            (
                "2026-10-27",
                "Clean modern mark presented; Alasdair asks to keep his grandfather's 1931 herring emblem.",
                "other",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 4 4 2 2 1 5 5",
        a="da=one src=creative_choices main=creative_choices qsd=n cps=y cnk=5 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden own=none "
        "goals=finish_project,keep_working imp=none so=2 sr=4 sc=5 fault=no_complaint tp=1 pb=balanced "
        "cm=n emo=1 mi=n bp=n sit=none dm=y batna=acceptable br=n fn=n strat=3 cost=1 again=yes "
        "len=first_job rec=first",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="031-accommodate-founder-tagline",
        client="Tidepool",
        created="2026-11-04",
        updated="2026-11-04",
        tl=[
            ("2026-09-08", "Launch copy commissioned, $7,200; half paid.", "payment", "both"),
            (
                "2026-10-29",
                "Maya asks to use 'Skin that remembers the sea', her late mother's line, instead of my tagline.",
                "other",
                "client",
            ),
            (
                "2026-11-02",
                "My second email arguing for my line; she answers with a long note on why the brand exists.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 4 3 3 3 1 5 5",
        a="da=several src=creative_choices main=creative_choices qsd=n cps=y cnk=5 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed,proposes_solutions "
        "esc=positions_harden,polemics own=arguing_to_win goals=launch_on_time,keep_working,finish_project "
        "imp=none so=2 sr=5 sc=5 fault=no_complaint tp=2 pb=balanced cm=n emo=2 mi=n bp=n sit=none dm=y "
        "batna=acceptable br=n fn=n strat=4 cost=1 again=yes len=under_year rec=first",
        v4="rp=us rus=ca cp=us cus=ca cst=company",
    ),
    C(
        id="032-accommodate-free-extra-banners",
        client="Fen Valley Cooperative",
        created="2026-11-10",
        updated="2026-11-10",
        tl=[
            ("2026-10-12", "Poster series agreed, £2,800.", "scope", "both"),
            (
                "2026-11-09",
                "Olivia asks for six extra social banners 'within the current job', about £600 of work.",
                "scope",
                "client",
            ),
        ],
        inv=[],
        trust="5 5 5 5 5 4 4 2 2 2 5 5",
        a="cs=y da=none src=scope main=scope qsd=n cps=y cnk=4 oic=5 sv=5 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=none own=none "
        "goals=keep_working imp=none so=2 sr=5 sc=3 fault=no_complaint tp=1 pb=balanced cm=n emo=1 mi=n "
        "bp=n sit=build_credit dm=y batna=strong br=n fn=n strat=4 cost=2 again=yes len=over_three "
        "rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="033-accommodate-payment-extension-renewal",
        client="Aéro Précision",
        created="2026-11-13",
        updated="2026-11-13",
        tl=[
            (
                "2026-10-31",
                "October invoice, €4,800 including VAT, due 15 November.",
                "payment",
                "me",
            ),
            (
                "2026-11-12",
                "Mr Garcia asks for thirty more days: a big customer pays them late.",
                "payment",
                "client",
            ),
            (
                "2026-11-13",
                "Brief exchange by email about my payment terms.",
                "communication",
                "both",
            ),
        ],
        inv=[
            dict(
                issued="2026-10-31",
                due="2026-11-15",
                cur="EUR",
                amount=4800,
                excl=4000,
                vat="charged",
                disputed=0,
            )
        ],
        trust="5 5 5 5 5 4 4 2 2 3 4 4",
        a="cs=y da=one src=payment main=payment qsd=n cps=y cnk=5 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,proposes_solutions esc=positions_harden own=none "
        "goals=keep_working imp=none so=2 sr=5 sc=4 fault=no_complaint tp=1 pb=client_stronger cm=n emo=1 "
        "mi=n bp=n sit=build_credit dm=y batna=acceptable br=n fn=n dl=2026-11-15 strat=5 cost=2 "
        "again=yes len=one_to_three rec=once",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="034-accommodate-corporate-legal-threat",
        client="Lone Star Logistics",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            (
                "2026-10-01",
                "Contractual go-live date of the tracking integration ($24,000); I deliver three weeks late.",
                "timeliness",
                "me",
            ),
            (
                "2026-10-26",
                "They have paid $20,000 and refuse the final $4,000.",
                "payment",
                "client",
            ),
            (
                "2026-11-02",
                "Letter from their legal department: sign a release waiving the $4,000 within ten days or face a $40,000 claim.",
                "payment",
                "client",
            ),
            (
                "2026-11-04",
                "I reply I will go to small claims; they restate the threat and the deadline.",
                "communication",
                "both",
            ),
        ],
        inv=[
            dict(
                issued="2026-10-22",
                cur="USD",
                amount=4000,
                excl=4000,
                vat="not_charged",
                disputed=4000,
            )
        ],
        trust="4 3 1 3 3 2 2 4 3 4 2 2",
        a="cs=y da=several src=payment,contract_terms,timeliness main=contract_terms qsd=n cps=y cnk=3 "
        "oic=4 sv=2 nc=no con=none esc=positions_harden,threats own=counter_ultimatum "
        "goals=avoid_costs,quick_end imp=divergent_perceptions so=3 sr=1 sc=3 fault=shared tp=4 "
        "pb=client_stronger cm=n emo=3 mi=n bp=n sit=outmatched,costly_confrontation dm=y batna=weak br=y "
        "brby=both brt=late_delivery lf=weak cvs=more fn=n dl=2026-11-12 strat=1 cost=4 again=no "
        "len=under_year rec=first",
        v4="rp=us rus=tx cp=us cus=tx cst=company",
    ),
    C(
        id="035-accommodate-retailer-exclusivity-raw-files",
        client="Harlow & Finch",
        created="2026-11-08",
        updated="2026-11-08",
        tl=[
            (
                "2026-09-10",
                "I shoot a small campaign for a boutique chain, not thinking the exclusivity clause covers it.",
                "other",
                "me",
            ),
            (
                "2026-10-20",
                "Harlow stops paying my last two invoices (£6,800), removes me from its supplier list and tells my agency I'm in breach.",
                "payment",
                "client",
            ),
            (
                "2026-11-06",
                "Demand: hand over all raw files of three seasons and accept the unpaid invoices as settlement, or face a £50,000 claim.",
                "other",
                "client",
            ),
        ],
        inv=[dict(cur="GBP", amount=6800, vat="unknown", disputed=6800)],
        trust="4 4 5 4 4 2 2 3 2 3 2 2",
        a="cs=y da=one src=contract_terms,payment main=contract_terms qsd=n cps=y cnk=4 oic=5 sv=2 nc=no "
        "con=none esc=acts_alone,allies,threats,limited_harm own=none goals=avoid_costs,quick_end "
        "imp=divergent_perceptions so=4 sr=1 sc=4 fault=mostly_me tp=5 pb=client_stronger cm=n emo=4 mi=n "
        "bp=n sit=outmatched,costly_confrontation dm=y batna=weak br=y brby=me brt=other lf=weak cvs=more "
        "fn=n strat=2 cost=5 again=no len=one_to_three rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="036-accommodate-hotel-wilted-flowers",
        client="Palm Crest Resorts",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            (
                "2026-10-31",
                "Gala arrangements delivered, invoiced $3,400; left by hotel staff in a hot service corridor for five hours.",
                "quality",
                "both",
            ),
            (
                "2026-11-01",
                "Tiffany says half the centrepieces wilted and deducts the full $3,400 from our open invoices.",
                "payment",
                "client",
            ),
            (
                "2026-11-02",
                "I point to the storage; she replies they will 'review all floral suppliers for 2027', then silence.",
                "communication",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-10-31",
                cur="USD",
                amount=3400,
                excl=3400,
                vat="not_charged",
                disputed=3400,
            )
        ],
        trust="4 4 5 5 4 3 3 3 2 2 3 2",
        a="da=one src=quality,payment main=quality qsd=n cps=y cnk=3 oic=5 sv=3 nc=partly con=none "
        "esc=acts_alone,silence own=none goals=keep_working imp=disputed_facts,divergent_perceptions so=3 "
        "sr=5 sc=3 fault=mostly_client tp=3 pb=client_stronger cm=n emo=2 mi=n bp=n "
        "sit=outmatched,costly_confrontation dm=y batna=weak br=y brby=client brt=non_payment lf=fair "
        "cvs=more fn=n rev=40 strat=4 cost=3 again=yes rec=first",
        v4="rp=us rus=fl cp=us cus=fl cst=company",
    ),
    C(
        id="037-accommodate-merger-report-format",
        client="North West Credit Union",
        created="2026-11-05",
        updated="2026-11-05",
        tl=[
            (
                "2026-11-02",
                "Aoife criticises our monthly report in a meeting; my colleague defends it point by point.",
                "quality",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 3 3 3 3 2 4 5",
        a="cs=y da=one src=quality main=quality qsd=y cps=y cnk=4 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "own=arguing_to_win goals=keep_working imp=divergent_perceptions so=2 sr=5 sc=4 "
        "fault=mostly_client tp=2 pb=client_stronger cm=n emo=2 mi=n bp=n sit=harmony_first dm=n "
        "batna=acceptable br=n fn=n dl=2027-01-01 strat=4 cost=2 again=yes len=over_three rec=first",
        v4="rp=northern_ireland cp=northern_ireland cst=company",
    ),
    C(
        id="038-accommodate-island-community-trust",
        client="Isle of Mull community development trust",
        created="2026-11-12",
        updated="2026-11-12",
        tl=[
            (
                "2026-06-15",
                "Engaged to prepare the pier building funding bid, £7,500 in three parts; two received since.",
                "payment",
                "both",
            ),
            (
                "2026-11-10",
                "Morag asks me to hold my final report until the board agrees and to drop my design critique.",
                "scope",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 4 4 4 3 4 3 2 2 4 5",
        a="cs=y da=one src=timeliness,scope,client_internal main=timeliness qsd=n cps=y cnk=4 oic=4 sv=4 "
        "nc=yes con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden "
        "own=none goals=finish_project,keep_working,launch_on_time imp=none so=2 sr=5 sc=4 "
        "fault=no_complaint tp=2 pb=balanced cm=n emo=1 mi=n bp=n sit=harmony_first dm=n batna=acceptable "
        "br=n fn=n dl=2027-01-31 strat=4 cost=2 again=yes len=under_year rec=first",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="039-accommodate-junior-marketer-layout",
        client="Prairie Bank",
        created="2026-11-05",
        updated="2026-11-05",
        tl=[
            (
                "2026-11-02",
                "Ruth hands the spring savings campaign ($1,800 direct-mail piece) to Josh and asks me to support him.",
                "other",
                "client",
            ),
            (
                "2026-11-04",
                "Josh chooses a busy four-message collage; he politely holds his ground on my simpler version.",
                "other",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 5 5 5 4 4 2 2 1 5 5",
        a="da=one src=creative_choices main=creative_choices qsd=n cps=y cnk=4 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden own=none "
        "goals=keep_working,finish_project imp=none so=1 sr=5 sc=3 fault=no_complaint tp=1 pb=balanced "
        "cm=n emo=1 mi=n bp=n sit=minor_issue dm=y batna=strong br=n fn=n strat=4 cost=1 again=yes "
        "len=over_three rec=first",
        v4="rp=us rus=il cp=us cus=il cst=company",
    ),
]
