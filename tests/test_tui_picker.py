""" "That's not me": type to find an O*NET occupation (or a kind of work) and rescore in it."""

from __future__ import annotations

import threading
import time

from tui_support import (
    SIZE,
    fill_profile,
    model_settled,
    score_profile,
    settle,
    until_shown,
    wait_until,
)

from career_resilience.skills.occupations import occupation_table
from career_resilience.tui import occupation_search
from career_resilience.tui.screens.category_picker import MODEL_DECIDES, CategoryPicker

NURSE = "29-1141.00"


def _ids(app) -> list[str | None]:
    listed = app.screen.query_one("#picker-list")
    return [listed.get_option_at_index(i).id for i in range(listed.option_count)]


async def _scored(pilot, role: str = "Data analyst") -> None:
    await model_settled(pilot)
    await score_profile(pilot, role, ["SQL"])


async def _open_picker(pilot) -> None:
    """Press "c" ("that's not me") and wait for the picker."""
    await pilot.press("c")
    await until_shown(pilot, CategoryPicker, "#picker-search", "#picker-list")


def _held_search(monkeypatch) -> threading.Event:
    """Make every occupation search wait until the test sets the event it returns, so
    Enter arrives while it runs. A half-second sleep was not enough under load (a whole
    suite at load 6-8): the last letter's search finished before Enter was handled."""
    real = occupation_search.search_occupations
    release = threading.Event()

    def held(query, known):
        release.wait(10)  # Enter arrives while this waits
        return real(query, known)

    monkeypatch.setattr(occupation_search, "search_occupations", held)
    return release


async def test_typing_finds_an_occupation_and_rescores_with_its_published_figures(
    tui_app, screen_text
):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await _open_picker(pilot)
        # Browsing lists the kind placed in first, under the likeliest.
        ids, placed = _ids(app), app.session.result.top_category.id
        assert ids[:2] == [None, placed]
        await pilot.press(*"registered nurse")
        await wait_until(pilot, lambda: f"onet:{NURSE}" in _ids(app))
        assert "Registered Nurses" in screen_text(app)
        # The occupation with the title typed comes first, highlighted: Enter takes it.
        assert app.screen.query_one("#picker-list").highlighted_option.id == f"onet:{NURSE}"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.session.profile.occupation == NURSE)
        await settle(pilot)
        result = app.session.result
        assert result.occupation_chosen and result.occupations[0].onet_soc == NURSE
        assert abs(result.exposure - occupation_table()[NURSE].consensus_pct) < 0.5
        shown = screen_text(app, flat=True)
        assert "placed in Registered Nurses (chosen by you)" in shown
        assert "Occupation (chosen by you):" in shown
        assert ">99%" not in shown  # the person's choice is not a model estimate
        assert "the words you typed do not move it" in shown  # drivers say why they are gone
        # The form keeps the choice, so scoring again from F2 stays in it.
        await pilot.press("f2")
        # Waits for the profile view's repaint, not only for the app to look idle (a
        # pause read the screen before it under load 12; nothing was missing).
        note = "Occupation chosen by you: Registered Nurses (29-1141.00)"
        await wait_until(pilot, lambda: note in screen_text(app, flat=True), 20)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.session.result.occupations[0].onet_soc == NURSE
        # And "let the model decide" gives the choice back; the occupation's kind of
        # work is listed as the person's choice, not as the model's likeliest.
        await _open_picker(pilot)
        listed = app.screen.query_one("#picker-list")
        assert "Your choice" in str(listed.get_option_at_index(1).prompt)
        # The occupation picked, not the kind of work it is in ("Nursing and care").
        assert _ids(app)[2] == listed.highlighted_option.id == f"onet:{NURSE}"
        assert "Registered Nurses" in str(listed.get_option_at_index(2).prompt)
        app.screen.query_one("#picker-list").highlighted = 0
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.session.profile.occupation is None)
        await settle(pilot)
        assert not app.session.result.occupation_chosen


async def test_browsing_lists_the_kind_placed_in_then_the_likeliest_then_a_to_z():
    # "That's not me" listed every kind of work A to Z: a nurse placed in Nursing looked
    # for Health technicians or Healthcare practitioners among twenty-odd rows.
    from textual.app import App

    labels = {
        "arts": "Arts",
        "health_tech": "Health technicians",
        "nursing": "Nursing and care",
        "practitioners": "Healthcare practitioners",
        "trades": "Skilled trades",
    }
    kinds = [(cid, label, "what it is", "titles") for cid, label in labels.items()]
    likely = ["nursing", "practitioners", "gone", "health_tech", "practitioners"]
    picker = CategoryPicker(kinds, "nursing", False, likely=likely)
    app = App()
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(picker)
        await pilot.pause()
        ids = _ids(app)
        assert ids == [None, "nursing", "practitioners", "health_tech", None, "arts", "trades"]
        listed = picker.query_one("#picker-list")
        assert listed.highlighted_option.id == "nursing"
        assert "Likeliest for this profile" in str(listed.get_option_at_index(0).prompt)


async def test_after_a_pick_browsing_lists_the_pick_then_the_models_likeliest_then_a_to_z():
    from textual.app import App

    labels = {"arts": "Arts", "nursing": "Nursing and care", "trades": "Skilled trades"}
    kinds = [(cid, label, "what it is", "titles") for cid, label in labels.items()]
    picker = CategoryPicker(kinds, "trades", True, likely=["nursing", "trades"])
    app = App()
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(picker)
        await pilot.pause()
        assert _ids(app) == [MODEL_DECIDES, None, "trades", None, "nursing", None, "arts"]
        listed = picker.query_one("#picker-list")
        headings = [str(listed.get_option_at_index(i).prompt) for i in (1, 3, 5)]
        assert headings == [
            "Your choice",
            "Likeliest for this profile",
            "Every other kind of work, A to Z",
        ]
        assert listed.highlighted_option.id == "trades"


async def test_the_search_runs_off_the_event_loop_and_a_stale_search_is_dropped(
    tui_app, monkeypatch
):
    calls: list[tuple[str, bool]] = []
    real = occupation_search.search_occupations

    def slow(query, known):
        calls.append((query, threading.current_thread() is threading.main_thread()))
        time.sleep(0.4)  # slower than typing the next letters
        return real(query, known)

    monkeypatch.setattr(occupation_search, "search_occupations", slow)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await _open_picker(pilot)
        picker = app.screen
        await pilot.press(*"data")
        await wait_until(pilot, lambda: calls)  # the search for "data" is under way
        await pilot.press(*" scientist")  # typing is handled while it runs
        assert picker.query_text == "data scientist"
        await wait_until(pilot, lambda: picker.found[0] == "data scientist")
        assert all(not on_main for _, on_main in calls)
        assert "onet:15-2051.00" in _ids(app)  # Data Scientists, for the text in the box


def test_a_partial_word_finds_titles_it_starts_not_lookalikes():
    known = set(occupation_table())
    found = occupation_search.search_occupations("nurs", known)
    titles = [o.matched for o in found]
    assert titles and all("nurs" in t.casefold() for t in titles), titles
    assert found[0].code.startswith("29-1141")  # Nurse before Nursemaid
    # A typo still finds the word it was meant to be.
    assert "nursing" in occupation_search.search_occupations("nursng", known)[0].matched.casefold()


def test_a_word_typed_as_meant_lists_no_lookalike_of_it():
    # tmux, "That's not me" for a dog groomer: "groom" listed Animal Caretakers
    # ("Groomer") and then four machine-tending occupations for their title "Groover";
    # "embalm" listed Emblem Cutter and Emblem Maker under Embalmers. A word that starts
    # an O*NET title word was typed as meant: its near misses are other words.
    known = set(occupation_table())
    for typed in ("groom", "embalm", "dog groom"):
        found = occupation_search.search_occupations(typed, known)
        assert found, typed
        last = typed.split()[-1]
        assert all(last in o.matched.casefold() or "dog" in o.matched.casefold() for o in found), [
            o.matched for o in found
        ]
    assert occupation_search.search_occupations("groom", known)[0].title == "Animal Caretakers"


def test_a_slip_in_an_unfinished_word_still_finds_the_word_it_begins():
    # "Recepc" (on the way to "Receptionist", one letter off) found nothing: near
    # misses were looked for among whole words and starts a letter longer only.
    known = set(occupation_table())
    found = occupation_search.search_occupations("Recepc", known)
    assert found and found[0].title == "Receptionists and Information Clerks", found
    assert occupation_search.search_occupations("Plumbr", known)[0].code == "47-2152.00"


def test_an_occupations_own_title_begun_by_the_words_typed_comes_first():
    # Shorter alternate titles won: "occupational health" listed Registered Nurses
    # ("Occupational Health Nurse") and two more before Occupational Health and Safety
    # Specialists; "police" listed Fine Artists and Judges before any police officer.
    known = set(occupation_table())

    def first(query: str, n: int = 1) -> list[str]:
        return [o.title for o in occupation_search.search_occupations(query, known)][:n]

    assert first("occupational health") == ["Occupational Health and Safety Specialists"]
    assert all(t.startswith("Police") for t in first("police", 2))
    # A title typed whole still comes first ("Nurse" is Registered Nurses' own).
    assert first("nurse") == ["Registered Nurses"]


def test_a_title_several_occupations_share_lists_first_the_one_it_names():
    # tmux: "shelf stacker" (read as "stocker") listed Shoe Machine Operators and
    # Tenders first and Stockers and Order Fillers third: three occupations list the
    # alternate title "Stocker", and the tie went by the order of the titles file.
    known = set(occupation_table())
    found = occupation_search.search_occupations("shelf stacker", known)
    assert found[0].title == "Stockers and Order Fillers", [o.title for o in found]
    assert occupation_search.search_occupations("stocker", known)[0].code == "53-7065.00"


def test_a_near_miss_is_a_slip_not_a_shorter_word_inside_the_one_typed():
    # tmux: "pipelayer" listed Baseball Player and Calliope Player under Pipelayers.
    found = occupation_search.search_occupations("pipelayer", set(occupation_table()))
    assert found and all("pipelayer" in o.matched.casefold() for o in found), found


async def test_only_kinds_of_work_with_the_typed_word_are_listed_and_nothing_says_so(
    tui_app, screen_text
):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await _open_picker(pilot)
        await pilot.press(*"nurs")
        await wait_until(pilot, lambda: app.screen.found[0] == "nurs")
        kinds = [i for i in _ids(app) if i and not i.startswith("onet:")]
        assert kinds == ["nursing_care"], kinds
        shown = screen_text(app)
        assert "Aurist" not in shown and "Basic coding" not in shown
        # Nothing matching says so once, and what to try (it had an app run of its own).
        await pilot.press(*["backspace"] * 4, *"zqxv")
        await wait_until(pilot, lambda: app.screen.found[0] == "zqxv")
        shown = screen_text(app, flat=True)
        assert "Nothing matches “zqxv”. Try other words: a job title" in shown
        assert "Kinds of work" not in shown and "Occupations (O*NET)" not in shown
        await pilot.press("enter")  # nothing to pick: the picker stays open
        assert isinstance(app.screen, CategoryPicker)


async def test_enter_before_the_search_finishes_picks_its_first_occupation_not_a_kind(
    tui_app, monkeypatch, screen_text
):
    release = _held_search(monkeypatch)
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await _open_picker(pilot)
        await pilot.press(*"phlebotomist", "enter")  # no kind of work says it
        assert isinstance(app.screen, CategoryPicker)  # nothing to pick yet
        release.set()
        await wait_until(pilot, lambda: app.session.profile.occupation == "31-9097.00", 10)
        await settle(pilot)
        # Enter right after typing picks the first occupation, not a kind of work: "nurse"
        # also names the kind of work Nursing and direct care; Enter still waits for the
        # occupations and takes the first, and says it will (it had an app run of its own).
        release = _held_search(monkeypatch)
        await _open_picker(pilot)
        await pilot.press(*"registered nurse", "enter")
        await pilot.pause()
        assert "searching… the first occupation found will be picked" in screen_text(app)
        release.set()
        await wait_until(pilot, lambda: app.session.profile.occupation == NURSE, 10)


async def test_a_row_chosen_with_the_arrows_stays_and_reopening_lists_the_models_ranking(
    tui_app,
):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await _open_picker(pilot)
        likeliest = _ids(app)[1:4]  # the model's ranking, under its heading
        assert likeliest == ["data_analysis", "nursing_care", "customer_support"]
        picker = app.screen
        picker.TYPING_DELAY = 0.5  # the arrow is pressed before the search starts
        await pilot.press(*"nurs", "down")
        assert picker.query_one("#picker-list").highlighted_option.id == "nursing_care"
        await wait_until(pilot, lambda: picker.found[0] == "nurs")
        assert picker.query_one("#picker-list").highlighted_option.id == "nursing_care"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.session.profile.category == "nursing_care")
        await settle(pilot)
        # Reopened after the pick: the pick under "Your choice", then the model's own
        # ranking again (it listed the pick alone: a chosen result has no other).
        await _open_picker(pilot)
        ids = _ids(app)
        assert ids[:7] == [MODEL_DECIDES, None, "nursing_care", None, *likeliest[::2], None]
        listed = app.screen.query_one("#picker-list")
        assert "Your choice" in str(listed.get_option_at_index(1).prompt)
        assert "Likeliest for this profile" in str(listed.get_option_at_index(3).prompt)


async def test_a_profile_scored_with_a_choice_lists_the_models_ranking_in_the_picker(tui_app):
    # A client's record opened with a choice had no ranking before the pick to keep.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await fill_profile(pilot, "Data analyst", ["SQL"])
        app.profile_screen.set_choice("customer_support", None)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.session.result.category_chosen
        await _open_picker(pilot)
        ranked = ["data_analysis", "nursing_care"]
        assert _ids(app)[:7] == [MODEL_DECIDES, None, "customer_support", None, *ranked, None]


async def test_a_what_if_kept_after_a_pick_lists_the_models_ranking_of_the_kept_skills(
    tui_app, tiny_engine
):
    # A pick, then what-if: the kept variant (another skill) was never ranked by the
    # model (the ranking kept is the one before the pick, of other skills), so the
    # picker reopened after ctrl+y would list the pick alone unless it is worked out.
    from career_resilience.model.profile import Profile
    from career_resilience.tui.session import likeliest_kinds

    kept = Profile.create("Data analyst", ["SQL", "Excel"])
    ranked = likeliest_kinds(tiny_engine.score(kept, max_pivots=0))
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        app.rescore_in_category("customer_support")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        app.screen.add_skill("Excel")  # as typed and Enter
        await settle(pilot)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.session.profile == Profile.create(
            "Data analyst", ["SQL", "Excel"], category="customer_support"
        )
        await pilot.press("f3")
        await settle(pilot)
        await _open_picker(pilot)
        likely = [k for k in ranked if k != "customer_support"]
        assert _ids(app)[: 5 + len(likely)] == [
            MODEL_DECIDES, None, "customer_support", None, *likely, None
        ]  # fmt: skip


def test_a_found_occupations_figure_is_not_split_by_its_matched_title() -> None:
    # Seen in tmux at 80x24, "restaurant cook": Cashiers' line read "41-2011.00 · title
    # “Restaurant Cashier” · research percentile" with "60" alone on the next line (the
    # option list wraps at any space, 62 columns there).
    from textual.content import Content

    from career_resilience.wording import found_occupation

    line = found_occupation("41-2011.00", "Restaurant Cashier", "Cashiers", 60.0)
    for width in (62, 50, 40):
        wrapped = [part.plain for part in Content(line).wrap(width)]
        assert any("research percentile 60" in part for part in wrapped), wrapped
    # Without a matched title worth naming, the line is as before.
    assert found_occupation("35-2014.00", "cook", "Cooks, Restaurant", 32.0) == (
        "35-2014.00 · research percentile 32"
    )
