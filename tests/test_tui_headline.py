"""The result's first line never cuts a word of the occupation: a long one wraps onto a
second line, and a person's own pick still reads "(chosen by you)"."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from career_resilience.tui.widgets.headline import Headline

LONG = "Nursing Instructors and Teachers, Postsecondary"


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield Headline()
        yield Static("scores", id="below")


async def test_a_long_chosen_occupation_wraps_at_a_word_and_keeps_its_choice():
    app = _One()
    async with app.run_test(size=(80, 6)) as pilot:
        line = app.query_one(Headline)
        line.show("RN - med/surg", LONG, "chosen by you")
        await pilot.pause()
        lines = [str(part) for part in line.render().wrap(line.content_size.width)]
        assert line.region.height == 2  # the scores move down a line, not over it
        assert app.query_one("#below").region.y == line.region.bottom
        assert lines == [
            "RN - med/surg  ·  placed in Nursing Instructors and Teachers, Postsecondary",
            "(chosen by you)",
        ], lines


async def test_a_headline_that_fits_stays_on_one_line_whole():
    app = _One()
    async with app.run_test(size=(80, 6)) as pilot:
        line = app.query_one(Headline)
        line.show("RN", "Registered Nurses", "chosen by you")
        await pilot.pause()
        assert line.region.height == 1
        assert line.render().plain.startswith("RN  ·  placed in Registered Nurses (chosen by you)")
        line.show("RN - med/surg", LONG, "chosen by you")  # a longer one after it: 2 lines
        await pilot.pause()
        assert line.region.height == 2
        await pilot.resize_terminal(140, 6)  # wide enough again: back to one line
        await pilot.pause()
        assert line.region.height == 1
        assert LONG in line.render().plain


async def test_past_two_lines_the_kind_of_work_is_shortened_at_a_word():
    app = _One()
    async with app.run_test(size=(40, 6)) as pilot:
        line = app.query_one(Headline)
        line.show("Registered nurse, medical-surgical unit", LONG, "chosen by you")
        await pilot.pause()
        text = " ".join(str(p) for p in line.render().wrap(line.content_size.width))
        assert line.region.height == 2
        assert text.endswith("… (chosen by you)"), text
        kept = text.split("placed in ")[1].split("…")[0]
        assert f"{LONG} ".startswith(f"{kept} "), kept  # whole words, cut between two


async def test_an_unsure_placement_keeps_not_you_at_80_columns():
    # "Retired" + gardening; woodwork at 80x24 read "Retired · placed in Cleaning and
    # grounds keeping (28% sure)" with no "not you?": the hint went first when the line
    # was too long, though a guess that unsure is when it is wanted most.
    app = _One()
    async with app.run_test(size=(80, 6)) as pilot:
        line = app.query_one(Headline)
        line.show("Retired", "Cleaning and grounds keeping", "28% sure", unsure=True)
        await pilot.pause()
        assert line.region.height == 1
        text = line.render().plain
        assert "Cleaning and grounds keeping (28% sure)" in text
        assert text.endswith("not you? press c"), text
        # A sure placement keeps "placed in" instead, as before.
        line.show("Baker", "Manufacturing and production", ">99% sure")
        await pilot.pause()
        assert line.render().plain == "Baker  ·  placed in Manufacturing and production (>99% sure)"


async def test_a_title_typed_as_a_sentence_leaves_room_for_where_it_was_placed():
    # A seasonal farm worker typed a 157-character title: its words filled both lines,
    # the last of them cut off, and "placed in Agriculture, ..." was not shown at all.
    role = (
        "I am currently working as a part time seasonal agricultural worker picking fruit "
        "and vegetables on several farms across the county while also doing deliveries"
    )
    app = _One()
    async with app.run_test(size=(80, 6)) as pilot:
        line = app.query_one(Headline)
        line.show(role, "Agriculture, fishing and forestry", "88% sure")
        await pilot.pause()
        lines = [str(p) for p in line.render().wrap(line.content_size.width)]
        assert line.region.height == 2 and len(lines) == 2, lines
        text = " ".join(lines)
        assert text.endswith("placed in Agriculture, fishing and forestry (88% sure)"), text
        kept = text.split("…")[0]
        assert f"{role} ".startswith(f"{kept} "), kept  # the title cut between two words
