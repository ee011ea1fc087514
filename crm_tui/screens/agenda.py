"""The agenda on a screen of its own (f2): at 80x24 the main screen has no room for it; at 160x48 it
also sits beside the lead table. The same pane, fed by the app from the change feed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from crm_tui.widgets.agenda import AgendaPane, LeadInfo
from crm_tui.widgets.footer import SteadyFooter


class AgendaScreen(Screen[None]):
    """Today's and tomorrow's visits, full screen. Escape (or f2) goes back."""

    BINDINGS = [Binding("escape,f2", "app.pop_screen", "Back", id="agenda.close")]

    def __init__(self, reader: Any, *, tz: str, clock: Callable[[], datetime], lead_info: LeadInfo) -> None:
        super().__init__(id="agenda-screen")
        self.pane = AgendaPane(reader, tz=tz, clock=clock, lead_info=lead_info, id="agenda-full")

    def compose(self) -> ComposeResult:
        yield self.pane
        yield SteadyFooter(compact=True)
