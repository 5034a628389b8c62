"""One licence of the licence table (``model/pivot_licence_table.py``): what it is
called, the occupations needing it, who holds it and the weeks it takes. Its own module
so the table's parts (the residencies, ``model/pivot_residencies.py``) can build rows.
"""

from __future__ import annotations

from typing import NamedTuple

#: Weeks in a year, for lengths the sources give in years.
YEAR = 52


class Licence(NamedTuple):
    """One licence: what it is called, the occupations needing it, who holds it, and the
    weeks the way to it takes someone who starts without it, with where that comes from."""

    name: str
    needed_by: tuple[str, ...]  # O*NET code prefixes of the occupations that need it
    held_by: tuple[str, ...]  # prefixes of the occupations whose workers already hold it
    weeks: float  # full-time weeks of the programme, apprenticeship or hours it asks
    basis: str  # what the weeks are, as the source says it
    # How the licence's programme comes WITH the degree its job zone asks, when ``basis``
    # is a route AFTER that degree (a teacher's alternative certification is for degree
    # holders): a move up into the zone names both routes ("" when ``basis`` fits both).
    with_degree: str = ""
    # The licence this one is taken after (an APRN programme admits registered nurses):
    # a person who holds neither needs both, one after the other.
    after: str = ""
    # What the way in is (``wording.REGULATED``): a state "licence", a national board
    # "certification" employers ask for where few states license (music therapy), a
    # state's certification and "registry" listing of support work (nursing assistants), or
    # the "apprenticeship" most of a trade's workers learn it by (carpentry, masonry), or a
    # medical or dental "specialty" learnt in a residency after the degree.
    kind: str = "licence"
    # The degree the licence is taken with, as people type it (read by
    # :func:`degree_typed`), and what the licence still asks of someone who holds it:
    # a social worker who typed "MSW" was told 104 weeks of graduate study.
    degree: tuple[str, ...] = ()
    after_degree: str = ""
    # Learnt in paid work (an electrician's or plumber's apprenticeship): its years are
    # a way in that earns, not years of school before the work (``pivot_schooling``).
    paid: bool = False
    # The catalogue skill that is the licence itself (a typed "CDL Class A" reads as it):
    # a person who holds it holds the licence, whatever their work.
    skill: str = ""
    # One field of a broader licence's practice, not a rung under it (a cosmetologist's
    # licence covers skincare and nail work in most states): its holders' move into it
    # needs nothing new and is a change of work, not their own work with less scope;
    # nor does the broader licence build on it (``pivot_licence_ladder``).
    part: bool = False
