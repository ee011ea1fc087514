"""Which of the screens a person opens over the main screen (a lead's detail, the agenda, the pipeline,
the help) are open now.

Those screens are imported when first opened, not with the app: neither the first frame nor the
start-up's embedded CRM, which share the one interpreter, wait for their modules. A screen whose module
was never imported cannot be on the stack, so nothing here imports one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

if TYPE_CHECKING:
    from crm_tui.screens.agenda import AgendaScreen
    from crm_tui.screens.help import HelpScreen
    from crm_tui.screens.lead_detail import LeadDetailScreen
    from crm_tui.screens.pipeline import PipelineScreen


def _of_kind(stack: Iterable[Screen[Any]], module: str, name: str) -> list[Any]:
    loaded = sys.modules.get(module)
    if loaded is None:
        return []
    kind = getattr(loaded, name)
    return [screen for screen in stack if isinstance(screen, kind)]


def lead_details(stack: Iterable[Screen[Any]]) -> list[LeadDetailScreen]:
    return _of_kind(stack, "crm_tui.screens.lead_detail", "LeadDetailScreen")


def agendas(stack: Iterable[Screen[Any]]) -> list[AgendaScreen]:
    return _of_kind(stack, "crm_tui.screens.agenda", "AgendaScreen")


def pipelines(stack: Iterable[Screen[Any]]) -> list[PipelineScreen]:
    return _of_kind(stack, "crm_tui.screens.pipeline", "PipelineScreen")


def helps(stack: Iterable[Screen[Any]]) -> list[HelpScreen]:
    return _of_kind(stack, "crm_tui.screens.help", "HelpScreen")
