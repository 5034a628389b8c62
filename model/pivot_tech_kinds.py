"""Which of O*NET's software counts as a skill a pivot names (``model/pivot_evidence.py``)
or a core skill (``model/pivot_core_skills.py``): the kinds every office uses, the kinds
only work that makes software or media needs, and what makes a product a key one.

Split from ``model/pivot_evidence.py``, which ranks each occupation's products by these
rules; its compiled rankings are named by both files' source, so a change here
recompiles them.
"""

from __future__ import annotations

#: A key product (one the fit counts and a plan names to learn) is a hot technology
#: (O*NET: frequently asked for in job postings) that at least COMMON_TECH occupations
#: list and more than RELATIVES_SHARE of the occupation's O*NET relatives list too: what
#: that corner of work broadly uses, not one vendor's niche tool ("Decision Support
#: Technologies Propworks", listed for airfield operations alone) nor one a few of its
#: neighbours happen to use (Minitab for retail supervisors: 4 of their 20).
COMMON_TECH, RELATIVES_SHARE = 10, 0.25
#: Software that drives test and measurement instruments (O*NET files LabVIEW as a
#: development environment). In computing work (SOC 15) O*NET lists it beside the
#: software tools, for the few who test hardware, so it passed as a key product of
#: software QA testers and computer research scientists: a prompt engineer moving to QA
#: was told to learn it. It is the hardware bench's tool, not computing's side of that
#: work, so it is never a key product there (typing it still counts as using one of the
#: work's products); engineering work (a validation engineer's) keeps it as its own.
INSTRUMENT_PRODUCTS = frozenset({"National Instruments LabVIEW", "National Instruments TestStand"})
#: The SOC major groups of computing work (:data:`INSTRUMENT_PRODUCTS`).
COMPUTING_GROUPS = frozenset({"15"})
#: A technology named for more than this share of occupations is generic (office suites).
GENERIC_TECH_SHARE = 0.08
#: Kinds of product that every office uses: naming one says nothing about the work.
GENERIC_KINDS = frozenset(
    {
        "Video creation and editing software",
        "Cloud-based data access and sharing software",
        "Electronic mail software",
        "Operating system software",
        "Web page creation and editing software",
        "Internet browser software",
        "Office suite software",
        "Spreadsheet software",
        "Word processing software",
        "Presentation software",
        "Calendar and scheduling software",
        "Instant messaging software",
        "Video conferencing software",
        "Network conferencing software",
        "Desktop communications software",
    }
)
#: Kinds of product for building software, running servers and networks or making media:
#: a gap only for work that makes software, systems or media (see ``_maker_work``), so
#: a plumber or a fire inspector is never told to learn "Active Server Pages" because
#: O*NET's entry lists it, while a developer or an analyst is told about JavaScript.
MAKER_KINDS = frozenset(
    {
        "Application server software",
        "Backup or archival software",
        "Cloud-based management software",
        "Communications server software",
        "Compiler and decompiler software",
        "Configuration management software",
        "Data base management system software",
        "Desktop publishing software",
        "Development environment software",
        "Device drivers or system software",
        "Enterprise application integration software",
        "Enterprise system management software",
        "Filesystem software",
        "File versioning software",
        "Graphical user interface development software",
        "Graphics or photo imaging software",
        "Internet directory services software",
        "Music or sound editing software",
        "Network monitoring software",
        "Network operating system enhancement software",
        "Object or component oriented development software",
        "Object oriented data base management software",
        "Platform interconnectivity software",
        "Portal server software",
        "Program testing software",
        "Requirements analysis and system architecture software",
        "Storage networking software",
        "Transaction server software",
        "Web platform development software",
    }
)
#: The SOC major groups whose work makes software, systems or media: computer and
#: mathematical (15), architecture and engineering (17), arts, design and media (27).
#: (A share of the occupation's own software kinds was tried first: O*NET lists so much
#: web software for fire inspectors, a third of theirs, that no cut separated them.)
MAKER_GROUPS = frozenset({"15", "17", "27"})
