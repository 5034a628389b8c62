"""Licensed occupations: a move into one needs its licence, even at the same job zone.

O*NET's job zone says how much preparation work usually asks, not whether the law asks
for a particular one: a pharmacist and a nurse practitioner are both zone 5, yet a
pharmacist cannot practise as a nurse practitioner after "about 8 weeks of learning"
(the skills alone): it takes a nursing degree, a graduate APRN programme and the
licence exams. :data:`LICENCES` writes down the occupations every US state licenses, as
the BLS Occupational Outlook Handbook's "How to Become One" pages say ("All states
require ... to be licensed"), each with the occupations whose holders already have that
licence (a registered nurse holds what a licensed practical nurse needs; an APRN holds a
registered nurse's licence). A move into an occupation listed here from work that holds
none of its licence gets a step for it (``skills/gaps.py``: ``licence_step``), weighed
as the preparation for the target's job zone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple


class Licence(NamedTuple):
    """One licence: what it is called, the occupations needing it, and who holds it."""

    name: str
    needed_by: tuple[str, ...]  # O*NET code prefixes of the occupations that need it
    held_by: tuple[str, ...]  # prefixes of the occupations whose workers already hold it


_APRN = ("29-1141.02", "29-1141.04", "29-1151", "29-1161", "29-1171")
_RN = ("29-1141", *_APRN)

#: Source: BLS Occupational Outlook Handbook 2023-24, each occupation's "Licenses,
#: Certifications, and Registrations" (state licence required in every state).
LICENCES: tuple[Licence, ...] = (
    Licence("a medical degree, residency and medical licence", ("29-12",), ("29-12",)),
    Licence("a dental degree and dental licence", ("29-102",), ("29-102",)),
    Licence("a pharmacy degree (PharmD) and pharmacist licence", ("29-1051",), ("29-1051",)),
    Licence("a physician assistant master's and licence", ("29-1071",), ("29-1071",)),
    Licence("an advanced practice (APRN) nursing degree and licence", _APRN, _APRN),
    Licence("a nursing degree and registered nurse licence", ("29-1141",), _RN),
    Licence("a practical nursing programme and licence", ("29-2061",), ("29-2061", *_RN)),
    Licence("a chiropractic degree and licence", ("29-1011",), ("29-1011",)),
    Licence("an optometry degree and licence", ("29-1041",), ("29-1041",)),
    Licence("a podiatric medicine degree and licence", ("29-1081",), ("29-1081",)),
    Licence("a veterinary degree and licence", ("29-1131",), ("29-1131",)),
    Licence("an occupational therapy degree and licence", ("29-1122.00",), ("29-1122.00",)),
    Licence("a physical therapy doctorate and licence", ("29-1123",), ("29-1123",)),
    Licence("a respiratory therapy degree and licence", ("29-1126",), ("29-1126",)),
    Licence("a speech-language pathology master's and licence", ("29-1127",), ("29-1127",)),
    Licence("an audiology doctorate and licence", ("29-1181",), ("29-1181",)),
    Licence("a dental hygiene programme and licence", ("29-1292",), ("29-1292",)),
    Licence("a paramedic programme and certification", ("29-2043",), ("29-2043",)),
    Licence("an EMT course and certification", ("29-2042",), ("29-2042", "29-2043")),
    Licence("a law degree and bar admission", ("23-1011",), ("23-1011",)),
    Licence("a psychology doctorate and licence", ("19-3033",), ("19-3033",)),
    Licence("a counselling master's and licence", ("21-1013", "21-1014"), ("21-1013", "21-1014")),
    Licence("an apprenticeship and electrician licence", ("47-2111",), ("47-2111",)),
    Licence("an apprenticeship and plumbing licence", ("47-2152.00",), ("47-2152.00",)),
    Licence("an airline transport pilot certificate", ("53-2011",), ("53-2011",)),
    Licence("a commercial pilot certificate", ("53-2012",), ("53-2011", "53-2012")),
    Licence("a barber programme and licence", ("39-5011",), ("39-5011",)),
    Licence("a cosmetology programme and licence", ("39-5012",), ("39-5012",)),
    Licence("a real estate broker licence", ("41-9021",), ("41-9021",)),
    Licence("a real estate licence", ("41-9022",), ("41-9021", "41-9022")),
)


@functools.lru_cache(maxsize=4096)
def licence_of(code: str) -> Licence | None:
    """The licence work in ``code`` needs (None: none every state asks for)."""
    return next((lic for lic in LICENCES if code.startswith(lic.needed_by)), None)


def licence_needed(code: str, own: Iterable[str]) -> str:
    """What a move into ``code`` needs licensed, from work in the ``own`` occupations
    ("" when the target needs no licence or the person's work already holds it)."""
    lic = licence_of(code)
    if lic is None or any(c.startswith(lic.held_by) for c in own):
        return ""
    return lic.name
