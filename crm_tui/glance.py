"""The change feed, passed on to the at-a-glance views (agenda panes and pipeline screens) wherever they
are in the screen stack: the main screen's agenda at 160x48, an agenda or pipeline screen on top."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.screen import Screen

from crm_tui.screens.opened import pipelines
from crm_tui.widgets.agenda import AgendaPane


def read_agendas_again(screens: Iterable[Screen[Any]]) -> None:
    """Every agenda pane in `screens` waiting out a pause between reads of its days reads them now."""
    for screen in screens:
        for pane in screen.query(AgendaPane):
            pane.crm_is_up()


def follow_change(screens: Iterable[Screen[Any]], event_type: str, data: dict[str, Any]) -> None:
    """Tell every agenda and pipeline view in `screens` about one committed change."""
    screens = list(screens)
    for pipeline in pipelines(screens):
        pipeline.note_change()
    for screen in screens:
        for pane in screen.query(AgendaPane):
            if event_type.startswith("visit."):
                pane.note_visit(data)
            elif event_type.startswith("lead."):
                pane.note_lead(data)
