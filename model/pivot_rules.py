"""Which candidates are offered as moves: the rules of the README's "offered" line, once.

The pivot path (``model/pivot_scoring.py``, for one person or a batch) works out each
candidate's fit, closeness and trade-offs as arrays and asks :func:`move_rules` which
of them are worth offering. A person's own
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
from career_resilience.model.pivot_moves import OWN_SHRINKING as OWN_SHRINKING
from career_resilience.model.pivot_moves import is_a_move, slower
from career_resilience.model.pivot_thresholds import (
    BETTER_PROSPECTS,
    CLOSE_RELATIVE,
    EXPOSURE_JUMP,
    FALLBACK_FIT,
    HELD_SHARE,
    LONG_SCHOOL_STEPS,
    LONG_SHOT_BELOW,
    LOOSE_TIER,
    MAIN_CLAIM,
    MANAGERS_SPREAD,
    MIN_FIT,
    MIN_GAIN,
    MIN_SHARED,
    NATURAL_STEP,
    NEAR_COST,
    RISE_GAIN_SHARE,
    ROLE_CLOSER,
    ROLE_FROM,
    SHOWN_SAME,
    YEAR_STEPS,
    YEARS_GAIN,
)

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
    # The larger the rise, the more it must pay (``RISE_GAIN_SHARE``).
    floor = np.where(up, floor, np.maximum(floor, RISE_GAIN_SHARE * exposure_change))
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
    # (A step up within the step's floor, ``MIN_GAIN_UP``, costs no more than the
    # scores' rounding: it keeps its rank place. Demoted for any loss, a bartender's
    # supervising, fit 72% and -0.9, had fallen under a sideways move, fit 50% and +0.9,
    # "for the resilience it adds: +1 point against -1 point".)
    dear = up & (~gains | steep)
    # Into shrinking work, a step that costs resilience beyond that has no case left:
    # neither the way to grow where one is nor a safer place (a baker's inspecting and
    # sorting, -17 and -3.9% jobs; a crossing guard's supervising security, -15, -3.9%).
    worth &= ~(dear & flags["shrinking"])
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
    # (An AI-era role's claim from its categories holds only for work kin to one of the
    # occupations it is anchored to, the frame's ``anchor_kin``: a potter, a jeweller and
    # an upholsterer are production workers, but a data centre's plant is not their work.)
    close_role = known & (
        ((closer >= ROLE_CLOSER) & (close >= ROLE_FROM) & col["anchor_kin"])
        | ((sims >= MIN_SHARED) & (way_in > 0))
    )
    plausible = np.where(col["hand_written"], close_role, shared | ~known)
    # With nowhere else to go (``spare``), a role that names the person's category as
    # where its people come from is offered however unlike their work it is: a
    # translator's AI evaluation for languages (their work is unlike every other's).
    # Not one whose categories reach the person only through its anchors' kin
    # (``anchor_kin``): an engraver with no other move had been offered critical
    # facilities work as the fallback the claim is barred from.
    loose = np.where(
        col["hand_written"], known & (close >= ROLE_FROM) & col["anchor_kin"], plausible
    )
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
    # A related move up a job zone that leaves the person about as resilient (``level``)
    # asks more preparation for nothing the figures show; into shrinking work it is no
    # move either (a sideways move into it is none, ``is_a_move``), unless out of work
    # shrinking far faster (``pivot_moves.slower``): a tailor (-14%) had been offered
    # wood patternmaking, a zone up, -5%, 16 points more exposed and -0.7 resilience.
    climb = level & steps["up_zone"] & flags["related"] & flags["shrinking"]
    if climb.any():
        own = np.asarray(own_bls)
        climb &= ~((own <= OWN_SHRINKING) & slower(col["bls_or_0"], own))
        worth &= ~climb
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
    # A move whose exposure and resilience both show the person's own (under half a
    # point apart: a nuclear technician's nuclear monitoring, a specialty of the same
    # SOC) changes nothing the list can show: no close move either, at any job zone (a
    # glassblower told they need not move had been shown manufacturing potters, the
    # same SOC group, "+0 and +0", a zone up).
    same_figures = (np.abs(change) < SHOWN_SAME) & (np.abs(exposure_change) < SHOWN_SAME)
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
        & ~same_figures
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
    if school is not None:
        # Nor, costing resilience, a close move that asks a new degree first (a
        # psychiatrist's family medicine residency, -2.5, had filled the list).
        near &= school < 1
    far = ~reach if isinstance(reach, np.ndarray) else np.full(worth.shape, not reach)
    # A relative out of reach whose only claim is a minor match's (its tier under ROLE_FROM
    # of the top match's) is that guess's move, not the person's.
    worth &= ~(far & flags["related"] & (close < ROLE_FROM) & ~up)
    # The person's exposure is each candidate's less its change (one value per person).
    exposed = col["exposure"] - exposure_change >= wording.HIGH_EXPOSURE
    # A hand-written role out of reach that would leave them clearly more exposed
    # (``Moves.exposed_claim``), in work that is not little exposed, has only its claim
    # that the person's kind of work leads into it: for work not highly exposed, that
    # claim must be on their main work (``MAIN_CLAIM``), not a share of it. A funeral
    # director (exposure 42, their work a sixth as much management) had been offered AI
    # transformation programme management, fit 36%, none of its 6 core skills and 43
    # points more exposed; a plant manager keeps it (their work is management), a
    # welder the data-centre plant (13 to 26: still little exposed).
    exposed_claim = col["hand_written"] & far & (exposure_change > EXPOSURE_JUMP)
    worth &= exposed | ~(exposed_claim & flags["not_low"] & (close < MAIN_CLAIM))
    # Someone with nowhere to go is shown the moves under the fit floor that still gain
    # (long shots, labelled so): the most exposed worker is never left with nothing.
    spare = worth & loose & gains
    if anyone_calm:
        spare &= ~calm
    firm = (fit >= FALLBACK_FIT) | (close >= CLOSE_RELATIVE) | (core_held > 0) | (products_held > 0)
    worth = worth & plausible & (fit >= MIN_FIT)
    # Two job zones up is years of study first too, licensed or not (an optician's
    # orthotics and prosthetics master's had come first, above work at their own zone).
    # (Not the next rung of the person's own line, a licence's or the work they assist:
    # a physical therapist aide's PT assistant degree, fit 89% and +15, had come after
    # massage therapy, psychiatric aide and technician work, "which first asks years".)
    years = steps["years"]
    degree = (years if school is None else years | (school >= 1)) & ~ladder & ~col["assisted"]
    # Years of study first are no case for a move that leaves the person no more
    # resilient (a step up makes its case by seniority, a ladder's rung by the licence):
    # a psychiatrist had been offered emergency medicine and orthopaedic surgery, 3-5
    # years of residency for about -2; a massage therapist a PTA degree for -1.
    worth &= ~(degree & ~gains & ~up)
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
        exposed_claim,
    )
