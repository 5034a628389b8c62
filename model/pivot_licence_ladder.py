"""The ladder of licensed work: which licensed moves are the next rung up, which are
rungs below, and which work assists the licence (not a move for its holders).

Split from :mod:`pivot_licences` (the table of licences and what each needs), which these
rules read through :func:`~career_resilience.model.pivot_licences.licence_of`.
"""

from __future__ import annotations

from collections.abc import Callable

from career_resilience.model.pivot_licences import (
    CERTIFIED,
    LICENCES,
    Licence,
    licence_needed,
    licence_of,
)


def next_rung(code: str, target: str) -> bool:
    """Whether ``target`` is the next rung of the licence ladder of work in ``code``.

    Its workers hold ``code``'s licence (its ``held_by``: a registered nurse holds what a
    licensed practical nurse needs), its own licence is another, and that licence is
    taken straight from ``code``'s work, not after a third one: an LPN's next rung is
    registered nursing, not nurse practitioner work (the RN licence comes first); a
    registered nurse's is APRN work, an EMT's paramedic work, a commercial pilot's the
    airline transport certificate, a real estate agent's the broker licence.
    """
    mine, theirs = licence_of(code), licence_of(target)
    if mine is None or theirs is None or theirs is mine or not target.startswith(mine.held_by):
        return False
    if theirs.kind == "specialty" or mine.part:  # another field of the practice, not more scope
        return False
    return licence_needed(target, (code,)) == theirs.name


def below_on_ladder(code: str, target: str) -> bool:
    """Whether ``target`` is a rung below work in ``code`` on its licence's ladder: its
    licence is another, and ``code``'s workers hold it (a registered nurse holds what a
    licensed practical nurse needs, a paramedic an EMT's certification). Such work is
    the person's own with less scope, not a move; one field of their licence's practice
    (``Licence.part``: a cosmetologist's skincare work) is a change of work."""
    theirs = licence_of(target)
    if theirs is None or theirs.part or not code.startswith(theirs.held_by):
        return False
    mine = licence_of(code)
    # A specialty's residency is another field of the practice its holders share (a
    # family physician's hospital medicine), not a rung above it.
    return mine is not None and mine is not theirs and mine.kind != "specialty"


#: A licensed practitioner's own field, by SOC major group, where it is wider than the
#: group: healthcare support (31: pharmacy aides, medical and dental assistants) is the
#: assistants' work of healthcare practitioners and technicians (29).
FIELD: dict[str, tuple[str, ...]] = {"29": ("29", "31")}
#: Job zones under a licensed practitioner's own from which work in their own field is
#: the work that assists theirs (a pharmacist's pharmacy technician work, zone 5 to 3;
#: a lawyer's paralegal work; an electrician's helper work).
ASSISTANT_DROP = 2
#: A licensed practitioner's field's support work, by SOC major group, whatever its job
#: zone: healthcare support (31: nursing, medical, dental and pharmacy assistants and
#: aides) is the assistants' work of healthcare practitioners and technicians (29). Only
#: its work that no state licence opens (a physical therapist assistant's is a licence
#: of its own; a nursing assistant's certification is not: ``supports``).
SUPPORT: dict[str, str] = {"29": "31"}
#: Veterinary work (veterinarians, veterinary technologists and technicians) is a field
#: of its own among healthcare practitioners: its support work is veterinary assistants'
#: and laboratory animal caretakers' (31-9096) alone. Human healthcare support (medical,
#: nursing, pharmacy assistants) is another field's work, not beneath a vet tech's
#: credential: their move to medical assisting is a change of field at their own zone.
VETERINARY = ("29-1131", "29-2056")
VETERINARY_SUPPORT = ("31-9096",)


def support_of(code: str) -> tuple[str, ...]:
    """The code prefixes of the support work of licensed work in ``code``'s field
    (``SUPPORT``; veterinary work's own, ``VETERINARY_SUPPORT``); none outside them."""
    if code.startswith(VETERINARY):
        return VETERINARY_SUPPORT
    major = SUPPORT.get(code[:2])
    return (major,) if major else ()


def supports(lic: Licence | None) -> bool:
    """Whether work needing ``lic`` (None: none) can be a field's support work
    (``SUPPORT``): no licence, or a certification (``CERTIFIED``: a nursing assistant's
    CNA)."""
    return lic is None or lic.kind in CERTIFIED


def beneath_licence(code: str, zone: int, target: str, target_zone: int) -> bool:
    """Whether ``target`` (job zone ``target_zone``) is work that assists licensed work
    in ``code`` (job zone ``zone``): in its field, ``ASSISTANT_DROP`` zones or more
    under it, or its field's unlicensed support work (``SUPPORT``) at any zone. Such
    work is not a move for someone who holds the licence: no coach sends a pharmacist
    to the technician's counter for a few points of resilience, nor a licensed
    practical nurse to medical assistant work (both job zone 3), which had been their
    first move (+11) above registered nursing."""
    if licence_of(code) is None:
        return False
    if target.startswith(support_of(code)) and supports(licence_of(target)):
        return True
    if target_zone <= 0 or zone - target_zone < ASSISTANT_DROP:
        return False
    return target[:2] in FIELD.get(code[:2], (code[:2],))


def beneath_skills(code: str, zone: int, zone_of: Callable[[str], int]) -> frozenset[str]:
    """The licence skills (``Licence.skill``) of work beneath licensed work in ``code``
    (job zone ``zone``; ``zone_of`` gives a code's): a plan step that is being in such
    work is done by its holders. A paramedic's practical nursing plan had opened "Start
    as a nursing assistant to test the fit and earn while you study" (6 weeks); nursing
    assistant work is the support work beneath their licence (:func:`beneath_licence`)."""
    return frozenset(
        lic.skill
        for lic in LICENCES
        if lic.skill
        and lic.needed_by
        and all(beneath_licence(code, zone, c, zone_of(c)) for c in lic.needed_by)
    )
