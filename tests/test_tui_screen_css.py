"""A screen's own stylesheet is obeyed: the app's sheets never set a property that a
screen's sheet sets on the same widget.

A screen's sheet is its DEFAULT_CSS (``screens.base.screen_css``), and Textual ranks any
rule of the app's own CSS above every default rule, whatever the selectors. app.tcss's
``.panel { height: auto }`` made whatif.tcss's ``height: 1fr`` lines dead: the effect
panel grew to 32 rows in a 20-row body at 80x24 and its bottom was out of reach until
Python set the heights by hand.
"""

from __future__ import annotations

from textual.css.match import match
from textual.css.stylesheet import Stylesheet
from tui_support import score_profile, settle

from career_resilience.tui.app import ResilienceApp
from career_resilience.tui.screens.base import STYLES

#: The sheets the app loads as its own CSS (ResilienceApp.CSS_PATH).
APP_SHEETS = [str(path) for path in ResilienceApp.CSS_PATH]  # type: ignore[union-attr]


def _rules(app, *paths: str):
    """The rule sets of the given .tcss files, parsed as ``app`` parses them."""
    sheet = Stylesheet(variables=app.get_css_variables())
    for path in paths:
        sheet.read(path)
    sheet.parse()
    return sheet.rules


def _clashes(screen, screen_sheet: str, app_rules) -> list[str]:
    """Properties of a widget on ``screen`` set both by an app sheet (``app_rules``) and
    by the screen's own sheet (the screen's value is then never used)."""
    own_rules = _rules(screen.app, str(STYLES / f"{screen_sheet}.tcss"))
    found = []
    for node in [screen, *screen.walk_children()]:
        set_by_app = {
            key: rule.selector_set
            for rule in app_rules
            if match(rule.selector_set, node)
            for key in rule.styles.get_rules()
        }
        for rule in own_rules:
            if not match(rule.selector_set, node):
                continue
            for key in rule.styles.get_rules().keys() & set_by_app.keys():
                found.append(
                    f"{node!r}: {key} (app: {set_by_app[key]}, screen: {rule.selector_set})"
                )
    return found


def test_the_clash_check_sees_the_rule_that_made_whatif_heights_dead(tmp_path, tui_app):
    """The check itself: a .panel height in the app's sheet clashes with whatif.tcss."""
    sheet = tmp_path / "app.tcss"
    sheet.write_text(".panel { height: auto; }\n", encoding="utf-8")
    app = tui_app()
    rules = _rules(app, str(sheet))
    own = _rules(app, str(STYLES / "whatif.tcss"))
    app_keys = {key for rule in rules for key in rule.styles.get_rules()}
    own_panel_keys = {
        key
        for rule in own
        if any("#whatif-effect" in str(selectors) for selectors in rule.selector_set)
        for key in rule.styles.get_rules()
    }
    assert "height" in app_keys & own_panel_keys


async def test_no_app_rule_outranks_a_screens_own_sheet(tui_app):
    """Result, what-if, pivots, the client list: every rule of the screen's sheet that
    matches a widget is the one in force for what it sets."""
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Dental hygienist", ["Scaling", "Patient education"])
        clashes = []
        app_rules = _rules(app, *APP_SHEETS)  # parsed once, not once a screen
        for key, sheet in (("f3", "result"), ("f5", "whatif"), ("f4", "pivots"), ("f6", "clients")):
            await pilot.press(key)
            await settle(pilot)
            clashes += _clashes(app.screen, sheet, app_rules)
        assert clashes == []


async def test_whatif_panels_fill_the_body_from_its_sheet_at_80x24(tui_app):
    """The effect panel is the body's height (it scrolls inside), not its content's."""
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Accounts payable clerk", ["Excel", "GAAP"])
        await pilot.press("f5")
        await settle(pilot)
        body = app.screen.query_one("#whatif-body")
        for panel in ("#whatif-skills", "#whatif-effect"):
            widget = app.screen.query_one(panel)
            assert widget.styles.inline.get_rules() == {}, "heights come from whatif.tcss"
            assert widget.outer_size.height == body.size.height, panel
