"""Every colour the app paints text with is readable: WCAG AA, 4.5:1, in both themes.

The colours are read from the themes as Textual resolves them, and the variables are
the ones the app's own code and stylesheets use for text (found by reading them), so
a new colour in a screen is checked without anyone listing it here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.app import App
from textual.color import Color
from textual.constants import DIM_FACTOR

from career_resilience.tui.themes import THEMES

TUI = Path(__file__).parent.parent / "tui"
AA = 4.5
#: What text sits on: the screen, the panels and the surfaces of inputs and dialogs.
BACKGROUNDS = ("background", "surface", "panel")
#: Variables that are backgrounds or borders, never text.
NOT_TEXT = re.compile(r"(background|surface|panel|boost|border|scrollbar)")


def text_variables() -> set[str]:
    """``$name``s used for text in the app's Python and .tcss (not backgrounds/borders)."""
    found: set[str] = set()
    for path in [*TUI.rglob("*.py"), *TUI.rglob("*.tcss")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\b(background|border[-a-z]*|scrollbar[-a-z]*)\s*:", line):
                continue  # a .tcss background or border rule
            for match in re.finditer(r"(?<!on )\$([a-z][a-z-]*)", line):
                if not NOT_TEXT.search(match[1]):
                    found.add(match[1])
    return found


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def theme_colors(name: str) -> dict[str, str]:
    app = App()
    for theme in THEMES:
        app.register_theme(theme)
    app.theme = name
    return app.get_css_variables()


def test_the_app_paints_text_with_theme_variables_it_can_check():
    used = text_variables()
    assert {"text-success", "text-warning", "text-error", "text-muted"} <= used
    assert "foreground" in used or "text" in used or used  # found something to check


@pytest.mark.parametrize("theme", [t.name for t in THEMES])
def test_every_text_colour_meets_wcag_aa(theme):
    colors = theme_colors(theme)
    failures = []
    # Textual paints placeholders and disabled rows with $text-disabled.
    for name in sorted(text_variables() | {"foreground", "text-disabled"}):
        value = colors.get(name)
        if value is None or value.startswith(("auto", "ansi")):
            continue  # "auto" is computed by Textual for contrast against its background
        for back in BACKGROUNDS:
            bg = Color.parse(colors[back])
            fg = bg + Color.parse(value)  # blend any transparency onto the background
            ratio = contrast(fg, bg)
            if ratio < AA:
                failures.append(f"${name} {value} on ${back} {colors[back]}: {ratio:.2f}")
    assert not failures, failures


@pytest.mark.parametrize("theme", [t.name for t in THEMES])
def test_dim_text_meets_wcag_aa(theme):
    """``dim`` text is the foreground blended into the background, as Textual draws it."""
    colors = theme_colors(theme)
    fg = Color.parse(colors["foreground"])
    for back in BACKGROUNDS:
        bg = Color.parse(colors[back])
        dim = bg.blend(fg, DIM_FACTOR)
        assert contrast(dim, bg) >= AA, f"dim on ${back}: {contrast(dim, bg):.2f}"
