"""The main screen has its size's breakpoint classes before its first layout.

Textual sets a screen's breakpoint classes (`-wide`, `-tall`, ...) at its first resize, after its first
layout: the panes were styled and laid out again before the first frame (~20 ms at 160x48). The main
screen sets them itself when it composes (`screens/main.py`, `breakpoint_classes`); the resize then
finds them right and restyles nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.geometry import Size
from textual.screen import Screen

from crm_tui.app import CrmApp, make_app
from crm_tui.config import Settings
from crm_tui.screens.main import MainScreen, breakpoint_classes
from tests.tui.conftest import fixed_clock, wait_until


def textuals_classes(app: CrmApp, size: Size) -> set[str]:
    """The breakpoint classes Textual's `Screen._on_resize` gives a screen of `size`."""
    screen = MainScreen.__new__(MainScreen)  # only its breakpoint lookup is used, which reads no state
    return {name for dimension, points in ((size.width, app.HORIZONTAL_BREAKPOINTS or []),
                                           (size.height, app.VERTICAL_BREAKPOINTS or []))
            for name in screen._get_breakpoint_classes(dimension, points)}


def test_the_classes_are_textuals_at_every_size(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    names = {name for _, name in (*app.HORIZONTAL_BREAKPOINTS, *app.VERTICAL_BREAKPOINTS)}
    for width in range(0, 220, 3):
        for height in range(0, 70, 3):
            classes = breakpoint_classes(app, Size(width, height))
            assert set(classes) == names, "every class said on or off"
            assert {name for name, on in classes.items() if on} == textuals_classes(app, Size(width, height))


@pytest.mark.parametrize("size", [(160, 48), (120, 36), (80, 24)])
async def test_the_panes_are_styled_for_the_size_before_the_first_layout(
        tui_settings: Settings, size: tuple[int, int], monkeypatch: Any) -> None:
    at_mount: list[set[str]] = []
    changes: list[set[str]] = []
    mounted = MainScreen.on_mount

    def on_mount(screen: MainScreen) -> None:
        at_mount.append(set(screen.classes))
        mounted(screen)

    def update_classes(screen: MainScreen, classes: Any, update: bool = True, animate: bool = True) -> Any:
        before = set(screen.classes)
        result = Screen.update_classes(screen, classes, update=update, animate=animate)
        if set(screen.classes) != before:
            changes.append(set(screen.classes) ^ before)
        return result

    monkeypatch.setattr(MainScreen, "on_mount", on_mount)
    monkeypatch.setattr(MainScreen, "update_classes", update_classes)
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=size) as pilot:
        await wait_until(pilot, lambda: app.leads_loaded, "the leads")
        expected = textuals_classes(app, Size(*size))
        assert expected <= at_mount[0], "the classes were there when the panes mounted"
        assert expected <= set(app.main.classes)
        assert changes == [expected], "set once, when the screen composed: the first resize changed none"
