"""Fixing a lead from the dashboard: the edit form (`e`) and the archive confirmation (`a`).

The form checks each field as the CRM would (one phone normaliser: `crm_tui.nlu.phones`; the CRM's
length limits, from the tool declaration) and shows what is wrong under the field, before anything is
sent. What it saves goes through the bot core, like a spoken correction, so ctrl+z and "undo" take it
back; a refusal from the CRM is shown under its field too, and the form stays open with what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from crm_tui.bot.tools import tool_spec
from crm_tui.bot.types import BotResult
from crm_tui.bot.undo import EDITABLE, describe
from crm_tui.nlu.phones import PhoneError, normalize_phone
from crm_tui.worker_failures import TellsWorkerFailures

SaveEdit = Callable[[dict[str, str | None]], Awaitable[BotResult]]
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_LABELS = {"name": "Name", "phone": "Phone", "city": "City", "source": "Source"}


def check_field(field: str, raw: str) -> tuple[str | None, str | None]:
    """(the value to save, None) or (None, what is wrong with it), as the CRM would judge it."""
    value = " ".join(raw.split())
    if field == "phone":
        try:
            return normalize_phone(value), None
        except (PhoneError, ValueError) as exc:
            return None, str(exc)
    if _CONTROL.search(raw):
        return None, "must not contain control characters"
    if not value and field != "source":
        return None, f"{_LABELS[field].lower()} cannot be empty"
    spec = tool_spec("updateLead")
    param = spec.param(field) if spec else None
    limit = param.max_length if param else None
    if limit is not None and len(value) > limit:
        return None, f"at most {limit} characters ({len(value)} given)"
    return value, None


class EditLeadScreen(TellsWorkerFailures, ModalScreen[bool]):
    """Name, phone, city and source of one lead, each with its error line; dismisses True once saved."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
        Binding("ctrl+s", "save", "Save", id="edit.save"),
    ]

    def __init__(self, lead: dict[str, Any], save: SaveEdit) -> None:
        super().__init__(id="lead-edit")
        self.lead = lead
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box"):
            yield Static(f"Edit {self.lead.get('name', 'lead')}", id="edit-title")
            for field in EDITABLE:
                yield Label(_LABELS[field], classes="edit-label")
                yield Input(str(self.lead.get(field) or ""), id=f"edit-{field}", compact=True)
                yield Static("", id=f"edit-{field}-error", classes="edit-error")
            yield Static("", id="edit-error", classes="edit-error")
            with Horizontal(id="edit-buttons"):
                yield Button("Save", variant="primary", id="edit-save")
                yield Button("Cancel", id="edit-cancel")

    def on_mount(self) -> None:
        self.field_input("name").focus()

    def field_input(self, field: str) -> Input:
        """The box of one of the EDITABLE fields."""
        return self.query_one(f"#edit-{field}", Input)

    def _show(self, field: str | None, message: str) -> None:
        target = f"#edit-{field}-error" if field in EDITABLE else "#edit-error"
        self.query_one(target, Static).update(message)

    def changes(self) -> dict[str, str | None] | None:
        """The fields that differ from the lead, checked; None (errors shown) when one is wrong."""
        out: dict[str, str | None] = {}
        ok = True
        for field in EDITABLE:
            raw = self.field_input(field).value
            value, problem = check_field(field, raw)
            self._show(field, problem or "")
            if problem is not None:
                ok = False
                continue
            if (value or None) != (self.lead.get(field) or None):
                out[field] = value or None
        return out if ok else None

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        changes = self.changes()
        if changes is None:
            return
        self._show(None, "")
        if not changes:
            self.dismiss(False)
            return
        self._send(changes)

    @work(exclusive=True, group="lead-edit", exit_on_error=False)
    async def _send(self, changes: dict[str, str | None]) -> None:
        result = await self.save(changes)
        if result.ok:
            self.dismiss(True)
            return
        error = result.error
        field = error.field if error is not None else None
        self._show(field, result.message or (error.details if error else "not saved"))


class ConfirmArchiveScreen(ModalScreen[bool]):
    """"Archive Banao (Jaipur, 98765 43210)? Its 1 visit will be cancelled." Yes archives, no keeps it."""

    BINDINGS = [
        Binding("y", "answer(True)", "Archive", id="archive.yes"),
        Binding("n,escape", "answer(False)", "Keep", id="archive.no"),
    ]

    def __init__(self, lead: dict[str, Any], scheduled_visits: int) -> None:
        super().__init__(id="archive-confirm")
        self.lead = lead
        self.scheduled_visits = scheduled_visits

    def question(self) -> str:
        count = self.scheduled_visits
        visits = f" Its {count} visit{'s' if count != 1 else ''} will be cancelled." if count else ""
        return f"Archive {describe(self.lead)}?{visits} ctrl+z brings it back."

    def compose(self) -> ComposeResult:
        with Vertical(id="archive-box"):
            yield Static(self.question(), id="archive-question")
            with Horizontal(id="archive-buttons"):
                yield Button("Archive (y)", variant="error", id="archive-yes")
                yield Button("Keep (n)", id="archive-no")

    @property
    def keep_button(self) -> Button:
        return self.query_one("#archive-no", Button)

    def on_mount(self) -> None:
        self.keep_button.focus()

    @on(Button.Pressed, "#archive-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#archive-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
