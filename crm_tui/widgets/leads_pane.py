"""The leads pane: the filter line, the lead table and the title over them, and the workers that fill them.

The pane owns the state it shows (the filter, the archived view, whether every page is in) and runs
its own loading workers, so the App only says when to load (the CRM answered, or came back).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input

from crm_tui.bot.client import CrmUnavailable
from crm_tui.feed import CrmReader, read_until_answered
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.worker_failures import TellsWorkerFailures

# Leads a page: the API's maximum, so 100,000 leads are 100 requests (see bench/bench_tui.py).
PAGE_SIZE = 1000
ADD_SLICE = 250  # rows added to the table between two looks at the keyboard (~6 ms)
# A few ms for queued keys and feed events between slices: a key needs a loop turn per hop
# (app -> screen -> table), so sleep(0) would let it move one hop only.
SLICE_PAUSE_S = 0.003
# A read that got no answer is made again after these pauses (then every last one) until the CRM
# answers: one lost read must not leave the table empty until the next restart.
READ_AGAIN_AFTER_S = (0.5, 1.0, 2.0, 5.0)

T = TypeVar("T")


class LeadsPane(TellsWorkerFailures, Vertical):
    """The filter line over the lead table; the border title says how many leads and which filter."""

    class FirstPage(Message):
        """The first page of leads is in the table: the CRM answers, and reads that waited for it (the
        agenda's) may be made now, after the table's, which a person looks at first."""

    def __init__(
        self,
        reader: CrmReader,
        *,
        tz: str,
        clock: Callable[[], datetime],
        id: str | None = None,  # noqa: A002 - Textual's own name
    ) -> None:
        super().__init__(id=id)
        self.reader = reader
        self.tz = tz
        self.clock = clock
        self.loaded = False
        """Every page of leads is in (the title stops saying "loading…")."""
        self.waiting_for_crm = False
        """A read got no answer and is being made again (the title says so)."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter leads: name, phone, city, source or status", id="lead-filter")
        yield LeadTable(tz=self.tz, clock=self.clock, id="leads")

    @property
    def table(self) -> LeadTable:
        return self.query_one(LeadTable)

    @property
    def filter_box(self) -> Input:
        return self.query_one("#lead-filter", Input)

    def on_mount(self) -> None:
        self.filter_box.display = False
        self.border_title = "Leads"
        self.watch(self.table, "shown_count", self.retitle, init=False)
        self.watch(self.table, "known_count", self.retitle, init=False)

    def retitle(self, _: object = None) -> None:
        table = self.table
        title = f"Leads {table.known_count:,}"
        if table.filter_text:
            title = f"Leads {table.shown_count:,} of {table.known_count:,} · filter “{table.filter_text}”"
        if table.assignee is not None:
            title = f"My leads {table.shown_count:,} of {table.known_count:,} ({table.assignee}) · f8 for everyone's"
            title += f" · filter “{table.filter_text}”" if table.filter_text else ""
        if table.show_archived:
            title = f"Archived leads {table.shown_count:,} · insert restores · f7 back to the live leads"
        elif not self.loaded:
            # "Leads 28,000" while the pages come in read as the whole CRM.
            title += " · loading… (the CRM is not answering; trying again)" if self.waiting_for_crm else " · loading…"
        # Text: a str title is read as markup, and the filter is whatever was typed ("[/]" included).
        self.border_title = Text(title)

    # --- the filter ---------------------------------------------------------------------------

    def open_filter(self) -> None:
        self.filter_box.display = True
        self.filter_box.focus()

    def clear_filter(self) -> None:
        """Empty the filter (every lead back), hide its line, and leave the focus on the table."""
        self.filter_box.value = ""
        self.filter_box.display = False
        self.table.focus()

    @property
    def filtered(self) -> bool:
        return bool(self.filter_box.value)

    @on(Input.Changed, "#lead-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.table.filter_text = event.value.strip()
        self.retitle()

    @on(Input.Submitted, "#lead-filter")
    def filter_done(self, event: Input.Submitted) -> None:
        self.filter_box.display = bool(self.filter_box.value)
        self.table.focus()

    def toggle_archived(self) -> None:
        table = self.table
        table.show_archived = not table.show_archived
        self.set_class(table.show_archived, "-archived")
        if table.show_archived:
            self.load_archived()
        self.retitle()

    @work(exclusive=True, group="mine", exit_on_error=False)
    async def toggle_mine(self, user: str | None) -> None:
        """Only the leads assigned to me (`user`, else the token's user from the CRM); again: everyone's."""
        table = self.table
        if table.assignee is None:
            me = user or (await self.reader.me()).get("name")
            if not me:
                self.notify("My leads needs your own token (crm-server users add NAME) as CRM_API_TOKEN, or "
                            "CRM_USER set to your name", severity="warning", title="Who are you?", markup=False)
                return
            table.assignee = str(me)
        else:
            table.assignee = None
        self.retitle()

    # --- loading --------------------------------------------------------------------------------

    async def read_until_answered(self, read: Callable[[], Awaitable[T]], what: str) -> T:
        """`read()`, made again while the CRM gives no answer (`READ_AGAIN_AFTER_S`); the first miss is
        told ("`what`: why; trying again") and the title says so until an answer comes. A CRM that
        answers with an error (a refused token, a bad request) is that error: the worker fails and the
        App says so."""

        def missed(attempt: int, exc: CrmUnavailable) -> None:
            if attempt == 0:
                self.notify(f"{what}: {exc}. Trying again until it answers.", severity="warning",
                            title="CRM", markup=False)
            self.waiting_for_crm = True
            self.retitle()

        answer = await read_until_answered(read, READ_AGAIN_AFTER_S, missed)
        if self.waiting_for_crm:
            self.waiting_for_crm = False
            self.retitle()
        return answer

    @work(exclusive=True, group="leads", exit_on_error=False)
    async def load_leads(self) -> None:
        """Every lead, a page at a time; each page goes into the table between keypresses."""
        table = self.table
        cursor: str | None = None
        first = True
        while True:
            leads, cursor = await self.read_until_answered(partial(self.reader.leads_page, cursor, limit=PAGE_SIZE), "Could not load the leads")
            for start in range(0, len(leads), ADD_SLICE):
                table.add_page(leads[start : start + ADD_SLICE])
                await asyncio.sleep(SLICE_PAUSE_S)
            if first:
                self.post_message(self.FirstPage())
                first = False
            if cursor is None:
                break
        self.loaded = True
        self.retitle()  # "Leads 0" on an empty CRM: loaded, not still loading
        table.resort()  # sorted while pages came in: those rows were appended
        self.load_visits()

    @work(exclusive=True, group="visits", exit_on_error=False)
    async def load_visits(self) -> None:
        """Every visit, a page at a time, for the table's "Next visit" column (the feed adds new ones;
        cancelled and moved visits are left out by `note_visit`)."""
        table = self.table
        cursor: str | None = None
        while True:
            visits, cursor = await self.read_until_answered(partial(self.reader.visits_page, cursor, limit=PAGE_SIZE), "Could not load the visits")
            for visit in visits:
                table.note_visit(visit, place=False)
            await asyncio.sleep(SLICE_PAUSE_S)
            if cursor is None:
                break
        if table.sort_key == "next":
            table.resort()

    @work(exclusive=True, group="leads", exit_on_error=False)
    async def load_archived(self) -> None:
        """The archived leads (left out of the usual list), for the archived view."""
        cursor: str | None = None
        while True:
            leads, cursor = await self.reader.leads_page(cursor, limit=PAGE_SIZE, archived="only")
            self.table.add_page(leads)
            if cursor is None:
                break

    @work(exclusive=True, group="export", exit_on_error=False)
    async def export(self) -> None:
        """The lead table as shown (filter and sort) to a CSV file; its path in a toast."""
        from crm_tui.widgets.export import export_view  # the csv module and all: when first asked for

        path = await export_view(self.table, self.clock())
        self.notify(f"Exported the leads as shown to {path}", title="Export", markup=False, timeout=10)
