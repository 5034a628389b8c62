"""Core skills of every O*NET occupation: the catalogue skills its titles and software name.

A skill is core to an occupation when enough of its title evidence (the official title
and the titles workers report) or of its specific software names it, ranked by how
specific it is (a skill named for most occupations says nothing about this one). It
takes seconds over 85k titles and product names, so ``tools/build_core_skills.py`` runs
:func:`compute_core_skills` once and the result ships as ``model/occupation_skills.json``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from career_resilience.model.pivot_evidence import CORE_SKILLS
from career_resilience.model.pivot_licence_work import WORK
from career_resilience.model.pivot_licences import LICENCES
from career_resilience.model.pivot_products import _WORDS
from career_resilience.model.pivot_tech_kinds import GENERIC_KINDS, GENERIC_TECH_SHARE
from career_resilience.skills.job_nouns import BARE_ROLES, qualified_elsewhere
from career_resilience.skills.matching import SkillMatcher, skill_key
from career_resilience.skills.models import Skill
from career_resilience.skills.occupations import OccupationData
from career_resilience.skills.word_forms import singular

#: Longest run of words looked up as one skill name inside a title or product name.
MAX_SPAN = 4


def _title_skills(
    title: str,
    keys: Mapping[str, Skill],
    official: bool = False,
    elsewhere: frozenset[str] = frozenset(),
) -> list[tuple[str, float]]:
    """The skills a job title names, each with how much it says about the work (1 or 0.5).

    The head of a title (its last words: "Nurse" in "Travel Nurse") names the work and
    weighs 1; a skill in the words before it ("Special Education" in "Special Education
    Teacher", "Travel" in "Travel RN", "Police" in "Police Records Clerk") often only
    says where or for whom it is done, so it weighs 0.5 (the longest such run, one per
    title). O*NET's own titles are plural ("Registered Nurses"): the last word is also
    tried in the singular (``word_forms.singular``, the project's one plural rule).
    ``official``: the title is O*NET's own, whose words before a closing bare job noun
    are its head when no longer head is found.
    ``elsewhere``: job nouns that name another field's work in this occupation, however
    they are qualified (:func:`_nouns_elsewhere`).
    """
    words = _WORDS.findall(_named_work(title).casefold())
    if not words:
        return []
    heads = [words]
    if singular(words[-1]) != words[-1]:
        heads.append([*words[:-1], singular(words[-1])])
    found: list[tuple[str, float]] = []
    rest = len(words) - 1
    for size in range(min(MAX_SPAN, len(words)), 0, -1):
        for head in heads:
            key = skill_key(" ".join(head[-size:]))
            if size < len(words) and qualified_elsewhere(key, words[:-size]):
                continue
            if size == 1 and key in elsewhere:
                continue
            if len(key) >= 4 and key in keys and key not in BARE_ROLES:
                found.append((keys[key].id, 1.0))
                rest = len(words) - size
                break
        if found:
            break
    # A bare job noun closing the title ("Office and Administrative Support Workers")
    # names the work by the words before it: a skill those words name at more length
    # ("administrative support") is the head, not a shorter one that takes the bare noun
    # in ("support worker", a disability support alias). In O*NET's own title, with no
    # head found, the words right before the bare noun are the head ("Shipping,
    # Receiving, and Inventory Clerks": inventory); a reported title's modifier stays a
    # modifier ("Special Education Driver" drives a bus).
    last = skill_key(singular(words[-1]))
    if (found or official) and last in BARE_ROLES:
        named = len(words) - rest - 1  # the head match's words before the bare noun
        before = words[:-1]
        for size in range(min(MAX_SPAN, len(before)), named, -1):
            key = skill_key(" ".join(before[-size:]))
            negated = before[-size - 1 : -size] == ["non"]  # "Non-Retail Sales Workers"
            if len(key) >= 4 and key in keys and key not in BARE_ROLES and not negated:
                found = [(keys[key].id, 1.0)]
                rest = len(before) - size
                break
    for size in range(min(MAX_SPAN, rest), 0, -1):
        for start in range(rest - size + 1):
            key = skill_key(" ".join(words[start : start + size]))
            if len(key) >= 4 and key in keys and keys[key].id not in {f[0] for f in found}:
                return [*found, (keys[key].id, 0.5)]
    return found


def _nouns_elsewhere(official: list[str]) -> frozenset[str]:
    """The job nouns the official titles name another field's work by (:func:`qualified_elsewhere`:
    "Film and Video Editors"): in that occupation's other titles the bare noun is that
    work too, not the skill the catalogue's alias names (a film editor's reported
    "Editor", "News Editor" and "Online Editor" had kept copyediting among their core
    skills once "Film and Video Editors" no longer named it)."""
    nouns: set[str] = set()
    for title in official:
        words = _WORDS.findall(_named_work(title).casefold())
        if len(words) < 2:
            continue
        noun = singular(words[-1])
        if qualified_elsewhere(noun, words[:-1]):
            nouns.add(noun)
    return frozenset(nouns)


def _named_work(title: str) -> str:
    """The part of a title that names the work, without its qualifiers.

    What follows a comma qualifies the title ("Dispatchers, Except Police, Fire, and
    Ambulance"; "Farmworkers and Laborers, Crop, Nursery, and Greenhouse"), unless the
    comma is inside a series the job noun closes: O*NET names work in the plural, so a
    first part ending in a singular ("Heating, Air Conditioning, and Refrigeration
    Mechanics"; "Laborers and Freight, Stock, and Material Movers, Hand") runs on to the
    first part ending in a plural. Read alone, "Laborers and Freight" had made logistics
    coordination a hand laborer's core skill.
    """
    parts = title.split("(")[0].split(",")
    named = parts[0]
    for part in parts[1:]:
        last = _WORDS.findall(named.casefold())[-1:]
        if not last or singular(last[0]) != last[0]:
            break
        named = f"{named} {part.strip()}"
    return named


def _product_skill(product: str, keys: Mapping[str, Skill]) -> str | None:
    """The skill a product is, when its whole name (less vendor or "software") is one.

    The name's last word is also read in its other number, as titles are: "Financial
    statement software" is the "financial statements" a catalogue alias names (an
    accountant's GAAP had counted toward no occupation's core skills).
    """
    words = _WORDS.findall(product.casefold())
    for cut in (words, words[1:], words[:-1] if words[-1:] == ["software"] else []):
        if not cut:
            continue
        for form in (cut, [*cut[:-1], _other_number(cut[-1])]):
            key = skill_key(" ".join(form))
            if len(key) >= 3 and key in keys:
                return keys[key].id
    return None


def _other_number(word: str) -> str:
    """A word's plural as its singular (``singular``: "statements" -> "statement"), or
    its singular as a plural (by a final "s")."""
    one = singular(word)
    return one if one != word else word + "s"


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


def _title_shares(
    titles: list[tuple[str, str]], keys: Mapping[str, Skill], bare_heads: bool = True
) -> dict[str, float]:
    """Each skill's share of the occupation's title evidence (see :data:`OFFICIAL_SHARE`).

    Short titles ("ER RN") repeat an alternate title's abbreviation, so they are skipped.
    ``bare_heads=False`` leaves out what the official title names only through the
    words before its bare job noun (see :func:`_title_skills`).
    """
    alternates = [t for t, kind in titles if kind == "alternate"]
    official = [t for t, kind in titles if kind == "onet"]
    named = _head_words(official, keys)
    elsewhere = _nouns_elsewhere(official)
    shares: dict[str, float] = defaultdict(float)
    for group, total in ((official, OFFICIAL_SHARE), (alternates, 1 - OFFICIAL_SHARE)):
        for title in group:
            found = _title_skills(title, keys, bare_heads and group is official, elsewhere)
            for sid, weight in found:
                # The official title speaks for the occupation through its head only
                # ("Tractor-Trailer" in the truck drivers' title is not farm machinery).
                if weight == 1 or group is alternates:
                    # Nor does a title whose own head names no skill through the words
                    # of the official title's head ("Nursing Attendant": no RN).
                    if len(found) == 1 and weight < 1 and _names_within(title, sid, keys, named):
                        continue
                    shares[sid] += total * weight / len(group)
    return shares


def _head_words(official: list[str], keys: Mapping[str, Skill]) -> set[str]:
    """The words of the official titles' heads that name a skill, as written and
    singular ("nursing", "assistants", "assistant" of "Nursing Assistants"; "teachers",
    "teacher" of "Physics Teachers"); empty when no head names one."""
    words: set[str] = set()
    for title in official:
        named = _WORDS.findall(_named_work(title).casefold())
        for size in range(min(MAX_SPAN, len(named)), 0, -1):
            head = named[-size:]
            one = singular(head[-1])
            forms = [head, [*head[:-1], one]] if one != head[-1] else [head]
            key = next((k for f in forms if (k := skill_key(" ".join(f))) in keys), None)
            if key is not None and len(key) >= 4 and key not in BARE_ROLES:
                words |= {w for f in forms for w in f}
                break
    return words


def _names_within(title: str, sid: str, keys: Mapping[str, Skill], head: set[str]) -> bool:
    """Whether a title whose own head names no skill names ``sid`` only by words of the
    official title's head: "Nursing Attendant" of nursing assistants says "nursing" as
    their official "Nursing Assistants" does, which is no registered nursing. A pharmacy
    aide's "pharmacy" is the work: their official title's head names no skill."""
    words = _WORDS.findall(_named_work(title).casefold())
    for size in range(1, min(MAX_SPAN, len(words)) + 1):
        for start in range(len(words) - size + 1):
            span = words[start : start + size]
            key = skill_key(" ".join(span))
            if key in keys and keys[key].id == sid and all(w in head for w in span):
                return True
    return False


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


def licensed_elsewhere(code: str) -> frozenset[str]:
    """The skills that are the licensed work (``pivot_licence_work.WORK``) of a licence
    the licensed occupation ``code`` neither needs nor holds (empty for work no licence
    covers).

    Its titles may name such work before their job noun, as the licence a holder came
    by: O*NET's neurologists list "Chiropractic Neurologist" (a chiropractor's board
    certification in neurology) among 14 reported titles, which had made chiropractic
    the neurologists' one core skill; audiologists list "Dispensing Audiologist" (of
    hearing aids), which the catalogue reads as pharmacy. The law keeps that work to
    the other licence's holders, so only a title naming it as the work itself counts.
    """
    own = [lic for lic in LICENCES if code.startswith(lic.needed_by + lic.held_by)]
    if not own:
        return frozenset()
    theirs = {s for lic in LICENCES if lic not in own for s in WORK.get(lic.name, ())}
    return frozenset(theirs - {s for lic in own for s in WORK.get(lic.name, ())})


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
    Another licence's work is core to a licensed occupation only where a title names it
    as the work itself (:func:`licensed_elsewhere`). Takes seconds (85k titles and
    product names), so ``tools/build_core_skills.py`` runs it once; the result ships as
    ``model/occupation_skills.json``.
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
        foreign = licensed_elsewhere(code)
        if foreign:
            # Another licence's work named only before a licensed occupation's job noun
            # says which licence a holder came by, not what the occupation asks.
            headed = {s for t, k in rows for s, w in _title_skills(t, keys, k == "onet") if w == 1}
            shares = {s: v for s, v in shares.items() if s not in foreign or s in headed}
        products = _product_shares(data.technology.get(code, ()), keys, generic)
        category = (category_of or {}).get(code)
        official = {s for t, k in rows if k == "onet" for s, w in _title_skills(t, keys) if w == 1}
        # Off the occupation's category, only what its titles broadly name is kept (a
        # 911 dispatcher's "Dispatcher" titles), never what a product or two suggests,
        # nor what the official title names only before its bare job noun (the tractor
        # of "Industrial Truck and Tractor Operators" is no farm machinery).
        plain = _title_shares(rows, keys, bare_heads=False)
        broad = {s for s, v in plain.items() if v >= OFF_CATEGORY_SHARE} | official
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
