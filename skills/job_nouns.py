"""Job nouns the catalogue keeps as a skill's alias, and the words around them that say
the noun names other work.

One rule for two readers: the skill matcher (a typed title or skill, "Harbor pilot")
and the core skills of every occupation (``model/pivot_core_skills.py``, O*NET's
titles). Before this module the core skills knew that a "Court Reporter" does no
journalism while the matcher still read a typed "court reporter" as Journalism, so a
court reporter's pivot list said "your "court reporter" counts as Journalism".
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.skills.identity import skill_key

#: Bare job nouns that the catalogue keeps as an alias of one trade ("mechanic" for
#: automotive repair) but that, alone in a title, name no particular skill: "HVAC
#: Mechanic" and "Maintenance Mechanic" are not car mechanics.
BARE_ROLES = frozenset(
    {"mechanic", "technician", "tech", "operator", "worker", "assistant", "clerk", "driver"}
)
#: Job nouns a catalogue skill keeps as an alias that name that skill, qualified, only
#: with one of these words right before them; with another they name the craft of their
#: qualifier, or none. A "Harbor Pilot" steers
#: ships and a "Drone Pilot" flies no aircraft: "Aircraft piloting" had been a core skill
#: of ship captains and pilots, locomotive engineers ("Engine Pilot"), camera operators
#: and remote sensing technicians (a bridge tender's move to ship piloting read "to
#: learn: Aircraft piloting"). A "Network Architect" or "Database Architect" designs no
#: building, and a "Naval Architect" designs ships. A "Census Interviewer", "Survey
#: Interviewer" or "Loan Interviewer" interviews no job candidates (O*NET lists them
#: under interviewers and loan clerks, not human resources).
QUALIFIED_ROLES: dict[str, frozenset[str]] = {
    # The kinds of flying O*NET's airline and commercial pilots' titles name, and a few
    # more of aviation's own ("Relief Pilot", "Cargo Pilot", "Bush Pilot").
    "pilot": frozenset(
        {"air", "aircraft", "airline", "airplane", "agricultural", "balloon", "charter"}
        | {"check", "co", "commercial", "corporate", "executive", "fighter", "flight"}
        | {"force", "forestry", "helicopter", "jet", "line", "mapping", "military"}
        | {"private", "rotor", "spray", "test", "tour", "transport", "wing"}
        | {"relief", "cargo", "crop", "dusting", "seaplane", "bush", "medevac", "airshow"}
    ),
    # The building architects' own titles ("Project Architect", "Green Building Architect")
    # and the landscape architects'.
    "architect": frozenset({"building", "design", "project", "retrofit", "structural"})
    | frozenset({"landscape"}),
    # The hiring interviewer's own words ("Employment Interviewer" is a recruiter's title).
    "interviewer": frozenset({"employment", "job", "hiring", "personnel", "recruitment"})
    | frozenset({"candidate", "hr", "staffing"}),
}
#: Job nouns a catalogue skill keeps as an alias that name another field's work when any
#: word before them names that field: a "Greenhouse Laborer" grows plants (no
#: construction labour), a "Film Editor" cuts film (no copyediting), a
#: "Talk Show Host" seats no diners, a "Court Reporter" takes down testimony (no
#: journalism), an "Animal Nutritionist" plans no one's diet, and an "Unmanned Aircraft
#: Pilot" flies a drone.
ELSEWHERE_ROLES: dict[str, frozenset[str]] = {
    # Every word O*NET puts before "Artist" in the titles of occupations other than
    # craft and fine artists (27-1012, 27-1013), none it puts there in theirs, and a few
    # trades O*NET names by other titles (below): a
    # "Tonsorial Artist" cuts hair, a "Makeup Artist" does makeup, a "Recording Artist"
    # sings, a "Sandwich Artist" makes sandwiches (their "artist" had made fine art a
    # core skill of barbers and makeup artists, and read a typed "Nail artist" as Fine
    # art); a "Portrait Artist" or "Ceramic Artist" is still one.
    "artist": frozenset({"air", "airbrush", "animation", "anime", "ben", "block", "body"})
    | frozenset({"brush", "cold", "coloring", "computer", "culinary", "dance", "day"})
    | frozenset({"digital", "display", "effects", "environment", "environmental", "floral"})
    | frozenset({"funeral", "fx", "game", "graphic", "graphics", "handmade", "hip", "home"})
    | frozenset({"hop", "layout", "lithographic", "make", "makeup", "mannequin", "model"})
    | frozenset({"motion", "multimedia", "musical", "nail", "over", "paste", "pastry"})
    | frozenset({"performing", "process", "radio", "rap", "recording", "sandwich", "set"})
    | frozenset({"sign", "special", "storyboard", "tile", "tonsorial", "type", "up"})
    | frozenset({"vocal", "voice", "wedding", "wood"})
    # and trades O*NET files elsewhere by other titles: a "Foley Artist" records sound
    # (sound engineering technicians), a "Lash Artist" or "Brow Artist" is a beautician.
    | frozenset({"foley", "lash", "brow", "henna", "circus", "trapeze", "cake", "latte"}),
    "pilot": frozenset({"unmanned", "remote", "remotely", "drone"}),
    "editor": frozenset({"film", "video", "videotape", "tape", "movie", "linear", "sound"})
    | frozenset({"photo", "map", "mapping", "gathering"}),
    "host": frozenset({"radio", "television", "tv", "show", "program", "game", "event"})
    | frozenset({"talk", "podcast", "casino", "gaming", "museum"}),
    "hostess": frozenset({"radio", "television", "tv", "show", "program", "game", "event"})
    | frozenset({"talk", "casino", "gaming", "museum", "airline", "flight"}),
    "reporter": frozenset({"court", "shorthand", "deposition", "hearings", "judicial"})
    | frozenset({"realtime", "voice", "credit"}),
    "nutritionist": frozenset({"animal", "cattle", "swine", "dairy", "companion"}),
    # A farm's laborers ("Farmworkers and Laborers, Crop, Nursery, and Greenhouse",
    # "Greenhouse Laborer") do no construction labour.
    "laborer": frozenset({"farmworkers", "farm", "agriculture", "agricultural", "crop"})
    | frozenset({"greenhouse", "irrigation", "nursery", "produce", "propagation", "tapping"})
    | frozenset({"orchard", "ranch", "livestock", "poultry", "hatchery", "aquatic", "shrimp"}),
    # The British "plant operator" drives diggers; a "Power Plant Operator" or "Water
    # Treatment Plant Operator" runs a plant (O*NET's plant and system operators).
    "plant operator": frozenset({"power", "water", "wastewater", "treatment", "sewage"})
    | frozenset({"chemical", "nuclear", "gas", "steam", "boiler", "utility", "refinery"})
    | frozenset({"hydroelectric", "energy", "processing", "purification", "filtration"}),
    # A "Chemistry Lab Technician" or "Soil Lab Technician" tests no patient's samples.
    "lab technician": frozenset({"chemistry", "chemical", "biology", "biological", "soil"})
    | frozenset({"materials", "food", "dental", "photo", "photographic", "optical"})
    | frozenset({"environmental", "school", "physics", "petroleum", "forensic", "crime"})
    | frozenset({"animal", "quality", "qc", "geology", "concrete", "asphalt", "textile"})
    | frozenset({"water", "wastewater", "agricultural", "seed", "paint", "metallurgical"}),
}
#: The same tables by :func:`~career_resilience.skills.identity.skill_key` (a title's
#: "Lab-technician" and a core-skill key "labtechnician" are one noun).
_QUALIFIED = {skill_key(noun): kinds for noun, kinds in QUALIFIED_ROLES.items()}
_ELSEWHERE = {skill_key(noun): words for noun, words in ELSEWHERE_ROLES.items()}
#: Words before a job noun that say rank or standing, not which work: a "Senior Pilot"
#: or "Chief Interviewer" is still read by the word before these.
RANK_WORDS = frozenset(
    {"senior", "junior", "sr", "jr", "lead", "chief", "head", "principal", "staff"}
    | {"trainee", "apprentice", "student", "licensed", "certified", "registered"}
    | {"chartered", "qualified", "experienced", "assistant", "freelance", "self"}
    | {"employed", "independent"}
)

#: Words that make the job noun after them whom the work is for, not the work.
FOR_WHOM = frozenset({"of", "for", "to"})


def qualified_elsewhere(noun: str, before: Sequence[str]) -> bool:
    """Whether the job noun ``noun`` (a skill's alias, a key or its words) read after the
    lower case words ``before`` names another field's work (:data:`QUALIFIED_ROLES`,
    :data:`ELSEWHERE_ROLES`); never with no word before it."""
    key = skill_key(noun)
    kinds = _QUALIFIED.get(key)
    if kinds is None and key not in _ELSEWHERE:
        return False
    said = [word for word in before if word not in RANK_WORDS]
    # "Managers of Artists", "Trainer for pilots": the noun is whom the work is for.
    if said and said[-1] in FOR_WHOM:
        return True
    if kinds is not None and said and said[-1] not in kinds:
        return True
    return not _ELSEWHERE.get(key, frozenset()).isdisjoint(said)
