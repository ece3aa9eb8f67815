"""Answers for the five stories added to even the styles (066-070), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="066-collaborate-shopfitting-delay-merge",
        client="Quayside Books",
        created="2026-11-09",
        updated="2026-11-09",
        tl=[
            (
                "2026-08-10",
                "Niamh signs my quote for shelving and a café counter, £16,800, fitting due 2 November; a third paid as deposit.",
                "payment",
                "both",
            ),
            (
                "2026-11-02",
                "Fitting date missed after two counter layout changes in September and a late oak delivery.",
                "timeliness",
                "both",
            ),
            (
                "2026-11-04",
                "Niamh hires a handyman for temporary shelves and says the counter 'can wait until spring'.",
                "scope",
                "client",
            ),
            ("2026-11-06", "I stop work on the counter parts until we have spoken.", "scope", "me"),
        ],
        inv=[],
        trust="4 3 2 4 3 3 3 3 2 2 3 4",
        a="cs=y da=none src=timeliness,scope main=timeliness qsd=n cps=y cnk=3 oic=4 sv=4 nc=yes "
        "con=replies_in_time,pays_undisputed esc=acts_alone own=acted_alone "
        "goals=finish_project,launch_on_time,keep_working imp=divergent_perceptions so=4 sr=4 sc=4 "
        "fault=shared tp=4 pb=balanced cm=n emo=2 mi=n bp=n sit=learn_together dm=y batna=acceptable "
        "br=y brby=both brt=late_delivery lf=fair fn=n strat=3 cost=2 again=yes len=first_job rec=first",
        v4="rp=northern_ireland cp=northern_ireland cst=company",
    ),
    C(
        id="067-compromise-hotel-brochure-printer-deadline",
        client="Hôtel du Lac",
        created="2026-11-17",
        updated="2026-11-17",
        tl=[
            (
                "2026-10-05",
                "Brochure shoot booked: two days, €3,600 excluding VAT, edited selection due 6 November.",
                "timeliness",
                "both",
            ),
            (
                "2026-11-13",
                "Selection delivered, after two weeks of rain and a shoot day cancelled by the hotel.",
                "timeliness",
                "me",
            ),
            (
                "2026-11-16",
                "Mr Perrin emails the owner, me and the print agency that I am 'unprofessional and dishonest about the weather'; I answer to all that he cancelled a day himself.",
                "communication",
                "both",
            ),
            (
                "2026-11-17",
                "The owner asks for €1,200 off; the printer needs the retouched files by Friday 20 November.",
                "payment",
                "client",
            ),
        ],
        inv=[dict(cur="EUR", amount=4320, excl=3600, vat="charged", disputed=1440)],
        trust="4 3 2 4 3 3 2 3 3 3 3 3",
        a="cs=y da=one src=timeliness,payment main=timeliness qsd=n cps=y cnk=4 oic=4 sv=3 nc=partly "
        "con=still_talking,replies_in_time esc=positions_harden,allies,loss_of_face own=seeking_allies "
        "goals=launch_on_time,reputation,quick_end imp=divergent_perceptions,disputed_facts so=3 sr=2 "
        "sc=4 fault=shared tp=5 pb=balanced cm=n emo=4 mi=n bp=n sit=quick_deal dm=y batna=acceptable "
        "br=y brby=both brt=late_delivery lf=fair cvs=comparable fn=n dl=2026-11-20 strat=3 cost=3 "
        "again=on_new_terms len=under_year rec=first",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="068-accommodate-launch-postponed-bereavement",
        client="Kettle & Kiln",
        created="2026-11-17",
        updated="2026-11-17",
        tl=[
            (
                "2026-08-17",
                "Online store agreed, $11,000; $5,500 paid; launch set for 16 November.",
                "payment",
                "both",
            ),
            (
                "2026-11-09",
                "Ben postpones the launch to mid-January without explanation and stops answering; I reply sharply about the schedule.",
                "timeliness",
                "both",
            ),
            (
                "2026-11-16",
                "His sister tells me their father, the studio's founder, died on 7 November.",
                "communication",
                "third_party",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 3 3 3 2 3 4 5",
        a="da=one src=timeliness,payment main=timeliness qsd=n cps=y cnk=5 oic=4 sv=4 nc=yes "
        "con=still_talking esc=acts_alone,silence own=none goals=launch_on_time,finish_project,keep_working "
        "imp=none so=2 sr=5 sc=5 fault=no_complaint tp=1 pb=balanced cm=n emo=2 mi=n bp=n sit=none dm=y "
        "batna=acceptable br=n fn=n strat=3 cost=1 again=yes len=under_year rec=first",
        v4="rp=us rus=other cp=us cus=other cst=company",
    ),
    C(
        id="069-compete-app-store-false-claims",
        client="Peak Gyms",
        created="2026-10-26",
        updated="2026-10-26",
        tl=[
            (
                "2026-08-01",
                "Peak stops paying the £900 monthly licence, claiming they own the app.",
                "payment",
                "client",
            ),
            (
                "2026-10-01",
                "I end the licence as the contract allows and invoice the £2,700 unpaid.",
                "payment",
                "me",
            ),
            (
                "2026-10-20",
                "False trademark complaints get my app removed from both stores for my seven other clients; he emails them that the app 'steals member data'.",
                "other",
                "client",
            ),
            (
                "2026-10-23",
                "He reports my developer accounts for fraud; two clients ask to cancel.",
                "other",
                "client",
            ),
        ],
        inv=[dict(issued="2026-10-01", cur="GBP", amount=2700, vat="unknown", disputed=2700)],
        trust="4 4 4 4 4 2 2 3 2 3 1 1",
        a="cs=y da=several src=payment,contract_terms main=contract_terms qsd=n cps=y cnk=2 oic=5 sv=1 "
        "nc=no con=none esc=acts_alone,loss_of_face,limited_harm,ruin own=none goals=none "
        "imp=desire_to_punish so=5 sr=1 sc=5 fault=mostly_client tp=5 pb=balanced cm=n emo=5 mi=n bp=y "
        "sit=emergency dm=y batna=strong br=y brby=client brt=non_payment lf=strong cvs=less fn=n strat=1 "
        "cost=5 again=no len=one_to_three rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="070-avoid-caught-between-departments",
        client="Maison Dubreuil",
        created="2026-11-12",
        updated="2026-11-12",
        tl=[
            (
                "2026-01-12",
                "Database migration contract, €48,000 excluding VAT, invoiced monthly; sponsored by the sales director.",
                "payment",
                "both",
            ),
            (
                "2026-09-15",
                "Mrs Carpentier starts calling my data model 'amateur' and copying the managing director on every small bug.",
                "communication",
                "client",
            ),
            (
                "2026-10-20",
                "I hear she asked two shop managers to log complaints about the system; the sales director asks me to help him show marketing is sabotaging the project.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 4 4 4 2 3 2 2 2 3 2",
        a="cs=y da=none src=quality,client_internal main=client_internal qsd=n cps=n cnk=3 oic=4 sv=3 "
        "nc=unclear con=replies_in_time,pays_undisputed esc=positions_harden,allies own=none "
        "goals=finish_project imp=divergent_perceptions so=3 sr=3 sc=4 fault=mostly_client tp=2 "
        "pb=client_stronger cm=n emo=3 mi=n bp=y sit=costly_confrontation dm=n batna=acceptable br=n fn=n "
        "strat=3 cost=4 again=on_new_terms len=under_year rec=repeated",
        v4="rp=fr rt=no cp=fr cst=company",
    ),
]
