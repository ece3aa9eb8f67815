"""Answers for the compromise stories (014-026), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="014-compromise-second-revision-round",
        client="Avonside Dental",
        created="2026-11-14",
        updated="2026-11-14",
        tl=[
            (
                "2026-09-01",
                "Proposal signed by Gemma: brochure for £1,800, one round of revisions included.",
                "scope",
                "both",
            ),
            (
                "2026-11-03",
                "Invoice for £2,250: the £1,800 plus £450 for a second full round after the brief was rewritten.",
                "payment",
                "me",
            ),
            (
                "2026-11-10",
                "Gemma pays £1,800 and disputes the £450: the changes were 'corrections'.",
                "payment",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-11-03",
                cur="GBP",
                amount=2250,
                excl=2250,
                vat="not_charged",
                paid=[("2026-11-10", 1800)],
                disputed=450,
            )
        ],
        trust="4 4 5 4 4 3 4 3 3 3 4 4",
        a="cs=y da=several src=scope,payment main=scope qsd=n cps=y cnk=3 oic=4 sv=4 nc=partly "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "own=digging_in,arguing_to_win goals=keep_working,quick_end imp=divergent_perceptions so=2 sr=4 "
        "sc=3 fault=mostly_client tp=2 pb=balanced cm=n emo=2 mi=n bp=n sit=costly_confrontation dm=y "
        "batna=acceptable br=y brby=client brt=non_payment lf=fair cvs=comparable fn=n strat=4 cost=2 "
        "again=yes len=first_job rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="015-compromise-four-extra-pages",
        client="Immo Loire",
        created="2026-10-28",
        updated="2026-10-28",
        tl=[
            (
                "2026-06-01",
                "Mr Baudry signs my quote for a ten-page site, €4,800 excluding VAT.",
                "scope",
                "both",
            ),
            (
                "2026-09-30",
                "Invoice: €4,800 plus €1,200 excluding VAT for four extra pages asked for by phone.",
                "payment",
                "me",
            ),
            (
                "2026-10-15",
                "He pays the €4,800 part and deducts the €1,200: 'the extras were part of the project'.",
                "payment",
                "client",
            ),
            ("2026-10-26", "Second reply from me, still unanswered.", "communication", "me"),
        ],
        inv=[
            dict(
                issued="2026-09-30",
                cur="EUR",
                amount=7200,
                excl=6000,
                vat="charged",
                paid=[("2026-10-15", 5760)],
                disputed=1440,
            )
        ],
        trust="4 4 5 4 4 2 3 3 2 3 2 3",
        a="cs=y da=several src=scope,payment main=scope qsd=n cps=y cnk=2 oic=4 sv=3 nc=partly "
        "con=pays_undisputed esc=acts_alone,silence own=none goals=quick_end "
        "imp=divergent_perceptions,disputed_facts so=3 sr=3 sc=3 fault=mostly_client tp=2 "
        "pb=client_stronger cm=n emo=2 mi=n bp=n sit=costly_confrontation dm=y batna=acceptable br=y "
        "brby=client brt=non_payment lf=fair cvs=comparable fn=n strat=3 cost=3 again=on_new_terms "
        "len=under_year rec=first",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="016-compromise-late-delivery-penalty",
        client="Peak Outfitters",
        created="2026-10-20",
        updated="2026-10-20",
        tl=[
            (
                "2026-07-01",
                "Contract for the inventory dashboard: $16,000, delivery 1 September, penalty $200 a day capped at $3,000; $8,000 paid upfront.",
                "payment",
                "both",
            ),
            (
                "2026-07-27",
                "Warehouse API documentation arrives, five weeks after the date they promised.",
                "timeliness",
                "client",
            ),
            ("2026-09-20", "Dashboard delivered; final $8,000 invoiced.", "timeliness", "me"),
            (
                "2026-10-05",
                "They announce they will deduct the full $3,000 penalty.",
                "payment",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-09-20",
                cur="USD",
                amount=8000,
                excl=8000,
                vat="not_charged",
                disputed=3000,
            )
        ],
        trust="4 3 2 4 3 2 3 3 3 2 2 3",
        a="cs=y da=one src=timeliness,payment,contract_terms main=timeliness qsd=n cps=y cnk=3 oic=4 sv=3 "
        "nc=partly con=none esc=positions_harden,acts_alone,allies own=seeking_allies "
        "goals=avoid_costs,reputation,quick_end imp=divergent_perceptions,disputed_facts so=3 sr=2 sc=3 "
        "fault=mostly_client tp=2 pb=balanced cm=n emo=3 mi=n bp=n sit=costly_confrontation dm=y "
        "batna=acceptable br=y brby=both brt=late_delivery lf=fair cvs=comparable fn=n strat=2 cost=3 "
        "again=on_new_terms len=under_year rec=first",
        v4="rp=us rus=other cp=us cus=other cst=company",
    ),
    C(
        id="017-compromise-sector-exclusivity",
        client="Clyde Spirits",
        created="2026-11-02",
        updated="2026-11-02",
        tl=[
            (
                "2026-10-20",
                "Fiona asks us to sign a three-year exclusivity clause: no other drinks brand as a client.",
                "other",
                "client",
            ),
            (
                "2026-10-28",
                "Without waiting for our answer, she pauses two campaigns 'until the contract is settled'.",
                "scope",
                "client",
            ),
            (
                "2026-10-29",
                "We put their Christmas campaign planning on hold in reply.",
                "scope",
                "me",
            ),
        ],
        inv=[],
        trust="5 4 5 5 5 4 4 4 2 2 4 4",
        a="cs=y da=one src=contract_terms main=contract_terms qsd=n cps=y cnk=4 oic=5 sv=4 nc=no "
        "con=still_talking,respectful_tone esc=acts_alone own=acted_alone goals=keep_working,launch_on_time "
        "imp=none so=4 sr=5 sc=4 fault=no_complaint tp=4 pb=balanced cm=n emo=2 mi=n bp=n sit=none dm=y "
        "batna=acceptable br=n fn=n rev=33 strat=4 cost=2 again=yes rec=first",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="018-compromise-per-word-rate-cut",
        client="Trad'Est",
        created="2026-11-16",
        updated="2026-11-16",
        tl=[
            (
                "2026-11-02",
                "I write to ask for €0.16 a word from January, up from €0.14.",
                "payment",
                "me",
            ),
            (
                "2026-11-04",
                "Mrs Keller announces a rate of €0.11 a word from January, citing machine translation.",
                "payment",
                "client",
            ),
            (
                "2026-11-12",
                "Second call; letters exchanged, each setting out arguments.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="5 5 5 5 5 3 4 4 3 4 4 4",
        a="cs=n da=several src=payment,contract_terms main=payment qsd=n cps=y cnk=4 oic=5 sv=4 nc=no "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden,polemics own=arguing_to_win "
        "goals=keep_working imp=none so=4 sr=4 sc=4 fault=no_complaint tp=2 pb=balanced cm=n emo=1 mi=n "
        "bp=n sit=none dm=y batna=acceptable br=n fn=n dl=2027-01-01 rev=40 strat=4 cost=2 again=yes "
        "len=one_to_three rec=first",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="019-compromise-photo-buyout-rights",
        client="Solstice Skincare",
        created="2026-11-09",
        updated="2026-11-09",
        tl=[
            (
                "2026-09-15",
                "Two-day campaign shoot, $12,500, paid; licence for web and social use for two years.",
                "other",
                "both",
            ),
            (
                "2026-10-20",
                "Jenna asks for a full perpetual buyout for an extra $3,000.",
                "payment",
                "client",
            ),
            (
                "2026-11-03",
                "I hear she calls me 'greedy' to colleagues; I had complained about her in a photographers' group.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="5 4 5 5 4 3 3 4 3 4 3 3",
        a="cs=y da=several src=contract_terms,payment main=contract_terms qsd=n cps=y cnk=4 oic=5 sv=3 "
        "nc=no con=pays_undisputed esc=positions_harden,allies own=seeking_allies "
        "goals=keep_working,reputation,launch_on_time imp=divergent_perceptions so=4 sr=4 sc=4 "
        "fault=no_complaint tp=3 pb=balanced cm=n emo=3 mi=n bp=n sit=none dm=y batna=acceptable br=n "
        "lf=strong fn=n strat=5 cost=3 again=on_new_terms rec=first",
        v4="rp=us rus=ca cp=us cus=ca cst=company",
    ),
    C(
        id="020-compromise-interim-payment-complex",
        client="Midland Parts",
        created="2026-10-26",
        updated="2026-10-26",
        tl=[
            (
                "2026-04-06",
                "Warehouse reorganisation agreed in four phases, £36,000 in total.",
                "scope",
                "both",
            ),
            ("2026-09-30", "Phase 3 invoiced, £9,000.", "payment", "me"),
            (
                "2026-10-08",
                "Richard refuses to pay phase 3 until phase 4 proves the savings.",
                "payment",
                "client",
            ),
            (
                "2026-10-15",
                "He stops approving my expenses without telling me.",
                "payment",
                "client",
            ),
        ],
        inv=[dict(issued="2026-09-30", cur="GBP", amount=9000, vat="unknown", disputed=9000)],
        trust="4 3 4 4 4 3 3 3 3 3 3 3",
        a="cs=y da=one src=payment,quality,scope main=payment qsd=n cps=y cnk=4 oic=5 sv=3 nc=partly "
        "con=still_talking esc=acts_alone own=none goals=finish_project "
        "imp=disputed_facts,divergent_perceptions so=4 sr=4 sc=4 fault=unclear tp=4 pb=client_stronger "
        "cm=n emo=2 mi=y bp=y sit=temporary_fix dm=y batna=acceptable br=y brby=client brt=non_payment "
        "lf=fair cvs=comparable fn=n dl=2026-12-01 strat=3 cost=3 again=on_new_terms len=under_year "
        "rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="021-compromise-bugs-or-changes-escrow",
        client="Harbor Clinics",
        created="2026-11-05",
        updated="2026-11-05",
        tl=[
            (
                "2026-03-02",
                "Contract for the booking platform, $85,000 in milestones; three milestones ($51,000) since paid.",
                "payment",
                "both",
            ),
            (
                "2026-09-14",
                "Beta released; the clinics start logging tickets, 140 so far.",
                "quality",
                "client",
            ),
            ("2026-10-01", "Milestone 4 invoiced, $17,000; unpaid.", "payment", "me"),
        ],
        inv=[
            dict(
                issued="2026-10-01",
                cur="USD",
                amount=17000,
                excl=17000,
                vat="not_charged",
                disputed=17000,
            )
        ],
        trust="4 3 3 3 3 2 2 4 4 3 2 3",
        a="cs=y da=several src=quality,scope,payment main=quality qsd=y cps=y cnk=3 oic=4 sv=2 nc=partly "
        "con=still_talking esc=positions_harden,polemics,allies own=digging_in,seeking_allies "
        "goals=finish_project,launch_on_time imp=divergent_perceptions,disputed_facts so=4 sr=3 sc=5 "
        "fault=shared tp=4 pb=balanced cm=n emo=3 mi=y bp=y sit=temporary_fix dm=y batna=acceptable br=y "
        "brby=both brt=non_payment lf=fair cvs=comparable fn=n strat=3 cost=4 again=on_new_terms "
        "len=under_year rec=first",
        v4="rp=us rus=ny cp=us cus=ny cst=company",
    ),
    C(
        id="022-compromise-misprinted-brochures-event",
        client="Salon de l'Habitat (organisers)",
        created="2026-11-12",
        updated="2026-11-12",
        tl=[
            (
                "2026-11-04",
                "The association approves the proof of the brochure, exhibitor map included.",
                "quality",
                "client",
            ),
            (
                "2026-11-11",
                "3,000 brochures delivered, €2,100 excluding VAT; in the evening Mrs Dufour calls about dull colours and a misaligned map.",
                "quality",
                "both",
            ),
            (
                "2026-11-12",
                "She emails that they will not pay anything and has asked a competitor for a quote.",
                "payment",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-11-11", cur="EUR", amount=2520, excl=2100, vat="charged", disputed=2520
            )
        ],
        trust="4 3 5 4 4 3 3 3 3 2 3 3",
        a="cs=y da=one src=quality,payment main=quality qsd=n cps=y cnk=4 oic=5 sv=3 nc=partly "
        "con=still_talking esc=acts_alone own=none goals=launch_on_time,reputation imp=disputed_facts "
        "so=3 sr=3 sc=5 fault=shared tp=5 pb=balanced cm=n emo=3 mi=n bp=n sit=quick_deal dm=y "
        "batna=acceptable br=n lf=fair cvs=comparable fn=n dl=2026-11-13 strat=3 cost=3 again=yes "
        "rec=first",
        v4="rp=fr rt=yes cp=fr",
    ),
    C(
        id="023-compromise-launch-extra-pages-48h",
        client="Gulf Coast Solar",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            (
                "2026-10-01",
                "Hired to write the new website's twelve pages for $3,600; half paid.",
                "payment",
                "both",
            ),
            (
                "2026-11-06",
                "Friday evening: Brian asks for six more county pages by Sunday, 'obviously part of the site'; half an hour of argument by phone.",
                "scope",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 3 4 3 3 3 4 4",
        a="da=one src=scope,payment main=scope qsd=n cps=y cnk=4 oic=4 sv=4 nc=partly "
        "con=still_talking,replies_in_time esc=positions_harden,polemics own=arguing_to_win "
        "goals=launch_on_time,finish_project imp=divergent_perceptions so=3 sr=3 sc=5 fault=shared tp=5 "
        "pb=balanced cm=n emo=2 mi=n bp=n sit=quick_deal dm=y batna=acceptable br=n fn=n dl=2026-11-09 "
        "strat=3 cost=2 again=yes len=first_job rec=first",
        v4="rp=us rus=tx cp=us cus=tx cst=company",
    ),
    C(
        id="024-compromise-tender-rush-surcharge",
        client="Lagan Engineering",
        created="2026-11-18",
        updated="2026-11-18",
        tl=[
            (
                "2026-11-16",
                "Lagan sends 14,000 words for a Spanish tender closing Friday noon; my terms add 50% for delivery within five days: £2,520.",
                "payment",
                "client",
            ),
            ("2026-11-17", "Declan refuses the surcharge; I say I'll stop.", "payment", "both"),
            (
                "2026-11-18",
                "He has a colleague with school Spanish start on part of the text and sends me the rest.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 3 3 3 3 3 3 3",
        a="cs=n da=one src=payment,price_before_contract main=payment qsd=n cps=y cnk=4 oic=5 sv=3 "
        "nc=partly con=still_talking esc=acts_alone own=counter_ultimatum goals=launch_on_time,keep_working "
        "imp=divergent_perceptions so=3 sr=4 sc=5 fault=no_complaint tp=5 pb=balanced cm=n emo=3 mi=n "
        "bp=n sit=quick_deal dm=y batna=acceptable br=n fn=n dl=2026-11-20 strat=4 cost=2 again=yes "
        "rec=first",
        v4="rp=northern_ireland cp=northern_ireland cst=company",
    ),
    C(
        id="025-compromise-after-failed-workshop",
        client="North Shore Brewing",
        created="2026-10-26",
        updated="2026-10-26",
        tl=[
            (
                "2026-07-13",
                "Label redesign contract, $14,000; $7,000 paid upfront.",
                "payment",
                "both",
            ),
            (
                "2026-10-01",
                "Staff meeting: Greg says my sketches were 'lifted from a Portland brewery'; I say his team can't read a brief.",
                "communication",
                "both",
            ),
            (
                "2026-10-15",
                "Joint workshop with their brewers ends with Greg walking out.",
                "communication",
                "client",
            ),
            (
                "2026-10-22",
                "Greg tells a trade newsletter he is looking for a designer 'with original ideas'; I publish my sketches' dates on my site.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="3 3 4 3 3 2 2 3 3 3 2 2",
        a="cs=y da=several src=creative_choices,communication,payment main=creative_choices qsd=y cps=n "
        "cnk=2 oic=4 sv=2 nc=partly con=pays_undisputed esc=positions_harden,polemics,allies,loss_of_face "
        "own=arguing_to_win,seeking_allies goals=quick_end,reputation,avoid_costs "
        "imp=divergent_perceptions so=3 sr=1 sc=3 fault=mostly_client tp=3 pb=client_stronger cm=n emo=4 "
        "mi=n bp=n sit=other_ways_failed,costly_confrontation dm=y batna=acceptable br=n lf=fair cvs=more "
        "fn=n strat=2 cost=4 again=no len=under_year rec=first",
        v4="rp=us rus=il cp=us cus=il cst=company",
    ),
    C(
        id="026-compromise-settlement-after-notices",
        client="Phocée Fret",
        created="2026-10-06",
        updated="2026-10-06",
        tl=[
            (
                "2026-07-02",
                "Customer portal accepted in writing; invoice of €19,200 including VAT.",
                "quality",
                "client",
            ),
            (
                "2026-09-15",
                "Formal notice by registered letter, with late-payment interest and the €40 indemnity, 15-day deadline.",
                "payment",
                "me",
            ),
            (
                "2026-09-28",
                "Their lawyer's counter-notice: €30,000 damages claimed for late delivery, suit threatened unless we drop our claim.",
                "other",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-07-02",
                cur="EUR",
                amount=19200,
                excl=16000,
                vat="charged",
                disputed=19200,
            )
        ],
        trust="4 3 2 3 3 2 2 4 3 4 2 2",
        a="cs=y da=several src=payment,timeliness main=payment qsd=n cps=y cnk=3 oic=5 sv=2 nc=partly "
        "con=none esc=positions_harden,threats own=digging_in,counter_ultimatum goals=avoid_costs,quick_end "
        "imp=divergent_perceptions,disputed_facts so=4 sr=1 sc=4 fault=shared tp=3 pb=balanced cm=n emo=3 "
        "mi=n bp=n sit=other_ways_failed,costly_confrontation dm=y batna=acceptable br=y brby=both "
        "brt=non_payment lf=strong cvs=comparable fn=y strat=1 cost=4 again=no len=under_year rec=first",
        v4="rp=fr rt=yes cp=fr cst=company",
    ),
]
