"""Which candidates are offered as moves: the rules of the README's "offered" line, once.

Both pivot paths (one score's, ``model/pivot_one.py``, and the batch's,
``model/pivot_scoring.py``) work out each candidate's fit, closeness and trade-offs as
arrays and ask :func:`move_rules` which of them are worth offering. A person's own
figures (their outlook, whether they need not move, whether they are in doctoral work)
come as one value (one person) or one per candidate (a batch laid end to end); numpy
broadcasts either, so the rules are the same expressions for both and the pivots equal
to the last bit. What depends on no person or on their job zone alone one score keeps
with the frame (``model/pivot_rule_flags.py``); the terms for someone who need not move
or is in doctoral work are left out when nobody is.
"""

from __future__ import annotations

import numpy as np

from career_resilience import wording
from career_resilience.model.pivot_move_set import Moves as Moves
from career_resilience.model.pivot_moves import MANAGERS_SPREAD, is_a_move
from career_resilience.model.pivot_moves import OWN_SHRINKING as OWN_SHRINKING
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

Flag = np.ndarray | bool | np.bool_
Value = np.ndarray | float


def move_rules(
    col: dict[str, np.ndarray],
    flags: dict[str, np.ndarray],
    *,
    close: np.ndarray,
    fit: np.ndarray,
    change: np.ndarray,
    exposure_change: np.ndarray,
    up: np.ndarray,
    sims: np.ndarray,
    shared_sims: np.ndarray,
    closer: np.ndarray,
    known: np.ndarray,
    core_held: np.ndarray,
    way_in: np.ndarray,
    products_held: Value,
    calm: Flag,
    doctoral: Flag,
    own_bls: Value,
    reach: Flag = True,
    school: np.ndarray | None = None,
    listed: np.ndarray | None = None,
    steps: dict[str, np.ndarray],
    placed: Flag = True,
    unnamed: np.ndarray | None = None,
    new_kind: np.ndarray | None = None,
) -> Moves:
    """Which candidates are moves worth offering (the README's "offered" rules).

    ``calm`` (told they need not move), ``doctoral`` (already in doctoral work) and
    ``own_bls`` (their occupation's BLS projection) are the person's: one value, or one
    per candidate for a batch. ``way_in`` is ``core_held`` less a hand-written role's
    core skills of other kinds of work (``model/pivot_held.way_in``); ``reach`` says
    which moves the person has a way into (``model/pivot_rank.in_reach``); ``school``
    the job-zone steps of new licensed school each asks (``pivot_schooling.licence_steps``;
    None: none counts); ``listed`` which of them may ask it (a relative of the person's
    own work, ``pivot_schooling.listed_by_own``; None: all). ``flags`` and ``steps`` are
    ``model/pivot_rule_flags.py``'s of the candidates and of their job-zone steps.
    ``new_kind``: which are in a category the person's work barely holds (None: none
    is read as such).
    """
    # The terms for someone who need not move only when someone is (else they keep all).
    anyone_calm = bool(calm.any()) if isinstance(calm, np.ndarray) else bool(calm)
    calm = np.asarray(calm, bool)
    # The next rung of the person's licence ladder (an LPN's registered nursing) makes
    # its case by the licence it adds, whatever resilience it costs: the classic move
    # of the work, with its cost said in its words (``model/pivot_texts.py``).
    ladder = col["ladder"]
    gains = (change >= flags["gain_floor"]) | ladder
    # About as resilient (within the scores' rounding): only to fill a short list, and
    # only when as close as a typical related move; for someone who need not move, only
    # an O*NET relative at their own job zone (a hair stylist's skincare work), so their
    # list shows realistic moves where they are, not only a step up that costs
    # resilience (a hand-written role's case is the resilience it adds).
    # (Holding half its core skills shows the closeness too, at a fit no long shot:
    # an undertaker who embalms is as close to embalming as a typical related move.)
    held_half = core_held / flags["core_div"] >= HELD_SHARE
    near_work = (closer >= ROLE_CLOSER) | (held_half & (fit >= LONG_SHOT_BELOW))
    level = ~gains & ~up & (change > -MIN_GAIN) & near_work
    if anyone_calm:
        level &= ~calm | (steps["level"] & flags["related"])
    # A step up for someone who need not move is the way to grow where they are; for
    # anyone, their natural step is shown with its cost said (``NATURAL_STEP``), though
    # not past the rule on exposure below.
    up_calm = up & calm if anyone_calm else None
    natural = up & (fit >= NATURAL_STEP)
    # The fit floor is kept aside (``spare``): a translator's work activities are so
    # unlike every other occupation's that all of O*NET's related moves fit under it.
    offered = gains | level | natural
    if up_calm is not None:
        offered |= up_calm
    # (A sibling supervisor only a guess at the person's work relates is no move:
    # ``pivot_frame``'s ``guessed_oversight``.)
    worth = (close >= 0) & offered & ~col["guessed_oversight"]
    if unnamed is not None:
        worth &= ~unnamed
    # More exposure only for a reason we can name and a gain worth it.
    floor = flags["exposed_floor"]
    if new_kind is not None and col["peer_manager"].any():
        # Management of the person's kind of work elsewhere, for a manager, is the same
        # work: a rise in exposure within MANAGERS_SPREAD asks only MIN_GAIN, as a step
        # up's does (a gym manager is not sent to run warehouses on it).
        peers = col["peer_manager"] & ~new_kind & (exposure_change <= MANAGERS_SPREAD)
        floor = np.where(peers, MIN_GAIN, floor)
    exposure_ok = (exposure_change <= EXPOSURE_JUMP) | (
        ((change >= floor) | flags["still_low"]) & col["reason_ok"]
    )
    # A natural step up past that rule is shown as one that costs resilience is: last,
    # its exposure and cost said (a foreman's construction management, +12, -4).
    steep = natural & ~exposure_ok
    if anyone_calm:
        steep &= ~calm
    dear = up & (~gains | steep)
    passed = exposure_ok | ladder | natural
    if up_calm is not None:
        passed |= up_calm
    worth &= passed
    # Plausible: enough work in common (or the skills to show for it).
    held_share = core_held / flags["core_div"]
    shared = known & ((shared_sims >= MIN_SHARED) | (held_share >= HELD_SHARE))
    # A hand-written role says where its people come from (its adjacent categories): as
    # close as a typical related move counts only from there; elsewhere one of its core
    # skills must show the way in (a line cook is not sent to cabling work because a
    # kitchen and a cable run share kinds of manual work), and one of its own kind of
    # work (``way_in``): first aid, which line work asks of everyone, does not send a
    # teacher who shares little else with it to line work.
    close_role = known & (
        ((closer >= ROLE_CLOSER) & (close >= ROLE_FROM)) | ((sims >= MIN_SHARED) & (way_in > 0))
    )
    plausible = np.where(col["hand_written"], close_role, shared | ~known)
    # With nowhere else to go (``spare``), a role that names the person's category as
    # where its people come from is offered however unlike their work it is: a
    # translator's AI evaluation for languages (their work is unlike every other's).
    loose = np.where(col["hand_written"], known & (close >= ROLE_FROM), plausible)
    # A step down in preparation only for work with better prospects than their own
    # (``BETTER_PROSPECTS``), or clearly less exposed to AI where one of its core skills
    # is theirs already: a pastry chef's baking is bakery work, exposure 33 against 44
    # at about the same BLS outlook (+4.9% against +5.3%).
    safer = exposure_change <= -EXPOSURE_JUMP
    better = col["bls"] - own_bls >= BETTER_PROSPECTS
    kept_down = steps["not_down"] | better | (safer & (way_in > 0) & ~steps["far_down"])
    # To someone who need not move, a step up in their own line is the way to grow where
    # they are whatever O*NET's job zones say, unless into shrinking work: an airline
    # pilot's aviation inspection, a zone under piloting, had left them no option at all
    # (a machinist's parts inspection, a zone down and shrinking, is no step up). So is
    # anyone's natural step (``NATURAL_STEP``): a sous chef's food service management
    # (fit 73%), a zone under chefs' in O*NET, had been dropped as a step down, leaving
    # them a line cook's work and a long shot.
    grow = natural if up_calm is None else up_calm | natural
    worth &= kept_down | (grow & ~flags["shrinking"])
    # (A related move about as resilient that is no move, ``is_a_move``, may still fill
    # a short list as a close one does, below.)
    moved = is_a_move(col, flags, steps, safer, exposure_change, own_bls)
    worth &= moved
    # Work whose way in is doctoral school only for those in doctoral work; a rung below
    # the person's own on their licence's ladder (a paramedic's EMT work, a registered
    # nurse's practical nursing) is their own work with less scope.
    if isinstance(doctoral, np.ndarray) or doctoral:
        worth &= (flags["not_doctoral"] | np.asarray(doctoral, bool)) & flags["not_below"]
    else:
        worth &= flags["open"]
    # Someone who need not move is shown options that fit, not long shots.
    long_shot = fit < LONG_SHOT_BELOW
    if school is not None:
        # Years of new school first (a pharmacist's medical school) make a long shot
        # whatever the fit (``model/pivot_routes.py``).
        long_shot = long_shot | (school >= LONG_SCHOOL_STEPS)
    if anyone_calm:
        worth &= ~(calm & long_shot)
        # Nor, for them, a loosely related step up in preparation they have no way into.
        loose_up = (close <= LOOSE_TIER) & steps["up_zone"] & (closer < ROLE_CLOSER) & ~up
        worth &= ~(calm & loose_up & ~np.asarray(reach, bool))
    # A long shot that also asks more preparation needs one of its skills or key products
    # to point to: an AP clerk was offered securities sales (a job zone up, a third of
    # the work in common, none of its skills), a cashier gambling management.
    pointless = long_shot & steps["up_zone"] & (core_held == 0)
    if isinstance(products_held, np.ndarray) or products_held != 0:
        pointless &= products_held == 0
    worth &= ~pointless
    # Nor is one two job zones down or more: years of preparation given up for work
    # little like the person's (a judge's patrol policing, fit 15%).
    worth &= ~(long_shot & steps["far_down"])
    if school is not None and listed is not None:
        # A job-zone step or more of new licensed school only into a relative of the
        # person's own work, not on a weaker match's guess (``listed_by_own``).
        worth &= listed | (school < 1)
    if not (placed.all() if isinstance(placed, np.ndarray) else placed):
        # No match vouches for the person's work (``placed`` False: every one under
        # ``pivot_shown.MIN_MATCH``): the best matches are where the skills typed point,
        # and their O*NET relatives are candidates (``pivot_shown.used_matches``); a
        # hand-written role, whose closeness reads categories the match guessed, needs a
        # skill they typed to point to, one of its core skills or key products. A
        # childminder placed at 4% had been offered AI FinOps work (fit 31%, none of its
        # skills) as if their work led into it.
        worth &= (
            np.asarray(placed, bool)
            | ~col["hand_written"]
            | (way_in > 0)
            | (np.asarray(products_held) > 0)
        )
    # Close moves that cost resilience, to fill a short list (``NEAR_COST``): every rule
    # a related move at the person's level passes but the gain, and the change a sideways
    # move must make (``is_a_move``): their case is closeness, not a better place; still
    # never the same job elsewhere, nor shrinking work, nor clearly more exposed work,
    # even where little exposed (costing resilience, such a rise has no case to make).
    near = (
        flags["related"]
        & ~up
        & steps["not_down"]
        & ~steps["years"]
        & ~gains
        & ~(level & moved)
        & (change > -NEAR_COST)
        & near_work
        & ~long_shot
        & (close >= 0)
        & ~col["guessed_oversight"]
        & (exposure_change <= EXPOSURE_JUMP)
        & ~flags["shrinking"]
        & ~col["same_job"]
        & shared
        & (fit >= MIN_FIT)
    )
    if unnamed is not None:
        near &= ~unnamed
    if isinstance(doctoral, np.ndarray) or doctoral:
        near &= (flags["not_doctoral"] | np.asarray(doctoral, bool)) & flags["not_below"]
    else:
        near &= flags["open"]
    if school is not None and listed is not None:
        near &= listed | (school < 1)
    far = ~reach if isinstance(reach, np.ndarray) else np.full(worth.shape, not reach)
    # Someone with nowhere to go is shown the moves under the fit floor that still gain
    # (long shots, labelled so): the most exposed worker is never left with nothing.
    spare = worth & loose & gains
    if anyone_calm:
        spare &= ~calm
    firm = (fit >= FALLBACK_FIT) | (close >= CLOSE_RELATIVE) | (core_held > 0) | (products_held > 0)
    worth = worth & plausible & (fit >= MIN_FIT)
    # Two job zones up is years of study first too, licensed or not (an optician's
    # orthotics and prosthetics master's had come first, above work at their own zone).
    years = steps["years"]
    degree = (years if school is None else years | (school >= 1)) & ~ladder
    # To someone who need not move, years of study first are an option only for a
    # clear gain (``YEARS_GAIN``); a step up in their own line is the way to grow.
    if anyone_calm:
        worth &= ~(calm & years & ~ladder & ~up & (change < YEARS_GAIN))
    slow = None if school is None else (school >= YEAR_STEPS) & ~degree & ~ladder
    # An occupation that lists the person's work only the other way (``pivot_frame``'s
    # ``reverse``) fills a short list with the close moves, whatever it gains: O*NET's
    # own list of their work comes first. On that one-way word, never as a long shot, a
    # step down or the same job elsewhere (a bank teller's casino dealing, fit 12%; a
    # vet's animal training; a teacher's short-term substitute teaching).
    reverse = col.get("reverse")
    if reverse is not None and reverse.any():
        near = near | (worth & reverse & ~long_shot & steps["not_down"] & ~col["same_job"])
        worth &= ~reverse
        spare &= ~reverse
    # The person's exposure is each candidate's less its change (one value per person).
    exposed = col["exposure"] - exposure_change >= wording.HIGH_EXPOSURE
    down = steps["down"]
    return Moves(
        worth,
        gains,
        level,
        down,
        dear,
        long_shot,
        far,
        school,
        degree,
        change,
        fit,
        spare,
        exposed,
        firm,
        slow,
        near if near.any() else None,
        near & ((closer >= ROLE_CLOSER) | (close >= CLOSE_RELATIVE)) if near.any() else None,
        col["hand_written"],
        col["hand_written"] & far & (exposure_change > EXPOSURE_JUMP),
    )
