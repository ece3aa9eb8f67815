"""Answers for the avoid stories (053-065), filled from each story alone."""

# ruff: noqa: E501, C408  # data records: one dated fact per line, keyword-style invoices

from record import C

CASES = [
    C(
        id="053-avoid-bank-fees-short-payment",
        client="Studio Arno",
        created="2026-11-14",
        updated="2026-11-14",
        tl=[
            (
                "2026-10-30",
                "Invoice of €1,240; my terms put transfer fees at the payer's charge.",
                "payment",
                "me",
            ),
            (
                "2026-11-12",
                "Paid €12.50 short: their bank deducted transfer fees.",
                "payment",
                "client",
            ),
            (
                "2026-11-13",
                "I mention it; Giulia answers, a little stiffly, that every supplier absorbs bank fees.",
                "communication",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-10-30",
                cur="EUR",
                amount=1240,
                excl=1240,
                vat="not_charged",
                paid=[("2026-11-12", 1227.5)],
                disputed=12.5,
            )
        ],
        trust="5 5 5 5 5 3 4 3 2 3 4 4",
        a="da=one src=payment main=payment qsd=n cps=y cnk=4 oic=5 sv=4 nc=partly "
        "con=still_talking,replies_in_time,pays_undisputed esc=positions_harden own=none goals=keep_working "
        "imp=none so=1 sr=5 sc=2 fault=no_complaint tp=1 pb=client_stronger cm=n emo=1 mi=n bp=n "
        "sit=minor_issue dm=y batna=strong br=n fn=n strat=5 cost=1 again=yes len=one_to_three rec=first",
        v4="rp=fr rt=no cp=eu_other cst=company",
    ),
    C(
        id="054-avoid-button-colour-debate",
        client="Thames Pet Supplies",
        created="2026-11-06",
        updated="2026-11-06",
        tl=[
            (
                "2026-09-07",
                "Shop migration agreed, £14,000, half paid; go-live fixed for 30 November by the old platform's licence.",
                "timeliness",
                "both",
            ),
            (
                "2026-10-08",
                "Callum first reopens the colour of the 'Add to basket' button in the weekly meeting.",
                "other",
                "client",
            ),
            (
                "2026-11-05",
                "Twenty minutes of argument about the button while the data migration waits.",
                "communication",
                "both",
            ),
        ],
        inv=[],
        trust="4 4 4 4 4 3 4 3 4 1 4 5",
        a="cs=y da=several src=creative_choices main=creative_choices qsd=n cps=y cnk=3 oic=5 sv=4 nc=yes "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "own=arguing_to_win goals=launch_on_time,finish_project imp=divergent_perceptions so=1 sr=4 sc=2 "
        "fault=no_complaint tp=2 pb=balanced cm=n emo=2 mi=n bp=y sit=minor_issue dm=n batna=strong br=n "
        "fn=n dl=2026-11-30 strat=3 cost=2 again=yes len=under_year rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="055-avoid-startup-folded-unpaid",
        client="Brightbox",
        created="2026-10-22",
        updated="2026-10-22",
        tl=[
            (
                "2026-08-25",
                "Team portraits and product images invoiced, $900, due in 30 days.",
                "payment",
                "me",
            ),
            (
                "2026-10-05",
                "Brightbox's domain sold and equipment auctioned, without a word to suppliers.",
                "other",
                "client",
            ),
            (
                "2026-10-20",
                "I learn from LinkedIn that Brightbox has shut down; Jason has moved to another state.",
                "communication",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-08-25",
                due="2026-09-24",
                cur="USD",
                amount=900,
                excl=900,
                vat="not_charged",
                disputed=0,
            )
        ],
        trust="4 4 5 4 4 2 3 3 2 3 1 2",
        a="da=several src=payment main=payment qsd=n cps=n cnk=1 oic=5 sv=2 nc=no con=none "
        "esc=acts_alone,silence own=none goals=none imp=no_motivation so=2 sr=1 sc=1 fault=mostly_client "
        "tp=1 cm=n emo=2 mi=n bp=n sit=no_chance,costly_confrontation dm=n batna=acceptable br=y "
        "brby=client brt=non_payment lf=strong cvs=more fn=n strat=1 cost=2 again=no len=first_job "
        "rec=first",
        v4="rp=us rus=ca cp=us cus=ca cst=company",
    ),
    C(
        id="056-avoid-client-abroad-no-recourse",
        client="Blue Horizon Charters",
        created="2026-11-10",
        updated="2026-11-10",
        tl=[
            (
                "2026-09-28",
                "French version of their website delivered, €650 agreed by email.",
                "quality",
                "me",
            ),
            (
                "2026-10-20",
                "After my reminders, Mr Karim calls the copy 'amateurish' and says he will warn the Riviera brokers.",
                "quality",
                "client",
            ),
            (
                "2026-11-05",
                "Two brokers mention his warnings to me; I have told colleagues never to work for him.",
                "communication",
                "both",
            ),
        ],
        inv=[
            dict(
                issued="2026-09-28",
                cur="EUR",
                amount=650,
                excl=650,
                vat="not_charged",
                disputed=650,
            )
        ],
        trust="4 4 5 4 4 2 2 3 2 3 1 1",
        a="cs=n da=several src=payment,quality main=payment qsd=y cps=y cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=positions_harden,allies own=seeking_allies goals=quick_end imp=divergent_perceptions so=2 sr=1 "
        "sc=1 fault=mostly_client tp=1 pb=balanced cm=n emo=3 mi=n bp=n sit=no_chance,costly_confrontation "
        "dm=y batna=acceptable br=y brby=client brt=non_payment lf=fair cvs=more fn=n strat=1 cost=3 "
        "again=no len=first_job rec=first",
        v4="rp=fr rt=no cp=other cst=company",
    ),
    C(
        id="057-avoid-cfo-sharp-remarks",
        client="Highland Timber",
        created="2026-11-09",
        updated="2026-11-09",
        tl=[
            (
                "2026-06-01",
                "Restructuring programme starts, £42,000, invoiced monthly until March.",
                "payment",
                "both",
            ),
            (
                "2026-10-06",
                "Board meeting: Mr Fraser challenges my travel costs line by line; I answer point by point.",
                "payment",
                "both",
            ),
            (
                "2026-11-03",
                "Same again over £380 of mileage, with remarks about 'consultants who bill for their drive'.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 3 3 3 4 3 3 3",
        a="cs=y da=several src=payment,communication main=communication qsd=n cps=n cnk=2 oic=5 sv=3 "
        "nc=partly con=still_talking,replies_in_time,pays_undisputed esc=positions_harden,polemics "
        "own=arguing_to_win goals=finish_project imp=divergent_perceptions so=1 sr=4 sc=2 "
        "fault=mostly_client tp=1 pb=balanced cm=n emo=2 mi=n bp=n sit=costly_confrontation dm=n "
        "batna=acceptable br=n fn=n strat=4 cost=3 again=yes len=under_year rec=repeated",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="058-avoid-campaign-flyer-radio",
        client="Weller campaign",
        created="2026-11-04",
        updated="2026-11-04",
        tl=[
            (
                "2026-10-12",
                "The campaign manager signs the proof of the flyers, with the misspelt name of the opponent.",
                "quality",
                "client",
            ),
            (
                "2026-10-16",
                "20,000 flyers printed and delivered; $2,600 paid in advance.",
                "payment",
                "both",
            ),
            (
                "2026-11-02",
                "On local radio Mr Weller calls my shop 'incompetent or bought'.",
                "communication",
                "client",
            ),
        ],
        inv=[],
        trust="4 4 5 4 4 2 2 2 2 1 1 1",
        a="cs=y da=none src=quality main=quality qsd=n cps=n cnk=2 oic=4 sv=1 nc=no con=none "
        "esc=allies,loss_of_face own=none goals=reputation,quick_end imp=divergent_perceptions so=2 sr=1 "
        "sc=3 fault=mostly_client tp=2 pb=client_stronger cm=n emo=3 mi=n bp=n sit=costly_confrontation "
        "dm=y batna=strong br=n lf=strong fn=n strat=1 cost=3 again=no len=first_job rec=first",
        v4="rp=us rus=tx cp=us cus=tx",
    ),
    C(
        id="059-avoid-heated-call-pause",
        client="Brasserie du Nord",
        created="2026-11-14",
        updated="2026-11-14",
        tl=[
            (
                "2026-09-07",
                "Online shop agreed, €18,000 excluding VAT in three sprints.",
                "payment",
                "both",
            ),
            (
                "2026-11-13",
                "Sprint 2 demo: Mr Lefebvre shouts that the product pages are 'amateur work' and hangs up; our developer shouts back.",
                "quality",
                "both",
            ),
            (
                "2026-11-13",
                "Evening: he suspends sprint 3 'until further notice'; our developer replies within minutes with a long angry email.",
                "communication",
                "both",
            ),
        ],
        inv=[dict(due="2026-11-30", cur="EUR", amount=7200, excl=6000, vat="charged", disputed=0)],
        trust="4 3 4 4 4 3 2 3 3 2 3 3",
        a="cs=y da=one src=quality,communication main=quality qsd=y cps=n cnk=2 oic=4 sv=3 nc=unclear "
        "con=none esc=positions_harden,polemics,acts_alone own=arguing_to_win goals=finish_project,keep_working "
        "imp=divergent_perceptions so=4 sr=4 sc=4 fault=unclear tp=2 pb=balanced cm=n emo=5 mi=y bp=n "
        "sit=cool_down dm=y batna=acceptable br=n fn=n dl=2026-11-30 strat=3 cost=3 again=yes "
        "len=under_year rec=first",
        v4="rp=fr rt=yes cp=fr cst=company",
    ),
    C(
        id="060-avoid-machine-translation-accusation",
        client="Pennine Foods",
        created="2026-11-16",
        updated="2026-11-16",
        tl=[
            (
                "2026-11-02",
                "Handbook translation delivered; invoice £1,900 due 30 November.",
                "payment",
                "me",
            ),
            (
                "2026-11-16",
                "Mrs Nowak emails her department, copying me: 'obviously machine translation', I 'cheated the company'.",
                "quality",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-11-02",
                due="2026-11-30",
                cur="GBP",
                amount=1900,
                vat="unknown",
                disputed=0,
            )
        ],
        trust="4 4 5 5 4 3 3 3 3 2 3 2",
        a="da=none src=quality,payment main=quality qsd=n cps=n cnk=2 oic=5 sv=3 nc=unclear con=none "
        "esc=allies,loss_of_face own=none goals=keep_working,reputation "
        "imp=disputed_facts,divergent_perceptions so=4 sr=3 sc=4 fault=mostly_client tp=3 pb=balanced "
        "cm=n emo=5 mi=y bp=n sit=cool_down dm=y batna=acceptable br=n fn=n dl=2026-11-30 strat=3 cost=3 "
        "again=on_new_terms len=one_to_three rec=first",
        v4="rp=england_wales cp=england_wales cst=company",
    ),
    C(
        id="061-avoid-banner-colours-gather-info",
        client="Midwest Tractor Parts",
        created="2026-11-13",
        updated="2026-11-13",
        tl=[
            (
                "2026-10-05",
                "Trade show stand designed for $4,400, half paid; printing by their own supplier.",
                "payment",
                "both",
            ),
            (
                "2026-11-10",
                "Sandra writes the banner red is 'orange' and the logo 'blurry'; asks for a $1,000 reduction.",
                "quality",
                "client",
            ),
            (
                "2026-11-12",
                "Second exchange, each insisting on our files or theirs.",
                "communication",
                "both",
            ),
        ],
        inv=[dict(cur="USD", amount=2200, excl=2200, vat="not_charged", disputed=1000)],
        trust="4 4 5 4 4 3 4 3 3 2 4 4",
        a="da=several src=quality,payment main=quality qsd=n cps=y cnk=3 oic=4 sv=3 nc=partly "
        "con=still_talking,replies_in_time,respectful_tone,pays_undisputed esc=positions_harden,polemics "
        "own=arguing_to_win goals=keep_working imp=disputed_facts so=3 sr=3 sc=3 fault=unclear tp=2 "
        "pb=balanced cm=n emo=2 mi=y bp=n sit=none dm=y batna=acceptable br=n fn=n strat=3 cost=2 "
        "again=yes rec=first",
        v4="rp=us rus=il cp=us cus=il cst=company",
    ),
    C(
        id="062-avoid-hack-liability-logs",
        client="Lagan Valley Kitchens",
        created="2026-11-08",
        updated="2026-11-08",
        tl=[
            (
                "2026-10-14",
                "A plugin is installed by the owner's nephew with his own admin account.",
                "other",
                "third_party",
            ),
            (
                "2026-11-02",
                "The site is hacked and shows spam for three days before their staff notice.",
                "quality",
                "third_party",
            ),
            (
                "2026-11-06",
                "Mr Boyd cancels my £120 monthly standing order without a word and claims £3,000 for lost enquiries.",
                "payment",
                "client",
            ),
            ("2026-11-07", "I ask the host for their server logs (about a week).", "other", "me"),
        ],
        inv=[],
        trust="4 3 4 4 4 2 2 3 2 2 2 3",
        a="da=none src=quality,contract_terms,payment main=contract_terms qsd=n cps=y cnk=3 oic=4 sv=3 "
        "nc=unclear con=none esc=acts_alone own=none goals=keep_working imp=disputed_facts so=3 sr=3 sc=4 "
        "fault=unclear tp=2 pb=balanced cm=n emo=3 mi=y bp=n sit=none dm=y batna=acceptable br=n "
        "lf=unknown cvs=unknown fn=n dl=2026-11-20 strat=2 cost=3 again=on_new_terms rec=first",
        v4="rp=northern_ireland cp=northern_ireland cst=company",
    ),
    C(
        id="063-avoid-smear-poaching-lawyer",
        client="Les Tables Rhodaniennes",
        created="2026-11-10",
        updated="2026-11-10",
        tl=[
            (
                "2026-05-20",
                "Rebranding delivered and approved; invoice of €24,000 including VAT.",
                "quality",
                "client",
            ),
            (
                "2026-09-15",
                "Our lawyer sends a formal notice after unanswered reminders.",
                "payment",
                "me",
            ),
            (
                "2026-10-12",
                "Mr Faure offers jobs to three of our staff 'before the agency goes bust' and reports us to the tax office.",
                "other",
                "client",
            ),
            (
                "2026-11-09",
                "Our bank calls after his letter claiming we are insolvent; our two largest clients received emails saying we are under investigation.",
                "other",
                "client",
            ),
        ],
        inv=[
            dict(
                issued="2026-05-20", cur="EUR", amount=24000, excl=20000, vat="charged", disputed=0
            )
        ],
        trust="4 4 4 4 4 2 2 3 2 3 1 1",
        a="cs=y da=several src=payment main=payment qsd=n cps=n cnk=2 oic=5 sv=1 nc=no con=none "
        "esc=silence,allies,loss_of_face,ruin own=none goals=none imp=desire_to_punish so=5 sr=1 sc=4 "
        "fault=mostly_client tp=4 pb=balanced cm=n emo=5 mi=n bp=y sit=costly_confrontation dm=y "
        "batna=strong br=y brby=client brt=non_payment lf=strong cvs=less fn=y strat=1 cost=5 again=no "
        "len=under_year rec=first",
        v4="rp=fr rt=yes cp=fr cst=company",
    ),
    C(
        id="064-avoid-harassment-police-lawyer",
        client="Mr Orlov (former import company)",
        created="2026-11-13",
        updated="2026-11-13",
        tl=[
            (
                "2026-01-20",
                "Simple procedure decision in my favour for the unpaid £4,200.",
                "payment",
                "third_party",
            ),
            (
                "2026-03-16",
                "His company goes into liquidation; the messages and complaints start.",
                "communication",
                "client",
            ),
            (
                "2026-10-09",
                "He tells a mutual acquaintance he has 'nothing left to lose' and will make sure I lose everything too.",
                "communication",
                "client",
            ),
            ("2026-11-12", "He turns up outside my building.", "other", "client"),
        ],
        inv=[dict(cur="GBP", amount=4200, vat="unknown", disputed=0)],
        trust="4 4 4 4 4 1 1 2 2 2 1 1",
        a="da=several src=payment,other main=other qsd=n cps=n cnk=1 oic=5 sv=1 nc=no con=none "
        "esc=threats,loss_of_face,ruin,abyss own=none goals=none imp=desire_to_punish,disagreeable_personality "
        "so=4 sr=1 sc=5 fault=mostly_client tp=5 pb=balanced cm=n emo=5 mi=n bp=y "
        "sit=no_chance,costly_confrontation dm=y batna=acceptable br=y brby=client brt=non_payment lf=strong "
        "fn=y strat=1 cost=5 again=no len=first_job rec=first",
        v4="rp=scotland cp=scotland cst=company",
    ),
    C(
        id="065-avoid-comma-complaints-reorg",
        client="Redwood Health Plans",
        created="2026-11-09",
        updated="2026-11-09",
        tl=[
            (
                "2026-10-07",
                "Jessica returns the October newsletter with dozens of small edits, argued at length.",
                "quality",
                "client",
            ),
            (
                "2026-11-06",
                "A former colleague of hers tells me the team merges into marketing in January and her job is uncertain.",
                "other",
                "third_party",
            ),
        ],
        inv=[],
        trust="4 4 5 5 5 2 3 3 3 2 4 4",
        a="da=several src=creative_choices,client_internal main=client_internal qsd=y cps=n cnk=3 oic=4 sv=3 "
        "nc=yes con=still_talking,replies_in_time,pays_undisputed esc=positions_harden,polemics "
        "own=arguing_to_win goals=keep_working imp=divergent_perceptions so=2 sr=4 sc=3 fault=mostly_client "
        "tp=1 pb=balanced cm=n emo=2 mi=y bp=n sit=minor_issue dm=n batna=acceptable br=n fn=n strat=3 "
        "cost=4 again=yes len=one_to_three rec=repeated",
        v4="rp=us rus=ca cp=us cus=ca cst=company",
    ),
]
