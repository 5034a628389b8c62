"""The evidence a pivot's fit is built from, per O*NET occupation.

Three kinds, all from the shipped occupation data (O*NET 27.0 and Tomlinson et al.):

- **work activities**: each 6-digit SOC code's weights over O*NET's intermediate work
  activities and the generalized activities they belong to, as unit vectors, so the
  similarity of two occupations is one dot product (``model/pivot_activities.py``);
- **core skills**: the catalogue skills that O*NET's own titles and technology list for
  an occupation name ("Pharmacy Technician" names pharmacy dispensing, "Intuit
  QuickBooks" names QuickBooks), weighted by how specific they are (a skill named for
  most occupations, like Microsoft Word, says nothing about this one);
- **technology skills**: the software O*NET lists for the occupation that few other
  occupations list (hot technologies first), matched against what the person typed.

Core skills take seconds to compute (every title and product name is matched against
the catalogue), so they ship precomputed; technology lists are built on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from career_resilience.model.pivot_activities import activity_vectors, iwa_columns
from career_resilience.skills.matching import SkillMatcher, skill_key
from career_resilience.skills.models import Skill
from career_resilience.skills.occupations import OCCUPATIONS_DIR, OccupationData

#: Core skills kept per occupation, and technology skills (its key products); a person
#: who names any of up to ALL_TECH of its relevant products uses one of them.
CORE_SKILLS = 7
TECH_SKILLS = 6
ALL_TECH = 40
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
#: Longest run of words looked up as one skill name inside a title or product name.
MAX_SPAN = 4
_WORDS = re.compile(r"[\w+#]+")
#: Words that never identify a product on their own.
_GENERIC_WORDS = frozenset(
    {
        "software",
        "system",
        "systems",
        "management",
        "data",
        "database",
        "online",
        "web",
        "tools",
        "tool",
        "the",
        "and",
        "of",
        "for",
        "microsoft",
        "office",
        "suite",
        "program",
        "programs",
        "application",
        "applications",
    }
)


class OccupationEvidence:
    """Work-activity vectors, core skills and technology skills of every occupation."""

    def __init__(self, data: OccupationData, core: Mapping[str, tuple[str, ...]]) -> None:
        self.data = data
        self.core = core
        # Both levels of O*NET's activities, so one dot product is their blended cosine.
        self.iwa_unit = activity_vectors(data.iwa, iwa_columns(OCCUPATIONS_DIR))
        self.soc_row = {soc: i for i, soc in enumerate(data.iwa_socs)}
        # How many occupations name each product: the generic ones are left out.
        named = Counter(name for rows in data.technology.values() for name in {r[0] for r in rows})
        limit = GENERIC_TECH_SHARE * max(len(data.occupations), 1)
        self._specific = {name for name, n in named.items() if n <= limit}
        self._named = named
        self._products_of = {c: {r[0] for r in rows} for c, rows in data.technology.items()}
        self._tech: dict[str, tuple[str, ...]] = {}
        self._kinds: dict[str, frozenset[str]] | None = None
        self._tech_words: dict[str, tuple[Product, ...]] = {}

    def technology_words(self, code: str) -> tuple[Product, ...]:
        """Every relevant product (not only the key ones) as word tuples for :func:`tech_held`.

        Most relevant first; cached. An accounting clerk who names NetSuite uses one of
        a billing clerk's products even when six others are listed before it.
        """
        found = self._tech_words.get(code)
        if found is None:
            found = tuple(product_words(p) for p in self.technology(code, ALL_TECH))
            self._tech_words[code] = found
        return found

    def kinds_of(self, product: str) -> frozenset[str]:
        """The kinds O*NET files a product under ("Epic Systems": "Medical software")."""
        if self._kinds is None:
            kinds: dict[str, set[str]] = {}
            for rows in self.data.technology.values():
                for name, kind, _ in rows:
                    kinds.setdefault(name, set()).add(kind)
            self._kinds = {name: frozenset(k) for name, k in kinds.items()}
        return self._kinds.get(product, frozenset())

    def row(self, code: str) -> int | None:
        """The row of ``code``'s 6-digit SOC in :attr:`iwa_unit` (None when O*NET has none)."""
        return self._row(code)

    def _row(self, code: str) -> int | None:
        occupation = self.data.occupations.get(code)
        return None if occupation is None else self.soc_row.get(occupation.soc)

    def core_skills(self, code: str) -> tuple[str, ...]:
        """Catalogue skill ids O*NET's titles and technology name for ``code``.

        Most specific first (see :func:`compute_core_skills`).
        """
        return self.core.get(code, ())

    def technology(self, code: str, limit: int = TECH_SKILLS) -> tuple[str, ...]:
        """Specific products O*NET lists for ``code``, as named there, most relevant first.

        Relevant: listed by more of the occupation's O*NET relatives (the tools of that
        corner of work), then hot (in many job postings), then known to more employers.
        Software for making software or media counts only when it is in the field.
        """
        found = self._tech.get(code)
        if found is None:
            relatives = [r for r, _, _ in self.data.related.get(code, ())]
            maker = self._maker_work(code)
            rows = [
                r
                for r in self.data.technology.get(code, ())
                # Software only: tools ("Pipe wrenches") are not skills to list or learn.
                if r[0] in self._specific
                and r[1] not in GENERIC_KINDS
                and "software" in r[1].casefold()
                and (r[1] not in MAKER_KINDS or maker)
            ]
            # How many relatives list each kept product, counted for these names only:
            # counting every relative's whole list cost a second of cold start (978 slots).
            listed = [self._products_of.get(r, set()) for r in relatives]
            shared = {name: sum(name in products for products in listed) for name, *_ in rows}
            rows.sort(key=lambda r: (-shared[r[0]], not r[2], -self._named[r[0]], r[0]))
            found = tuple(dict.fromkeys(r[0] for r in rows))[:ALL_TECH]
            self._tech[code] = found
        return found[:limit]

    def _maker_work(self, code: str) -> bool:
        """Whether the occupation makes software, systems or media (by its SOC group)."""
        return code[:2] in MAKER_GROUPS


#: Bare job nouns that the catalogue keeps as an alias of one trade ("mechanic" for
#: automotive repair) but that, alone in a title, name no particular skill: "HVAC
#: Mechanic" and "Maintenance Mechanic" are not car mechanics.
_BARE_ROLES = frozenset(
    {"mechanic", "technician", "tech", "operator", "worker", "assistant", "clerk", "driver"}
)


def _title_skills(title: str, keys: Mapping[str, Skill]) -> list[tuple[str, float]]:
    """The skills a job title names, each with how much it says about the work (1 or 0.5).

    The head of a title (its last words: "Nurse" in "Travel Nurse") names the work and
    weighs 1; a skill in the words before it ("Special Education" in "Special Education
    Teacher", "Travel" in "Travel RN", "Police" in "Police Records Clerk") often only
    says where or for whom it is done, so it weighs 0.5 (the longest such run, one per
    title). O*NET's own titles are plural ("Registered Nurses"): the last word is also
    tried without its plural "s".
    """
    # What follows a comma qualifies the title ("Dispatchers, Except Police, Fire, and
    # Ambulance"; "Maintenance and Repair Workers, General"): not the work's name.
    words = _WORDS.findall(title.split("(")[0].split(",")[0].casefold())
    if not words:
        return []
    heads = [words]
    if len(words[-1]) > 3 and words[-1].endswith("s"):
        heads.append([*words[:-1], words[-1][:-1]])
    found: list[tuple[str, float]] = []
    rest = len(words) - 1
    for size in range(min(MAX_SPAN, len(words)), 0, -1):
        for head in heads:
            key = skill_key(" ".join(head[-size:]))
            if len(key) >= 4 and key in keys and key not in _BARE_ROLES:
                found.append((keys[key].id, 1.0))
                rest = len(words) - size
                break
        if found:
            break
    for size in range(min(MAX_SPAN, rest), 0, -1):
        for start in range(rest - size + 1):
            key = skill_key(" ".join(words[start : start + size]))
            if len(key) >= 4 and key in keys and keys[key].id not in {f[0] for f in found}:
                return [*found, (keys[key].id, 0.5)]
    return found


def _product_skill(product: str, keys: Mapping[str, Skill]) -> str | None:
    """The skill a product is, when its whole name (less vendor or "software") is one."""
    words = _WORDS.findall(product.casefold())
    for cut in (words, words[1:], words[:-1] if words[-1:] == ["software"] else []):
        key = skill_key(" ".join(cut))
        if len(key) >= 3 and key in keys:
            return keys[key].id
    return None


#: The official O*NET title's share of an occupation's title evidence; its alternate
#: titles share the rest equally. "Registered Nurses" speaks for the whole occupation;
#: "Travel RN" or "Labor and Delivery Nurse" each for a small corner of it.
OFFICIAL_SHARE = 0.3
#: A skill is core when the titles naming it carry at least this share of the title
#: evidence: the official title alone, or about one alternate title in 35 naming it as
#: the work itself (so two "Labor and Delivery Nurse" titles among 94 do not make
#: midwifery a registered nurse's skill), or two specific products (below).
MIN_SHARE = 0.02
#: Evidence of one specific product that is the skill (Intuit QuickBooks, MEDITECH); two
#: such products, or one and a title, make a skill core.
PRODUCT_SHARE = 0.01
#: A skill of none of the occupation's project categories needs this share of the title
#: evidence (or the official title's head) to count.
OFF_CATEGORY_SHARE = 0.1


def _title_shares(titles: list[tuple[str, str]], keys: Mapping[str, Skill]) -> dict[str, float]:
    """Each skill's share of the occupation's title evidence (see :data:`OFFICIAL_SHARE`).

    Short titles ("ER RN") repeat an alternate title's abbreviation, so they are skipped.
    """
    alternates = [t for t, kind in titles if kind == "alternate"]
    official = [t for t, kind in titles if kind == "onet"]
    shares: dict[str, float] = defaultdict(float)
    for group, total in ((official, OFFICIAL_SHARE), (alternates, 1 - OFFICIAL_SHARE)):
        for title in group:
            for sid, weight in _title_skills(title, keys):
                # The official title speaks for the occupation through its head only
                # ("Tractor-Trailer" in the truck drivers' title is not farm machinery).
                if weight == 1 or group is alternates:
                    shares[sid] += total * weight / len(group)
    return shares


def _product_shares(
    rows: Iterable[tuple[str, str, bool]], keys: Mapping[str, Skill], generic: set[str]
) -> dict[str, float]:
    """Evidence from the occupation's specific software that is itself a catalogue skill.

    Office and operating-system software ("Microsoft Windows", "Excel") and products most
    occupations list say nothing about this occupation's work; tools ("Dial calipers")
    are equipment, not the skill a catalogue entry describes.
    """
    shares: dict[str, float] = defaultdict(float)
    for product, kind, _hot in rows:
        if kind in GENERIC_KINDS or product in generic or "software" not in kind.casefold():
            continue
        sid = _product_skill(product, keys)
        if sid:
            shares[sid] += PRODUCT_SHARE
    return shares


def compute_core_skills(
    data: OccupationData, matcher: SkillMatcher, category_of: Mapping[str, str] | None = None
) -> dict[str, list[str]]:
    """Every occupation's core skills: named by a share of its evidence, ranked by specificity.

    A skill counts by the share of the occupation's title evidence that names it (the
    official title weighs as much as :data:`OFFICIAL_SHARE` of all of it, so a specialism
    named by two of ninety reported titles, like midwifery for registered nurses, never
    qualifies) plus its specific software. A skill of none of the occupation's project
    categories (``category_of``, from ``occupation_categories.yaml``) is kept only when
    the official title's head or :data:`OFF_CATEGORY_SHARE` of the titles name it: the
    ERP products a chief executive's office runs do not make ERP a chief executive's skill.
    Takes seconds (85k titles and product names), so ``tools/build_core_skills.py`` runs
    it once; the result ships as ``model/occupation_skills.json``.
    """
    skills = {s.id: s for s in matcher.keys.values()}
    keys = matcher.keys
    titles: dict[str, list[tuple[str, str]]] = {c: [] for c in data.occupations}
    for c, t, kind in data.titles:
        titles.setdefault(c, []).append((t, kind))
    named_by = Counter(n for rows in data.technology.values() for n in {r[0] for r in rows})
    generic = {n for n, k in named_by.items() if k > GENERIC_TECH_SHARE * len(data.occupations)}
    evidence: dict[str, dict[str, float]] = {}
    for code, rows in titles.items():
        shares = _title_shares(rows, keys)
        products = _product_shares(data.technology.get(code, ()), keys, generic)
        category = (category_of or {}).get(code)
        official = {s for t, k in rows if k == "onet" for s, w in _title_skills(t, keys) if w == 1}
        # Off the occupation's category, only what its titles broadly name is kept (a
        # 911 dispatcher's "Dispatcher" titles), never what a product or two suggests.
        broad = {s for s, v in shares.items() if v >= OFF_CATEGORY_SHARE} | official
        total = {s: shares.get(s, 0.0) + products.get(s, 0.0) for s in {*shares, *products}}
        evidence[code] = {
            s: v
            for s, v in total.items()
            if v >= MIN_SHARE
            and (category is None or category in skills[s].categories or s in broad)
        }
    df: Counter[str] = Counter()
    for found in evidence.values():
        df.update(found.keys())
    n = len(data.occupations)
    core: dict[str, list[str]] = {}
    for code, found in evidence.items():
        # Specificity orders what qualified: nursing before a skill half of health names.
        score = {s: v * math.log(n / df[s]) for s, v in found.items()}
        core[code] = sorted(score, key=lambda s: (-score[s], s))[:CORE_SKILLS]
    return core


CORE_SKILLS_FILE = Path(__file__).with_name("occupation_skills.json")


def shipped_core_skills() -> dict[str, tuple[str, ...]]:
    """The precomputed core skills (empty when the file is missing)."""
    try:
        raw = json.loads(CORE_SKILLS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {code: tuple(ids) for code, ids in raw.get("core", {}).items()}


Typed = tuple[tuple[str, tuple[str, ...]], ...]
Product = tuple[str, tuple[str, ...], int]


def prepare_typed(typed: Iterable[str]) -> Typed:
    """The person's skills as word tuples, generic words alone left out (once per score)."""
    out = []
    for text in typed:
        words = tuple(_WORDS.findall(text.casefold()))
        if words and not set(words) <= _GENERIC_WORDS:
            out.append((text, words))
    return tuple(out)


def product_words(product: str) -> Product:
    """A product name as words, with how many of them are specific (cached by callers)."""
    words = tuple(_WORDS.findall(product.casefold()))
    return product, words, sum(1 for w in words if w not in _GENERIC_WORDS)


def tech_held(typed: Typed, products: Iterable[Product]) -> dict[str, str]:
    """Products the person names, mapped to the words they typed for each.

    A typed skill counts when its words appear whole, in order, inside the product's
    name and make up at least half of its specific words ("NetSuite" holds "NetSuite
    ERP", "Epic" holds "Epic Systems"; "radio" does not hold "Radio frequency
    identification RFID devices", nor "SAP" "SAP Crystal Reports"), or when it is the
    acronym the name spells out, alone or with generic words ("POS" holds "Point of sale
    POS software", "CAD software" "Computer aided dispatch CAD software": the name says
    what the letters stand for); a bare generic word ("software") never does.
    """
    held: dict[str, str] = {}
    for product, name, specific in products:
        for text, words in typed:
            k = len(words)
            if words[0] not in name:
                continue
            if 2 * k >= specific and any(
                name[i : i + k] == words for i in range(len(name) - k + 1)
            ):
                held[product] = text
                break
            # "POS" or "CAD software": the acronym alone, or with only generic words.
            if _spelled_out(words[0], name) and all(w in _GENERIC_WORDS for w in words[1:]):
                held[product] = text
                break
    return held


def _spelled_out(acronym: str, name: tuple[str, ...]) -> bool:
    """Whether ``name`` has ``acronym`` right after the words whose initials it is."""
    n = len(acronym)
    if n < 2 or not acronym.isalpha():
        return False
    return any(
        word == acronym and i >= n and "".join(w[0] for w in name[i - n : i]) == acronym
        for i, word in enumerate(name)
    )
