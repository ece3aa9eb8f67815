"""Answers for the collaborate stories (001-013), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="001-collaborate-launch-and-payment-security",
        client="Maison Verdier",
        created="2026-10-28",
        updated="2026-10-28",
        tl=[
            (
                "2026-06-08",
                "Quote for the online shop signed: €14,500 excluding VAT, half during the build, €7,250 at launch.",
                "payment",
                "both",
            ),
            (
                "2026-10-20",
                "Weekly calls turn into debates: Hélène wants launch on 15 November, I won't go live before the card payment tests pass.",
                "timeliness",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 4 4 4 4 4 3 4 1 4 5",
        a="cs=y da=several src=timeliness,quality main=timeliness qsd=n cps=y cnk=4 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "goals=launch_on_time,finish_project,keep_working imp=divergent_perceptions so=5 sr=4 sc=5 "
        "tp=4 pb=balanced cm=n emo=2 mi=n bp=n dm=y batna=acceptable br=n fn=n dl=2026-11-15 "
        "strat=3 cost=2 again=yes",
        v4="fault=no_complaint own=digging_in,arguing_to_win sit=both_vital len=under_year rec=first lf=fair rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="002-collaborate-ip-clause-framework",
        client="Northgate Housing",
        created="2026-11-12",
        updated="2026-11-12",
        tl=[
            (
                "2026-11-03",
                "Northgate sends the new framework contract; clause 14 assigns all IP to them, including our underlying tools.",
                "other",
                "client",
            ),
            (
                "2026-11-06",
                "Friendly call with Sunita: their board was burnt by a supplier who left with a tenant portal's code.",
                "communication",
                "both",
            ),
            (
                "2026-11-10",
                "Second exchange of wordings by email, each side restating its clause.",
                "other",
                "both",
            ),
        ],
        inv=[],
        trust="5 4 5 5 5 4 4 3 2 2 4 5",
        a="cs=n da=several src=contract_terms main=contract_terms qsd=n cps=y cnk=5 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden goals=keep_working "
        "imp=none so=5 sr=5 sc=5 tp=2 pb=client_stronger cm=n emo=1 mi=n bp=n dm=n batna=acceptable "
        "br=n fn=n rev=20 strat=4 cost=2 again=yes",
        v4="fault=no_complaint own=digging_in sit=both_vital len=one_to_three rec=first rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="003-collaborate-medical-manual-deadline",
        client="MedAx Diagnostics",
        created="2026-11-20",
        updated="2026-11-20",
        tl=[
            (
                "2026-11-10",
                "MedAx sends 38,000 words of instructions for use; job agreed at £4,560; their regulatory filing is due 4 December.",
                "timeliness",
                "client",
            ),
            ("2026-11-18", "Updated German source arrives.", "timeliness", "client"),
            (
                "2026-11-19",
                "Craig asks for delivery on 25 November without the second-linguist review; writes that we see quality differently.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 5 5 5 4 4 3 3 1 4 5",
        a="cs=y da=several src=timeliness,quality main=timeliness qsd=y cps=y cnk=5 oic=5 sv=3 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "goals=launch_on_time,finish_project,keep_working imp=divergent_perceptions so=5 sr=4 sc=5 "
        "tp=5 pb=balanced cm=n emo=2 mi=n bp=n dm=y batna=acceptable br=n fn=n dl=2026-11-25 "
        "strat=4 cost=2 again=yes",
        v4="fault=no_complaint own=digging_in,arguing_to_win sit=both_vital len=one_to_three rec=first rp=scotland cp=scotland cst=company",
    ),
    C(
        id="004-collaborate-photos-dont-feel-like-us",
        client="Fernwood",
        created="2026-10-16",
        updated="2026-10-16",
        tl=[
            (
                "2026-10-02",
                "Lookbook shoot for Fernwood, day rate $2,400, paid in full.",
                "payment",
                "both",
            ),
            (
                "2026-10-09",
                "60 edited images delivered, following the approved mood board.",
                "quality",
                "me",
            ),
            (
                "2026-10-14",
                "Dana writes the pictures are beautiful but 'don't feel like us'; may reshoot with someone else for spring.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 3 4 2 2 1 4 5",
        a="cs=y da=none src=quality,creative_choices main=quality qsd=y cps=n cnk=2 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden goals=keep_working "
        "imp=divergent_perceptions so=3 sr=4 sc=3 fault=unclear tp=1 pb=balanced cm=n emo=1 mi=y "
        "bp=n dm=y batna=strong br=n fn=n strat=4 cost=1 again=yes",
        v4="own=none sit=learn_together rec=first rp=us rus=ny cp=us cus=ny cst=company",
    ),
    C(
        id="005-collaborate-workshop-feedback",
        client="Lakeshore Credit Union",
        created="2026-10-05",
        updated="2026-10-05",
        tl=[
            (
                "2026-08-20",
                "Contract signed for two strategy workshops, $9,000; first half paid.",
                "payment",
                "both",
            ),
            (
                "2026-09-17",
                "First workshop held; participants' feedback forms mostly positive.",
                "quality",
                "me",
            ),
            (
                "2026-09-24",
                "Marcus, the COO, calls the session 'a waste of a day' and questions the second one.",
                "quality",
                "client",
            ),
            (
                "2026-10-02",
                "Third long email exchange, each adding arguments.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="4 3 5 4 4 3 3 3 4 2 4 4",
        a="cs=y da=several src=quality main=quality qsd=y cps=y cnk=3 oic=4 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "goals=finish_project,keep_working imp=divergent_perceptions so=3 sr=4 sc=4 fault=shared tp=3 "
        "pb=balanced cm=n emo=2 mi=y bp=n dm=y batna=acceptable br=n fn=n dl=2026-10-29 "
        "strat=4 cost=2 again=yes",
        v4="own=arguing_to_win sit=learn_together len=under_year rec=first rp=us rus=il cp=us cus=il cst=company",
    ),
    C(
        id="006-collaborate-packaging-research",
        client="Biscuiterie Lanne",
        created="2026-10-22",
        updated="2026-10-22",
        tl=[
            (
                "2026-09-07",
                "Quote signed for the new packaging range, €8,800 excluding VAT; half paid at signature.",
                "payment",
                "both",
            ),
            (
                "2026-10-06",
                "Two routes presented; Claire rejects my favourite and asks for a more 'supermarket' look.",
                "quality",
                "client",
            ),
            (
                "2026-10-20",
                "Second meeting: my shelf-impact studies against her buyers' data and a 400-customer survey.",
                "quality",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 3 4 3 4 1 4 5",
        a="cs=y da=several src=creative_choices,quality main=creative_choices qsd=y cps=y cnk=4 oic=5 sv=3 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "goals=finish_project,launch_on_time,keep_working imp=divergent_perceptions so=4 sr=4 sc=4 tp=2 "
        "pb=balanced cm=n emo=2 mi=n bp=n dm=y batna=acceptable br=n fn=n dl=2026-11-28 "
        "strat=4 cost=2 again=yes",
        v4="fault=no_complaint own=arguing_to_win sit=learn_together len=under_year rec=first rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="007-collaborate-legal-rewrote-copy",
        client="Ledgerly",
        created="2026-11-02",
        updated="2026-11-02",
        tl=[
            (
                "2026-07-06",
                "Start of work on Ledgerly's website and onboarding emails at $120 an hour; invoices paid so far (about $11,000).",
                "payment",
                "both",
            ),
            (
                "2026-10-21",
                "Their legal team rewrites my homepage and six emails without telling me.",
                "quality",
                "client",
            ),
            (
                "2026-10-23",
                "The rewritten version goes live; I find out from the site.",
                "communication",
                "client",
            ),
            (
                "2026-10-30",
                "Priya, growth lead, reports the sign-up rate fell in the first week.",
                "quality",
                "client",
            ),
        ],
        inv=[],
        trust="4 3 4 4 4 3 3 2 2 1 3 4",
        a="cs=y da=one src=creative_choices,communication,client_internal main=creative_choices qsd=y cps=y cnk=4 oic=4 sv=3 nc=yes "
        "con=pays_undisputed esc=acts_alone goals=keep_working,reputation imp=divergent_perceptions "
        "so=3 sr=4 sc=4 tp=2 pb=client_stronger cm=n emo=2 mi=n bp=n dm=n batna=acceptable br=n fn=n "
        "strat=4 cost=2 again=yes",
        v4="fault=shared own=none sit=learn_together len=under_year rec=first rp=us rus=ca cp=us cus=ca cst=company",
    ),
    C(
        id="008-collaborate-cofounders-contradict",
        client="Brightside Fitness",
        created="2026-10-19",
        updated="2026-10-19",
        tl=[
            (
                "2026-08-14",
                "Rebrand contract signed, £22,000; first £11,000 paid.",
                "payment",
                "both",
            ),
            (
                "2026-10-02",
                "Tom approves the loud, discount-led route by email.",
                "scope",
                "client",
            ),
            (
                "2026-10-09",
                "Aisha has our designer start the calm wellness route, 'as agreed with Tom'; he had not agreed.",
                "scope",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 4 4 4 3 4 2 2 2 3 4",
        a="cs=y da=one src=scope,communication,client_internal main=client_internal qsd=n cps=n cnk=3 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=acts_alone "
        "goals=finish_project,launch_on_time,keep_working imp=divergent_perceptions so=4 sr=4 sc=5 tp=3 "
        "pb=balanced cm=n emo=2 mi=n bp=n dm=n batna=acceptable br=n fn=n dl=2026-12-15 "
        "strat=3 cost=4 again=on_new_terms",
        v4="fault=no_complaint own=none sit=learn_together len=under_year rec=first rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="009-collaborate-app-approvals-schedule",
        client="Hill Country Vets",
        created="2026-11-04",
        updated="2026-11-04",
        tl=[
            (
                "2026-05-11",
                "Fixed-price contract for the booking app, $38,000 by milestones.",
                "payment",
                "both",
            ),
            (
                "2026-09-30",
                "Milestone 3 due; screens still waiting for approval from the four head vets.",
                "timeliness",
                "client",
            ),
            (
                "2026-10-28",
                "Linda writes that the delay is on my side and hints at a penalty; I send my submission dates.",
                "timeliness",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 3 4 4 3 3 3 4 2 3 4",
        a="cs=y da=several src=timeliness,communication,client_internal main=timeliness qsd=n cps=y cnk=3 oic=5 sv=4 "
        "nc=yes con=still_talking,replies_in_time,respectful_tone,pays_undisputed "
        "esc=positions_harden,polemics goals=finish_project,keep_working "
        "imp=divergent_perceptions,disputed_facts so=4 sr=4 sc=4 fault=mostly_client tp=3 pb=balanced "
        "cm=n emo=2 mi=n bp=n dm=n batna=acceptable br=n fn=n strat=3 cost=3 again=on_new_terms",
        v4="own=arguing_to_win sit=none len=under_year rec=first rp=us rus=tx cp=us cus=tx cst=company",
    ),
    C(
        id="010-collaborate-catering-annual-terms",
        client="Mourne View House",
        created="2026-11-10",
        updated="2026-11-10",
        tl=[
            (
                "2026-11-05",
                "Ciarán sends the 2027 agreement: 15% commission instead of 10%, and no drinks service of our own.",
                "payment",
                "client",
            ),
            (
                "2026-11-07",
                "Phone call: his costs have risen and couples complain about two bars; I explain drinks are a third of my margin.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="5 5 5 5 5 4 4 3 2 2 4 5",
        a="cs=y da=one src=payment,contract_terms main=contract_terms qsd=n cps=y cnk=4 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone esc=positions_harden goals=keep_working "
        "imp=none so=4 sr=5 sc=4 tp=2 pb=client_stronger cm=n emo=1 mi=n bp=n dm=y batna=weak br=n fn=n "
        "rev=45 strat=5 cost=2 again=yes",
        v4="fault=no_complaint own=none sit=both_vital len=over_three rec=first rp=northern_ireland cp=northern_ireland cst=company",
    ),
    C(
        id="011-collaborate-hurtful-remark-long-client",
        client="Atelier Morel",
        created="2026-10-12",
        updated="2026-10-12",
        tl=[
            (
                "2026-09-08",
                "Project review: Julien says in front of two clients that my layouts 'looked like a student's'; I leave without a word.",
                "communication",
                "client",
            ),
            ("2026-09-30", "Last invoice, €2,400, paid.", "payment", "client"),
            (
                "2026-10-05",
                "I hear Julien told his partners I've 'lost my touch'; briefs now come through his assistant.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 3 2 2 3 1 3 3",
        a="cs=y da=none src=communication main=communication qsd=n cps=n cnk=2 oic=5 sv=4 nc=yes "
        "con=pays_undisputed esc=positions_harden,allies goals=keep_working,reputation "
        "imp=divergent_perceptions so=3 sr=5 sc=3 fault=shared tp=2 pb=balanced cm=n emo=3 mi=y bp=n "
        "dm=y batna=acceptable br=n fn=n strat=4 cost=3 again=yes",
        v4="own=seeking_allies,questioned_integrity sit=hurt_feelings len=over_three rec=first rp=fr rt=no cp=fr cst=company",
    ),
    C(
        id="012-collaborate-translator-agency-angry-email",
        client="Lingua Partners",
        created="2026-11-08",
        updated="2026-11-08",
        tl=[
            (
                "2026-10-16",
                "Emma rejects a file for 'inconsistent terminology' her client imposed; I answer angrily, copying her manager.",
                "quality",
                "both",
            ),
            ("2026-10-20", "October invoice, £2,150, paid on time.", "payment", "client"),
            (
                "2026-11-06",
                "A colleague tells me my usual car-maker account has gone to someone else; no work from Emma since.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="5 4 5 4 4 3 2 3 3 1 3 3",
        a="cs=n da=none src=quality,communication main=communication qsd=n cps=n cnk=3 oic=5 sv=4 nc=yes "
        "con=pays_undisputed esc=acts_alone,silence goals=keep_working imp=divergent_perceptions "
        "so=4 sr=5 sc=3 fault=shared tp=4 pb=client_stronger cm=n emo=3 mi=y bp=n dm=y batna=weak "
        "br=n fn=n rev=45 strat=4 cost=2 again=yes",
        v4="own=seeking_allies sit=hurt_feelings len=over_three rec=first rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="013-collaborate-restaurant-late-pay-feelings",
        client="Cruz Hospitality",
        created="2026-10-27",
        updated="2026-10-27",
        tl=[
            (
                "2026-10-15",
                "Invoice of $2,800 for the September shoot falls due, unpaid.",
                "payment",
                "client",
            ),
            (
                "2026-10-22",
                "Reminder sent; Rafael calls, says I 'only care about money' and hangs up.",
                "communication",
                "client",
            ),
            (
                "2026-10-24",
                "Rafael books another photographer for the November menu without a word.",
                "communication",
                "client",
            ),
        ],
        inv=[
            dict(
                number=None,
                issued=None,
                due="2026-10-15",
                cur="USD",
                amount=2800,
                excl=2800,
                vat="not_charged",
                disputed=0,
            )
        ],
        trust="4 4 5 5 4 4 3 3 2 3 4 4",
        a="cs=n da=one src=payment,communication main=communication qsd=n cps=n cnk=4 oic=4 sv=4 nc=yes "
        "con=none esc=acts_alone goals=keep_working imp=divergent_perceptions so=3 sr=5 sc=3 fault=shared "
        "tp=2 pb=balanced cm=n emo=4 mi=n bp=n dm=y batna=acceptable br=y brby=client brt=non_payment "
        "fn=n rev=25 strat=4 cost=2 again=yes",
        v4="own=none sit=hurt_feelings len=over_three rec=first lf=strong cvs=less rp=us rus=fl cp=us cus=fl cst=company",
    ),
]
