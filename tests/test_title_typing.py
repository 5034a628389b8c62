"""Titles typed the way people type them reach the occupation they name."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.skills import titles
from career_resilience.skills.title_speller import TitleSpeller
from career_resilience.skills.titles import normalise_title


def test_a_typing_slip_is_mended_to_the_nearest_title_word() -> None:
    speller = TitleSpeller({"accountant": 2.0, "account": 3.0, "dispatcher": 4.0})
    assert speller.mend("staff acountant") == "staff accountant"
    assert speller.mend("dispatchr") == "dispatcher"
    assert speller.mend("qqqqxx") == "qqqqxx"  # nothing close: left as typed


def test_two_title_words_run_together_are_split() -> None:
    speller = TitleSpeller({"farm": 3.0, "hand": 2.0, "garland": 5.0, "far": 6.0, "mhand": 9.0})
    # "garland" is two edits from "farmhand": a missing space is likelier than two slips;
    # of the two splits, the one whose rarer part is commoner in titles ("mhand" is rare).
    assert speller.mend("farmhand") == "farm hand"
    # One slip is likelier than a missing space: "warehose" is not "ware hose".
    speller = TitleSpeller({"warehouse": 3.0, "ware": 4.0, "hose": 4.0})
    assert speller.mend("warehose") == "warehouse"


def test_two_words_o_net_writes_joined_are_read_as_one() -> None:
    idf = {"pipe": 3.0, "fitter": 3.0, "pipefitter": 4.0, "helper": 2.0, "home": 2.0,
           "care": 2.0, "homecare": 7.0, "cabinet": 5.0, "maker": 3.0}  # fmt: skip
    # "home care" is written apart more often than joined, "cabinet maker" never joined.
    pairs = {"pipe fitter": 6.0, "home care": 5.0, "cabinet maker": 6.0}
    speller = TitleSpeller(idf, words=set(), pairs=pairs)
    assert speller.mend("pipe fitter helper") == "pipefitter helper"
    assert speller.mend("home care aide") == "home care aide"
    assert speller.mend("cabinet maker") == "cabinet maker"
    # Parts under four letters are never joined ("bar tender" reads as typed).
    short = TitleSpeller({"bar": 2.0, "tender": 3.0, "bartender": 1.0}, words=set())
    assert short.mend("bar tender") == "bar tender"


def test_two_words_o_net_writes_joined_as_often_as_apart_stay_as_typed() -> None:
    # O*NET lists "Bookmaker" (bets, bindery) as often as "... Book Maker", and
    # "Bodybuilder" as often as "Truck Body Builder": both readings are work of their own.
    idf = {"book": 3.0, "maker": 3.0, "bookmaker": 9.0, "body": 3.0, "builder": 3.0,
           "bodybuilder": 10.0}  # fmt: skip
    pairs = {"book maker": 9.0, "body builder": 10.0}
    speller = TitleSpeller(idf, words=set(), pairs=pairs)
    assert speller.mend("book maker") == "book maker"
    assert speller.mend("body builder") == "body builder"


def test_short_words_and_known_words_are_left_alone() -> None:
    speller = TitleSpeller({"nurse": 1.0, "nursery": 2.0, "cook": 1.0})
    assert speller.mend("nursery") == "nursery"  # known, though one edit from others
    assert speller.mend("coo") == "coo"  # too short to tell a slip from an acronym


def test_a_title_word_with_ing_or_ed_is_a_word_not_a_slip() -> None:
    # "Trucking dispatcher" was read "tracking dispatcher", a "teaming lead" a "reaming"
    # one: a known word with -ing is spelt as meant, whatever word is one letter away.
    speller = TitleSpeller({"truck": 3.0, "tracking": 2.0, "team": 2.0, "reaming": 6.0})
    assert speller.mend("trucking dispatcher") == "trucking dispatcher"
    assert speller.mend("teaming") == "teaming"
    assert speller.mend("trackng") == "tracking"  # a slip is still mended


def test_an_english_or_trade_word_is_never_respelt_into_another_word() -> None:
    # With the shipped word list: "lash technician" had been read "wash technician",
    # "unix admin" "unit admin", "chat agent" "hat agent", "year" "gear".
    speller = TitleSpeller({w: 2.0 for w in ("wash", "unit", "hat", "gear", "technician")})
    assert speller.mend("lash technician") == "lash technician"
    assert speller.mend("unix") == "unix"
    assert speller.mend("chat") == "chat"
    assert speller.mend("year") == "year"
    assert speller.mend("wosh") == "wash"  # a word no dictionary holds is still mended


def test_an_english_word_is_read_as_the_title_word_it_spells_another_way() -> None:
    speller = TitleSpeller({w: 2.0 for w in ("center", "laborer", "crew", "color", "cente")})
    assert speller.mend("centre") == "center"
    assert speller.mend("labourer") == "laborer"
    assert speller.mend("colour") == "color"
    assert speller.mend("crews") == "crew"
    # Run together, it is still split: "farmhand" is English, and O*NET writes "farm hand".
    assert TitleSpeller({"farm": 3.0, "hand": 2.0}).mend("farmhand") == "farm hand"


def test_among_equally_close_words_the_common_one_wins() -> None:
    speller = TitleSpeller({"nurse": 1.0, "purse": 6.0})  # idf: nurse is the common one
    assert speller.mend("nurze") == "nurse"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("acct mgr", "account manager"),
        ("Admin Asst", "administrative assistant"),
        ("RN - nights (part-time)", "registered nurse"),
        ("forklift op, 2nd shift", "forklift operator"),
        ("SW engineer", "software engineer"),
        ("Frontend engineer", "front end developer"),
        ("Sr. SRE", "devops engineer"),
        ("Full-stack developer", "web developer"),
    ],
)
def test_shorthands_and_employer_qualifiers_are_read_as_meant(typed: str, read: str) -> None:
    assert normalise_title(typed) == read


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("Sr. staff acountant", "Accountant"),
        ("dispatchr", "dispatcher"),
        ("admin asst", "administrative assistant"),
        ("Registered nurse - nights (part-time)", "Registered nurse"),
        ("Machinist (Mastercam)", "Machinist"),
        ("forklift op", "forklift operator"),
        ("Farmhand", "Farm hand"),
        ("Linecook", "Line cook"),
        # O*NET lists "Pipe Fitter" once, for pipelayers; "Pipefitter" for plumbers,
        # pipefitters and steamfitters, as people mean it.
        ("Pipe fitter", "Pipefitter"),
        ("Steam fitter", "Steamfitter"),
        ("Book keeper", "Bookkeeper"),
    ],
)
def test_typed_titles_reach_the_occupation_of_the_plain_title(engine, typed, plain) -> None:
    first = engine.score(Profile.create(plain)).occupations[0].onet_soc
    assert engine.score(Profile.create(typed)).occupations[0].onet_soc == first


def test_a_phrase_in_a_long_text_is_rewritten_as_in_a_title() -> None:
    # Every text has its phrases looked up by their first word (speed change; the
    # rewrites themselves are as before).
    tail = " building accessible forms and a design system for the clinic's booking pages"
    assert normalise_title("Frontend engineer" + tail).startswith("front end developer ")
    assert normalise_title("Sr. SRE" + tail).startswith("devops engineer ")


def test_rewrites_apply_in_their_order_each_to_the_text_the_ones_before_left() -> None:
    # A rewrite that makes another rewrite's phrase: a later one applies to it, an
    # earlier one (already tried) does not, as when every phrase was tested in turn.
    def rule(phrase: str, replacement: str) -> titles.Rewrite:
        return (phrase, replacement)

    chain = (rule("ward clerk", "unit clerk"), rule("unit clerk", "unit secretary"))
    back = tuple(reversed(chain))
    text = "night shift ward clerk on the surgical unit, " * 2
    assert titles._rewritten(text, chain, _firsts(chain)) == text.replace(
        "ward clerk", "unit secretary"
    )
    assert titles._rewritten(text, back, _firsts(back)) == text.replace("ward clerk", "unit clerk")
    # A phrase's first word inside another word is no match ("award clerk").
    assert titles._rewritten("award clerk", chain, _firsts(chain)) == "award clerk"


def _firsts(
    rules: tuple[titles.Rewrite, ...],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """What ``titles._by_first_word`` holds, for ``rules``."""
    out: dict[str, tuple[int, ...]] = {}
    for k, (phrase, _) in enumerate(rules):
        out[phrase.split()[0]] = (*out.get(phrase.split()[0], ()), k)
    return out, ()


def test_a_slip_two_letters_short_or_long_still_finds_its_word() -> None:
    # Only words within two letters of a long slip's length can be two edits away; the
    # ones exactly two letters off must still be searched.
    speller = TitleSpeller({"coordinator": 2.0, "coordinat": 9.0, "operator": 3.0, "operate": 5.0})
    assert speller.mend("cordinatr") == "coordinator"  # 9 letters, the word 11
    assert speller.mend("operatorrs") == "operator"  # 10 letters, the word 8
    assert speller.mend("opartr") == "opartr"  # 6 letters: one edit only, none within it
    # Vowels left out are put back, two at most (``test_title_letters_left_out``).
    assert speller.mend("opertr") == "operator"


def test_slips_are_mended_as_a_search_of_every_title_word_would(engine) -> None:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    speller = engine.match_tables.speller
    words = sorted(speller._idf)

    def every_word(slip: str) -> str:
        limit = 2 if len(slip) >= 8 else 1
        found = process.extract(slip, words, scorer=OSA.distance, score_cutoff=limit, limit=50)
        return min(found, key=lambda h: (h[1], speller._idf[h[0]], h[0]))[0] if found else slip

    slips = ["acountant", "dispatchr", "nurce", "enginer", "cashiar", "plumbr", "teachr",
             "mecanic", "electricain", "warehose", "recepionist", "superviser", "techncian",
             "programer", "adminstrator", "coordinater", "paralegl", "phlebotomst"]  # fmt: skip
    assert [speller.word(s) for s in slips] == [every_word(s) for s in slips]
    assert speller.word("acountant") == "accountant"


def test_the_shipped_word_list_is_sorted_so_its_search_finds_every_word() -> None:
    from career_resilience.skills.english_words import ENGLISH_FILE, english_words
    from career_resilience.skills.title_speller import MIN_LENGTH

    words = ENGLISH_FILE.read_text(encoding="utf-8").split()
    assert words == sorted(set(words)) and min(map(len, words)) >= MIN_LENGTH
    shipped = english_words()
    assert all(w in shipped for w in words[::97])
    assert not any(w + "q" in shipped for w in words[::97] if w + "q" not in words)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Full stack developer", "15-1254.00"),  # O*NET: photographic process workers
        ("SRE", "15-1252.00"),  # O*NET: validation engineers
        ("Platform engineer", "15-1252.00"),  # O*NET: blockchain engineers
        ("Backend engineer", "15-1252.00"),  # O*NET: none; "engineer" alone: physical
        ("Frontend engineer", "15-1254.00"),
    ],
)
def test_software_titles_o_net_lists_elsewhere_reach_software_work(engine, typed, code) -> None:
    assert engine.score(Profile.create(typed)).occupations[0].onet_soc == code


def test_a_typed_phrase_after_a_word_of_other_work_is_read_as_that_work() -> None:
    # An offshore platform engineer works on an oil platform: "offshore" is a word of
    # O*NET's titles, so the phrase is not the devops rewrite there; nor is it read as
    # typed, which is O*NET's "Technical Platform Engineer" (blockchain engineers): the
    # named work and the job noun are what is left.
    assert normalise_title("Offshore platform engineer") == "offshore engineer"
    assert normalise_title("Cloud platform engineer") == "cloud engineer"
    # Seniority words, and words no O*NET title uses, leave the phrase the job.
    assert normalise_title("Senior platform engineer") == "devops engineer"
    assert normalise_title("Sr. site reliability engineer") == "devops engineer"
    assert normalise_title("Kubernetes platform engineer") == "kubernetes devops engineer"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # Alone, office work (it had read as computer systems analysts, 33%) ...
        ("Admin", "administrative assistant"),
        ("Sr admin", "administrative assistant"),
        # ... after a word no title uses (a product's name), after named work and before
        # it, the administrator it abbreviates.
        ("HubSpot admin", "hubspot administrator"),
        ("IT admin", "information technology administrator"),
        ("Admin manager", "administrator manager"),
    ],
)
def test_admin_alone_is_office_work_and_a_tool_s_admin_its_administrator(typed, read) -> None:
    assert normalise_title(typed) == read


@pytest.mark.parametrize(
    ("typed", "read", "code", "before"),
    [
        ("Head of Procurement", "procurement manager", "11-3061", "procurement clerks 40%"),
        ("Head of Housekeeping", "housekeeping manager", "37-1011", "maids 62%"),
        ("Head of Logistics", "logistics manager", "11-3071", "logisticians 27%"),
        (
            "Head of Production",
            "production manager",
            "11-3051",
            "industrial production managers 29%",
        ),
    ],
)
def test_head_of_work_is_that_work_s_manager(engine, typed, read, code, before) -> None:
    assert normalise_title(typed) == read
    assert engine.score(Profile.create(typed)).occupations[0].onet_soc.startswith(code), before


@pytest.mark.parametrize(
    "typed", ["Offshore platform engineer", "Data platform engineer", "Cloud platform engineer"]
)
def test_a_platform_engineer_of_named_work_is_no_blockchain_engineer(engine, typed) -> None:
    # Each came first as Blockchain Engineers at 46-50%, from its one listed title
    # "Technical Platform Engineer".
    assert engine.score(Profile.create(typed)).occupations[0].onet_soc != "15-1299.07"


def test_o_net_s_own_listing_is_indexed_as_listed() -> None:
    from career_resilience.skills.titles import normalise_listed_title

    # The occupation that lists a typed-only phrase keeps it: it does not share the
    # rewrite with the work the phrase is read as.
    assert normalise_listed_title("Site Reliability Engineer") == "site reliability engineer"
    assert normalise_listed_title("Full Stack Developer") == "full stack developer"
    assert normalise_listed_title("Sr. Accountant") == normalise_title("Sr. Accountant")


def test_the_title_search_finds_an_o_net_title_by_its_own_words() -> None:
    from career_resilience.skills.occupations import search_titles

    # O*NET's titles are keyed as listed: "Site Reliability Engineer" had been keyed by
    # the typed rewrite ("devops engineer") and could not be found by its own words.
    assert search_titles("site reliability", 1)[0][:2] == (
        "17-2112.02",
        "Site Reliability Engineer",
    )
    # A whole typed title is still read as the work it means.
    assert search_titles("full stack developer", 1)[0][0] == "15-1254.00"


def test_a_short_word_run_into_a_long_job_word_is_split() -> None:
    # "hatmaker" had been mended two letters away to "lathmaker" (sawing machine setters).
    speller = TitleSpeller({"hat": 5.0, "maker": 2.0, "lathmaker": 9.0, "bus": 4.0, "driver": 1.0})
    assert speller.mend("hatmaker") == "hat maker"
    assert speller.mend("busdriver") == "bus driver"
    # One slip still beats a missing space.
    assert speller.mend("drivr") == "driver"
