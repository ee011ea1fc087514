"""The dashboard's link to the CRM: find it (or start one in-process), follow its change feed, take over.

`CrmApp` extends `CrmLink`. The reads go through `feed.CrmReader`, the feed through `feed.ChangeFeed`,
both on the App's one `CrmSession`; the changes reach the lead table, the agenda and pipeline views and
an open lead's detail from here.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.reactive import reactive

from crm_tui.bot.client import CrmSession
from crm_tui.config import Settings
from crm_tui.feed import ChangeFeed, FeedEvent, FeedState
from crm_tui.glance import follow_change, read_agendas_again
from crm_tui.messages import FeedStateChanged, LeadEvent
from crm_tui.screens.opened import lead_details
from crm_tui.widgets.leads_pane import LeadsPane

if TYPE_CHECKING:
    from crm_tui.screens.main import MainScreen


class CrmLink(App[None]):
    """The App's side of the CRM connection: the embedded server, the feed, the events it brings."""

    settings: Settings
    start_embedded: bool
    embedded_server: Any
    crm_http: CrmSession
    main: MainScreen
    imports_in_turn: asyncio.Lock

    crm_state: reactive[FeedState] = reactive("connecting")
    """The CRM change feed's connection: connecting, connected, reconnecting or down."""

    @property
    def leads_loaded(self) -> bool:
        """Every page of leads is in the table."""
        return self.main.leads.loaded

    @work(exclusive=True, group="crm", exit_on_error=False)
    async def start_crm(self) -> None:
        """Find the CRM (or start one in-process), then follow its feed and load its leads.

        Whatever happened on the way, the feed is followed and the leads are loaded: the load reads
        again until the CRM answers, so a CRM that comes up later still fills the table."""
        if self.start_embedded:
            from crm_tui.embedded import ensure_crm

            try:
                self.embedded_server = await ensure_crm(self.settings, self.imports_in_turn)
            except Exception as exc:  # port taken by something else, data dir not writable, ...
                # Say what and what to do, then keep following the URL: if a CRM comes up there, the
                # feed connects and the table loads; until then the status line says "down".
                self.notify(f"No CRM answers at {self.settings.crm_base_url} and none could be started here: "
                            f"{exc}. Start crm-server, or set CRM_BASE_URL (or --crm-url) to where it runs.",
                            severity="error", title="CRM", timeout=30, markup=False)
            if self.embedded_server is not None:
                self.notify(f"No CRM answered at {self.settings.crm_base_url}; started one here "
                            f"(data in {self.settings.crm_data_dir}).", title="CRM", markup=False)
        self.follow_feed()
        self.main.leads.load_leads()

    def _may_take_over(self) -> bool:
        """Whether this dashboard may start its own CRM where the one it followed stopped answering."""
        return self.start_embedded and self.embedded_server is None and self.settings.crm_is_local

    @work(exclusive=True, group="crm", exit_on_error=False)
    async def take_over_crm(self) -> None:
        """The local CRM stopped answering (the dashboard that ran it inside itself quit): start one here,
        on the same URL and data, as a dashboard started alone would. The feed reconnects to it."""
        from crm_tui.embedded import ensure_crm

        self.embedded_server = await ensure_crm(self.settings)
        if self.embedded_server is not None:
            self.notify(f"The CRM at {self.settings.crm_base_url} stopped answering; started one here on the "
                        f"same data ({self.settings.crm_data_dir}).", title="CRM", markup=False)

    @work(exclusive=True, group="feed", exit_on_error=False)
    async def follow_feed(self) -> None:
        feed = ChangeFeed(self.settings.crm_base_url, token=self.settings.crm_api_token, on_event=self._feed_event,
                          on_state=self._feed_state, session=self.crm_http)
        await feed.run()

    def _feed_event(self, event: FeedEvent) -> None:
        self.post_message(LeadEvent(event.id, event.type, event.data))

    def _feed_state(self, state: FeedState, detail: str) -> None:
        self.post_message(FeedStateChanged(state, detail))

    def on_feed_state_changed(self, message: FeedStateChanged) -> None:
        previous, self.crm_state = self.crm_state, message.state
        if message.state == "down" and previous != "down" and self._may_take_over():
            self.take_over_crm()
        elif message.state == "down" and previous != "down":
            self.notify(f"The CRM at {self.settings.crm_base_url} is not answering ({message.detail}); "
                        "retrying. Commands that need it will say so.", severity="error", title="CRM down",
                        markup=False)
        elif message.state == "connected" and previous in ("reconnecting", "down"):
            self.notify("The CRM is back.", title="CRM")
            if not self.leads_loaded:
                self.main.leads.load_leads()
            # An open lead that could not be read while the CRM was away is read again.
            for detail in lead_details(self.screen_stack):
                detail.refresh_lead()

    def on_leads_pane_first_page(self, _message: LeadsPane.FirstPage) -> None:
        # An agenda still waiting out a pause between reads (the CRM was not up when it mounted, as
        # with the embedded one at every start) reads now, just after the leads, not seconds later.
        read_agendas_again(self.screen_stack)

    def on_lead_event(self, message: LeadEvent) -> None:
        table = self.main.table
        if message.event_type.startswith("lead.") and "lead_id" in message.data:
            table.upsert(message.data)
        elif message.event_type in ("visit.scheduled", "visit.status_changed"):
            # A cancel or a move (status_changed) takes the visit out of the lead's "Next visit".
            table.note_visit(message.data)
        follow_change(self.screen_stack, message.event_type, message.data)
        for detail in lead_details(self.screen_stack):
            if detail.lead_id == message.data.get("lead_id"):
                detail.refresh_lead()

