"""Drivers read as words the person used: merged, never invented, never contradicting."""

from __future__ import annotations

from career_resilience.model.result import Driver, DutyScore
from career_resilience.tui.widgets.drivers import readable_drivers

TYPED = {
    "title": "Senior accountant",
    "skills": "GAAP; Microsoft Excel",
    "duties": "Reconcile the ledgers\nTrain new hires",
}


def test_overlapping_title_words_are_one_line_with_their_points_added():
    lines = readable_drivers(
        [
            Driver('title "accountant"', 15.5),
            Driver('title "senior"', 2.8),
            Driver('title "senior accountant"', 1.9),
            Driver('skills mention "excel"', 7.4),
            Driver('skills mention "microsoft"', 3.5),
            Driver('skills mention "microsoft excel"', 2.6),
        ],
        TYPED,
    )
    assert [(line.text, round(line.points, 1)) for line in lines] == [
        ('your title: "Senior accountant"', 20.2),  # spelled as the person typed it
        ('your skills: "Microsoft Excel"', 13.5),
    ]


def test_an_abbreviation_is_shown_as_typed_not_as_its_expansion():
    lines = readable_drivers([Driver('title "RN"', 4.2)], {"title": "RN - med/surg"})
    assert [line.text for line in lines] == ['your title: "RN"']


def test_a_word_the_person_did_not_type_is_never_shown():
    lines = readable_drivers(
        [Driver('skills mention "financial"', 2.2), Driver('title "full"', 1.0)], TYPED
    )
    assert lines == []


def test_a_duty_against_its_own_score_says_its_points_come_through_the_match():
    # A very high duty "pulling down" was left out, and the list then did not explain
    # the points it moved (a farmhand's "Feed the cattle", rated 3, +3.5).
    duties = [DutyScore("Reconcile the ledgers", 84.0, 0.5), DutyScore("Train new hires", 20, 0.5)]
    lines = readable_drivers(
        [
            Driver('duty "Reconcile the ledgers"', -0.4),
            Driver('duty "Train new hires"', -3.0),
            Driver('duty "Feed the cattle"', 3.5),
        ],
        TYPED,
        [*duties, DutyScore("Feed the cattle", 3.0, 0.0)],
    )
    assert [line.text for line in lines] == [
        'duty "Feed the cattle" (moves your match toward more exposed occupations)',
        'duty "Train new hires"',
        'duty "Reconcile the ledgers" (moves your match toward less exposed occupations)',
    ]


def test_a_short_list_keeps_the_rest_line_and_cuts_named_items_instead():
    # What-if shows three lines a side: a court clerk's +6.0 rest was the one cut, so
    # the list no longer added up to the score beside it.
    from career_resilience.model.driver_lines import DriverLine
    from career_resilience.tui.widgets.drivers import DriverList
    from career_resilience.wording import REST_DRIVER

    lines = [
        DriverLine('your title as a whole: "Court clerk"', 33.8),
        DriverLine('duty "file court documents"', 2.2),
        DriverLine('skill "Microsoft Word"', 1.0),
        DriverLine('skill "data entry"', 0.6),
        DriverLine(REST_DRIVER, 6.0),
    ]
    shown = DriverList(limit=3, legend=False)._text(lines, "", [], 80).plain
    assert REST_DRIVER in shown and "+6.0" in shown
    assert "Microsoft Word" not in shown and "data entry" not in shown  # they give way
    assert shown.count("\n") == 5  # two headings, three lines, "nothing" below
    whole = DriverList(limit=5, legend=False)._text(lines, "", [], 80).plain
    assert all(line.text in whole for line in lines)


def test_the_result_s_drivers_end_with_a_short_legend_of_what_the_points_are():
    # Issue 11: drivers "with a short legend". The result's list (legend on by default)
    # says what the points are on; what-if's three a side leave it out for room.
    from career_resilience.model.driver_lines import DriverLine
    from career_resilience.tui.widgets.drivers import DriverList
    from career_resilience.wording import DRIVERS_LEGEND

    lines = [DriverLine('your title as a whole: "Court clerk"', 33.8)]
    shown = " ".join(DriverList()._text(lines, "", [], 40).plain.split())
    assert shown.endswith(DRIVERS_LEGEND)
    assert len(DRIVERS_LEGEND) < 80  # short: a line or two, not a paragraph
    bare = DriverList(legend=False)._text(lines, "", [], 40).plain
    assert DRIVERS_LEGEND.split()[0] not in bare
