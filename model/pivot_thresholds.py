"""The thresholds of the move rules (``model/pivot_rules.py``), each with the case that
set it: the fit, gain and exposure figures a candidate must meet to be offered, and the
places the list's order gives the kinds of move (``model/pivot_shown.py``).

Split from ``model/pivot_rules.py``, whose one function reads them; the notes, texts
and order read the same numbers from here, so a rule and its words change together.
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.pivot_targets import TIER_CLOSENESS

#: Offered only from this fit and this resilience gain (points) up: a smaller change is
#: within the rounding of the scores shown and does not pay for a move.
MIN_FIT, MIN_GAIN = 0.1, 2.0
#: Under this fit a move is a long shot: with none of its skills, its work is less alike
#: to yours than three in four of O*NET's own related moves are to theirs (fit is the
#: share of those pairs less alike, when no skill counts). It is offered, labelled, and
#: shown after every move that is not one, so it only fills a list that has room; to
#: someone told they need not move (whose list is options) it is not offered.
LONG_SHOT = 0.25
#: The fit a rule compares with LONG_SHOT: the highest fit shown under it. A fit is shown
#: as a whole percentage after the contract's one decimal (0.2446 reads 24.5, then
#: "25%"), so a move at 24.6% had been labelled a long shot while showing "fit 25%"
#: under a note saying long shots fit under 25%.
LONG_SHOT_BELOW = 0.2445
#: Job-zone steps of new licensed school (``pivot_schooling.licence_steps``) from which a
#: move is a long shot whatever its fit (from one step it comes after the moves that
#: ask no new degree, ``Moves.degree``): two steps, about four years of full-time school
#: (O*NET: a step of job zone is about two years of school) before the work, not a plan
#: beside it (``model/pivot_routes.py``).
LONG_SCHOOL_STEPS = 2
#: A move that raises exposure this much must gain at least MIN_GAIN_IF_EXPOSED points,
#: unless it still lands in little-exposed work (under STILL_LOW: a plumber at 17 moving
#: to electrical work at 31 stays among the least exposed, so MIN_GAIN is enough), or is
#: a step up in the person's own line: supervising work is more exposed than doing it
#: (schedules, orders, reports), and its case is seniority, so it needs only to leave
#: them more resilient by MIN_GAIN (a line cook's step to supervising the kitchen: +27
#: exposure, +4.8 resilience, had missed the 5 points of an ordinary move).
#: (The jump is the figure from which a pivot's words say "more exposed to AI", one place.)
EXPOSURE_JUMP = float(wording.MUCH_MORE_EXPOSED)
MIN_GAIN_IF_EXPOSED, STILL_LOW = 5.0, 40.0
#: Past EXPOSURE_JUMP, a move that is no step up in the person's line must also gain this
#: much resilience per point of exposure it adds: the larger the rise, the more it must
#: pay (a pharmacy aide had been offered medical records work, from 42 to 90 exposed, "yet
#: still a good move" for +6.8 resilience; the first rise it bars is 26 points for 5).
RISE_GAIN_SHARE = 0.2
#: Work activities shared below MIN_SHARED make a move implausible unless the person
#: holds half its core skills; a hand-written role (AI-era, or a move into an occupation
#: O*NET does not list as related) must be as close as a typical O*NET related move
#: (closer than ROLE_CLOSER of them) for someone whose work is in one of the categories
#: it lists as where its people come from (closeness > 0), or share MIN_SHARED and one
#: of its core skills (the role is anchored to occupations the person's work is close to).
MIN_SHARED, ROLE_CLOSER, HELD_SHARE = 0.1, 0.5, 0.5
#: A role's closeness (0.8 x the share of the person's work in the categories it lists
#: as where its people come from, against their top category: ``pivot_alike``) says
#: their work is one of those from ROLE_FROM up, an eighth of their top category's
#: probability; under it the share is the category model's trace, not their work (a
#: social media coordinator's 2% in health work had made pharmacy informatics their
#: first pivot, a claims reviewer's language evaluation, an actuary's AI FinOps).
ROLE_FROM = 0.1
#: The closeness from which a role's claim is on the person's main work: their work in
#: the role's source categories is at least half their top category's (0.8 x 0.5). A
#: role out of reach that would leave someone not highly exposed clearly more exposed
#: needs it (``pivot_rules``' ``exposed_claim``): a funeral director whose work reads a
#: sixth as much management as funeral service (closeness 0.13) had been offered AI
#: transformation programme management, +43; a plant manager's (0.8) keeps it.
MAIN_CLAIM = 0.4
#: A step up in the person's own line (the supervisor or inspector of their work,
#: ``model/pivot_steps.py``) makes its case by seniority, not resilience, so it needs no
#: gain over MIN_GAIN_UP; for a person who need not move, one that costs resilience may
#: still be shown (last, saying so), as the way to grow where they are.
MIN_GAIN_UP = -MIN_GAIN
#: A step up that costs more than that is still shown, last and its cost said
#: (``pivot_texts``), to someone who need not move (the way to grow where they are) and
#: to anyone whose natural step it is: their work fits it from NATURAL_STEP up (a
#: kitchen manager's food service management, fit 77% and 9 points less resilient, had
#: been hidden behind bakery work at fit 17%; a flight attendant was shown nothing).
NATURAL_STEP = 0.5
#: A manager's move into the management of their kind of work elsewhere (both in SOC
#: major group 11, O*NET relatives, the target in a category the person's work is in:
#: ``pivot_frame``'s ``peer_manager``) is the same work, as a step up is more of the
#: person's own: a rise in exposure up to this asks only MIN_GAIN. Nine in ten of
#: O*NET's related pairs of management occupations differ by no more (292 of 324): a
#: restaurant manager's lodging management, +14 and +3 resilience, had been left out,
#: leaving butchery, a long shot, their only move.
MANAGERS_SPREAD = 16.0
#: O*NET's loosest tier of related occupations ("Supplemental"): to someone who need not
#: move, a relative listed only there that asks more preparation, holding none of its
#: skills and with work less alike than a typical related move's, is a new career, not
#: an option (a lifeguard's commercial diving and surgical assisting, fit 25-26%).
LOOSE_TIER = TIER_CLOSENESS["Supplemental"]
#: A lateral move (same job zone or below) must change something: exposure down by
#: EXPOSURE_JUMP points or more, or demand above the typical occupation's (BLS from
#: ABOVE_TYPICAL up: the all-occupation average is +2.8%); never into work BLS sees
#: shrinking (the table's ``shrinking`` column: the outlook word itself, on the figure
#: as shown, so a move into -1.6, shown "-2%, shrinking", is never a sideways move), and
#: never into clearly more exposed work unless it still lands under STILL_LOW. No text
#: calls such a move "growing": that word starts at the outlook's GROWING_PCT (+5%).
ABOVE_TYPICAL = 3.0
#: A step down in job zone has better prospects than the person's work where BLS projects
#: this many points more for it: the figures are shown in whole points, so a smaller
#: difference reads as none (a hotel manager's locker room attendant work, two zones
#: down, had passed on +7.0% against +6.7%, both shown "+7%").
BETTER_PROSPECTS = 1.0
#: Job zones up from which a move asks years of study before the work (O*NET: a zone
#: is about two years of school), as a licence's school of a zone or more does: such a
#: move comes after the moves that ask none (``Moves.degree``).
YEARS_UP = 2
#: To someone who need not move, a move two job zones up (``YEARS_UP``: about four
#: years of study first) is an option only if it leaves them this much more resilient:
#: a few points the scores' rounding could take back are no case for years of school
#: (a veterinary technician had been offered anesthesiologist and physician assistant
#: master's degrees first, +2 points each). A step up in their own line and the next
#: rung of their licence's ladder make their case by seniority and by the licence.
YEARS_GAIN = MIN_GAIN_IF_EXPOSED
#: Job-zone steps of new licensed school from which a move asks a year of school before
#: the work (``pivot_schooling.YEAR_OF_SCHOOL``: a surgical assisting programme and its
#: certification): short of a degree (``Moves.degree``), it is still no plan beside the
#: work, and comes after a quicker move that gains as much (``Moves.slow``).
YEAR_STEPS = 0.5
#: A person whose work is highly exposed (``wording.HIGH_EXPOSURE`` up) with fewer moves
#: than this is offered the long shots that gain too (``fallback``): a translator at 100
#: had one move, AI language evaluation, and no word of technical writing.
FEW_IF_EXPOSED = 2
#: Under this fit such a fallback long shot's work is less alike to the person's than 19
#: in 20 of O*NET's own related moves are to theirs, with none of its skills or key
#: products held: nothing a coach could point to. It is offered only where O*NET lists
#: it as a close relative (its first tier: a proofreader's technical writing, fit 3%),
#: or where the person would otherwise have no move at all. A proofreader had been
#: offered digital forensics and document management at 2%, a hotel manager community
#: health work at 3%; a lawyer keeps AI evaluation for their field (6%), a translator
#: technical writing (6%). Under MIN_FIT such moves are only for highly exposed work
#: (``pivot_fallback``): a judge at 57 is told how to stay where they are instead.
FALLBACK_FIT = 0.05
CLOSE_RELATIVE = TIER_CLOSENESS["Primary-Short"]
#: A list with fewer than NEAR_FILL pivots that are not long shots (long shots only fill a
#: list with room) is filled with close moves that cost up to
#: NEAR_COST points of resilience (``Moves.near``): O*NET relatives at the person's own
#: job zone (or degree work from graduate work), as close as a typical related move, that
#: pass every rule but the gain. Where the person's own work is more resilient than
#: every relative (a community health worker's, growing +14%, or a veterinary
#: technician's at 81) the list had been empty; it now shows where their work carries
#: best, each with what it costs, after every move that raises resilience.
NEAR_FILL, NEAR_COST = 3, 8.0
#: Figures shown in whole points read the same under this difference (rounded half up).
SHOWN_SAME = 0.5
