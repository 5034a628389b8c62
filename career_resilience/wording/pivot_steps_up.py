"""Sentences of a pivot that is a step up in the person's own field: the work they assist,
manage or hold the licence below, or first-line supervision of it (``model/pivot_steps.py``,
``model/pivot_licence_ladder.py``), and an AI-era role part of whose work is the person's
own occupation. Each case is said after the exposure words and each fit reason in place of
"shares N% of its work activities with yours", because such a move's fit counts the
person's own work in it.
"""

from __future__ import annotations

__all__ = [
    "ASSISTED_CASE",
    "ASSISTED_FIT",
    "LADDER_CASE",
    "LADDER_FIT",
    "MANAGED_CASE",
    "MANAGED_FIT",
    "OWN_ANCHOR_FIT",
    "SUPERVISING_EVIDENCE",
    "SUPERVISING_STEP",
    "SUPERVISING_WEEKS",
    "TITLED_FIT",
    "supervising_zone",
]


#: The case for stepping up into the work the person assists (``pivot_steps.ASSISTS``:
#: a teaching assistant's teaching, a helper's trade), after the exposure words.
ASSISTED_CASE = (
    "A step up in your own field: it is the work you assist, so your experience "
    "beside the people who do it counts, and it comes with more responsibility."
)
#: The fit reason of an AI-era role drawn partly from the person's own occupation (its
#: figures' anchors include it), in place of "shares 100% of its work activities with
#: yours": that share is the person's own occupation's, not the whole role's.
OWN_ANCHOR_FIT = "part of its work is your own occupation's ({title})"

#: The first fit reason of a move into an occupation whose O*NET titles include the title
#: the person typed ("Pastry Chef" under bakers as well as chefs): the fit counts its work
#: as half shared (``pivot_scoring.TITLED``).
TITLED_FIT = "O*NET lists your job title under it too (so its work counts as half yours)"

#: Its first fit reason: the fit counts the work assisted as half shared.
ASSISTED_FIT = "it is the work you assist (knowing that work counts as half of it)"

#: The case for stepping up into managing the person's kind of work where it has no
#: supervisor of its own (``pivot_steps.MANAGES``: a pharmacist's or a nurse's step into
#: medical and health services management), after the exposure words.
MANAGED_CASE = (
    "A step up in your own field: it manages work of your kind, so your experience is "
    "what it asks for, and it comes with more responsibility."
)
#: Its first fit reason: the fit counts the managed work as half shared.
MANAGED_FIT = "it manages work of your kind (knowing that work counts as half of it)"

#: The case for the next rung of the person's licence ladder (an LPN's registered
#: nursing, ``pivot_licence_ladder.next_rung``), after the exposure words.
LADDER_CASE = (
    "The next step up your licence's ladder: its licence builds on the one you hold, your "
    "licensed work is part of its work, and it comes with more scope and responsibility."
)
#: Its first fit reason: the fit counts the person's licensed work as half shared.
LADDER_FIT = "its licence builds on yours (your licensed work counts as half of it)"


#: The plan's step for a step up into first-line supervision of the person's own work
#: (``model/pivot_steps.first_line``), its weeks and evidence: the zone's preparation is
#: experience in the work supervised, theirs.
SUPERVISING_STEP = (
    "Show the experience supervising asks: your years in the work it oversees count; "
    "leading a shift or a small team, or a short supervisor course, does the rest."
)
SUPERVISING_WEEKS = 4
SUPERVISING_EVIDENCE = "Your years in the work on your CV, and a shift or a team you have led."


def supervising_zone(steps: int) -> str:
    """A step up into first-line supervision of the person's own work, as its fit reason:
    the job zones it climbs ask experience of the work it supervises, which is theirs (a
    gardener had read "a move up 2 job zones ...: about 2 years of study or training
    first" for supervising landscaping crews)."""
    zones = "one job zone" if steps == 1 else f"{steps} job zones"
    return (
        f"{zones} up, which for supervising work of your kind is experience of that work: "
        "yours counts"
    )
