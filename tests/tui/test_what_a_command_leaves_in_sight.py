"""What a command leaves in sight at 80x24: the lead it acted on under the cursor (ctrl+o opens it), the
question it asked on the command line, a table still loading saying so, commands typed fast kept apart
and in order, the queue behind a slow CRM, help that scrolls, and what the palette offers over a lead."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from aiohttp import web
from textual import events
from textual.widgets import DataTable, RichLog, Static

from crm_tui.app import default_engine_factory, make_app
from crm_tui.config import Settings
from crm_tui.screens.help import HelpScreen
from crm_tui.screens.lead_detail import LeadDetailScreen
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import (
    PEOPLE,
    OtherClient,
    as_text,
    fixed_clock,
    type_command,
    wait_until,
)


def row_on_screen(table: LeadTable, lead_id: str) -> bool:
    """The lead's row is inside the table's visible body (not scrolled out of sight)."""
    row = table.get_row_index(lead_id)
    top = int(table.scroll_y)
    visible = table.scrollable_content_region.height - table.header_height
    return top <= row < top + visible


async def test_the_lead_a_command_acted_on_is_selected_and_in_sight(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # Sixty leads: at 80x24 the table shows six, so a new lead lands far out of sight.
    for start in range(0, 60, 20):
        await asyncio.gather(
            *(other_client.create_lead(PEOPLE[i], f"98000000{i:02d}", "Pune") for i in range(start, start + 20))
        )
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 60, "engine and leads")
        assert table.cursor_row == 0

        await type_command(pilot, "Create a lead for Zara Khan, phone 9123400001, from Jaipur")
        await wait_until(pilot, lambda: table.row_count == 61, "the new lead")
        new_id = next(key for key, lead in table.leads.items() if lead["name"] == "Zara Khan")
        await wait_until(pilot, lambda: table.selected_lead_id() == new_id, "the new lead under the cursor")
        await pilot.pause()
        assert row_on_screen(table, new_id)
        assert app.focused is app.query_one(CommandInput)  # the person goes on typing

        # A lookup of one lead selects it too, and ctrl+o then opens that lead.
        await type_command(pilot, "show me Arjun Joshi")
        await wait_until(pilot, lambda: pane.turns == 4, "the lookup's answer")
        arjun = next(key for key, lead in table.leads.items() if lead["name"] == "Arjun Joshi")
        await wait_until(pilot, lambda: table.selected_lead_id() == arjun, "the looked-up lead under the cursor")
        await pilot.pause()
        assert row_on_screen(table, arjun)
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        assert isinstance(app.screen, LeadDetailScreen) and app.screen.lead_id == arjun
        await pilot.press("escape")

        # A status change by name moves the cursor to that lead as well.
        await type_command(pilot, "mark Kabir Bose as won")
        await wait_until(pilot, lambda: pane.turns == 6, "the update's answer")
        kabir = next(key for key, lead in table.leads.items() if lead["name"] == "Kabir Bose")
        await wait_until(pilot, lambda: table.selected_lead_id() == kabir, "the updated lead under the cursor")

        # A lead a colleague creates meanwhile does not move the cursor: only the person's own commands do.
        await other_client.create_lead("Colleague Lead", "9123400002", "Goa")
        await wait_until(pilot, lambda: table.row_count == 62, "the colleague's lead")
        await pilot.pause(0.1)
        assert table.selected_lead_id() == kabir


async def test_the_pending_question_stays_on_the_command_line(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.query_one(CommandInput)
        pane = app.query_one(TranscriptPane)
        default = box.placeholder
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")

        await type_command(pilot, "add lead Amit Verma from Noida")
        await wait_until(pilot, lambda: pane.turns == 2, "the question")
        # At 80x24 the transcript has six lines: a long answer scrolls the question away. The input
        # keeps it, with the way out.
        assert "What is Amit's phone number?" in box.placeholder
        assert "cancel" in box.placeholder
        assert box.value == ""

        await type_command(pilot, "9811122233")
        await wait_until(pilot, lambda: pane.turns == 4, "the lead created")
        assert box.placeholder == default

        # Cancelled, the question goes too.
        await type_command(pilot, "schedule a visit for Amit")
        await wait_until(pilot, lambda: pane.turns == 6, "the visit question")
        assert "When should the visit with Amit be?" in box.placeholder
        await type_command(pilot, "cancel")
        await wait_until(pilot, lambda: pane.turns == 8, "the cancel")
        assert box.placeholder == default


async def test_the_table_says_it_is_still_loading(tui_settings: Settings, other_client: OtherClient) -> None:
    await asyncio.gather(*(other_client.create_lead(f"Person {i:02d}", f"98000000{i:02d}", "Pune") for i in range(12)))
    app = make_app(tui_settings, clock=fixed_clock)
    # Pages of 5 and a gate before the last one: the count on screen is not yet the total.
    gate = asyncio.Event()
    real_page = app.reader.leads_page

    async def gated_page(cursor: str | None = None, limit: int = 500) -> Any:
        leads, next_cursor = await real_page(cursor, limit=5)
        if next_cursor is None:
            await gate.wait()
        return leads, next_cursor

    app.reader.leads_page = gated_page  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 10, "two pages")
        await pilot.pause()
        title = str(app.query_one("#leads-pane").border_title)
        assert title.startswith("Leads 10") and "loading" in title
        gate.set()
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 12, "the last page")
        assert str(app.query_one("#leads-pane").border_title) == "Leads 12"


async def test_typing_on_the_detail_screen_starts_a_command(tui_settings: Settings, other_client: OtherClient) -> None:
    # Looking at a lead, the person types what to do with it; the letters used to vanish (and an "r",
    # as in "reschedule" or "Rohan", reloaded the lead instead).
    rohan = await other_client.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        box = app.query_one(CommandInput)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 1, "engine and lead")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        await pilot.press(*"rohan")
        assert not isinstance(app.screen, LeadDetailScreen)
        assert box.value == "rohan" and app.focused is box
        box.insert_text_at_cursor(" is won")
        await pilot.press("enter")
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        await wait_until(pilot, lambda: str(table.get_cell(rohan["lead_id"], "status")) == "WON", "the status")

        # Typed fast (every key queued before the first one closes the detail): nothing lost, and
        # Enter sends it. In tmux "mark amit verma as won" arrived as "m".
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        for char in "rohan is lost":
            app.post_message(events.Key(char if char != " " else "space", char))
        app.post_message(events.Key("enter", "\r"))
        await wait_until(pilot, lambda: pane.turns == 4, "the second answer")
        assert pane.entries[-2].text == "rohan is lost"
        await wait_until(pilot, lambda: str(table.get_cell(rohan["lead_id"], "status")) == "LOST", "the status")
        assert app.focused is box and box.value == ""

        # From the table too, and the detail's own keys still work: f5 reloads, escape goes back.
        table.focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen again")
        screen = app.screen
        assert isinstance(screen, LeadDetailScreen)
        await wait_until(pilot, lambda: screen.lead is not None, "the lead")
        screen.lead = None
        await pilot.press("f5")
        await wait_until(pilot, lambda: screen.lead is not None, "the lead read again")
        await pilot.press("escape")
        assert app.focused is table


async def test_help_says_what_to_type_and_scrolls_at_80x24(tui_settings: Settings) -> None:
    # Help listed keys only: nothing said what the assistant understands, or that "cancel" drops a
    # question. The examples come first; at 80x24 the rest is a scroll away, never cut off.
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        examples = as_text(app.screen.query_one("#help-examples", Static).content)
        for words in ("create a lead", "schedule a visit", "mark", "show me", "cancel"):
            assert words in examples
        box = app.screen.query_one("#help-box")
        await pilot.pause()
        assert box.region.bottom <= 24 and box.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        note = app.screen.query_one("#help-note")
        assert box.region.contains_region(note.region)  # the last words are on screen
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_commands_typed_in_a_burst_stay_apart(tui_settings: Settings) -> None:
    # Typed fast (or sent by tmux send-keys, or a barcode-style paste of lines), "aaa⏎bbb⏎ccc⏎" came
    # out as "aaa" and "bbbccc": the line was cleared when the app got round to the submit, by then
    # holding the next command's first letters (merged or wiped).
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TranscriptPane)
        box = app.query_one(CommandInput)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        lines = ["show me Asha", "show me Bala", "show me Chitra"]
        for line in lines:  # every key queued before the app handles any, as a terminal delivers a burst
            for char in line:
                app.post_message(events.Key(char, char))
            app.post_message(events.Key("enter", "\r"))
        await wait_until(pilot, lambda: pane.turns == 6, "three answers")
        said = [turn.text for turn in pane.entries if turn.role == "user"]
        assert said == lines
        assert box.value == ""
        assert box.history[-3:] == lines


async def test_the_palette_over_a_lead_offers_only_what_works_there(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # On a lead's detail, the palette's "Open lead" pushed a second detail screen with the same id
    # and the dashboard crashed (DuplicateIds); "Filter leads" and "Focus input" did nothing.
    await other_client.create_lead("Asha Menon", "9123400011", "Kochi")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the lead")
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: isinstance(app.screen, LeadDetailScreen), "the detail screen")
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Help" in titles and "Quit" in titles
        for title in ("Open lead", "Filter leads", "Focus input", "Toggle JSON", "Sort leads by name"):
            assert title not in titles
        # However it is asked for, a second copy of the detail is not pushed.
        app.post_message(LeadTable.OpenLead(next(iter(table.leads))))
        await pilot.pause(0.2)
        assert app.is_running and app.return_code is None
        assert sum(isinstance(screen, LeadDetailScreen) for screen in app.screen_stack) == 1
        # Help from the palette over the help itself: still one help screen, still running.
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_command = next(c for c in app.get_system_commands(app.screen) if c.title == "Help")
        help_command.callback()
        await pilot.pause(0.2)
        assert app.is_running and sum(isinstance(screen, HelpScreen) for screen in app.screen_stack) == 1
        await pilot.press("escape", "escape")
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Open lead", "Filter leads", "Sort leads by name"} <= titles


async def test_the_transcript_shows_phone_numbers_as_digits(tui_settings: Settings) -> None:
    # The assistant's message is written to be heard ("nine eight seven six five four three two one
    # zero"); read on screen it took three of the six transcript lines at 80x24 and could not be
    # compared with the table. The transcript shows the digits; the message itself is unchanged.
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon")
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        assert "nine eight seven six five four three two one zero" in pane.entries[-1].text
        shown = " ".join(strip.text.strip() for strip in app.query_one(RichLog).lines)
        assert "phone 9876543210" in shown and "nine eight" not in shown
        # Only a whole ten-digit number: "two visits" or "one" alone stay words.
        pane.add_turn("assistant", "You have two visits; one is tomorrow.", fixed_clock())
        shown = " ".join(strip.text.strip() for strip in app.query_one(RichLog).lines)
        assert "You have two visits; one is tomorrow." in shown


async def test_the_tool_calls_time_shows_at_120_columns(tui_settings: Settings) -> None:
    # At 120x36 the panes were half and half, and a visit's answer ("200 visit … SCHEDULED") pushed
    # the Time column off the tool pane. Under 140 columns the tool pane takes 3/5 of the width.
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(120, 36)) as pilot:
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await type_command(pilot, "Create a lead for Farhan Ali, phone 9123456700, from Lucknow")
        await type_command(pilot, "schedule a visit with Farhan tomorrow at 11am")
        await wait_until(pilot, lambda: pane.turns == 4, "two answers")
        await pilot.pause()
        table = app.query_one("#tool-table", DataTable)
        shown = table.scrollable_content_region.width
        needed = sum(column.get_render_width(table) for column in table.ordered_columns[:4])  # up to Time
        assert needed <= shown, (needed, shown)


async def test_a_burst_of_commands_reads_in_pairs(tui_settings: Settings, other_client: OtherClient) -> None:
    # Three commands typed fast: the transcript showed the three "You" lines, then the three answers,
    # so which answer was whose had to be worked out. A command is shown when the engine takes it up.
    for name, phone in (("Asha Menon", "9123400011"), ("Bala Krishnan", "9123400022"), ("Chitra Das", "9123400033")):
        await other_client.create_lead(name, phone, "Pune")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        lines = ["show me Asha", "show me Bala", "show me Chitra"]
        for line in lines:  # one burst, queued before the app handles any of it
            for char in line:
                app.post_message(events.Key(char, char))
            app.post_message(events.Key("enter", "\r"))
        await wait_until(pilot, lambda: pane.turns == 6, "three answers")
        assert [turn.role for turn in pane.entries] == ["user", "assistant"] * 3
        for (asked, answer), name in zip(
            zip(pane.entries[::2], pane.entries[1::2], strict=True), ("Asha Menon", "Bala Krishnan", "Chitra Das"), strict=True
        ):
            assert name.split()[0] in asked.text and name in answer.text, (asked.text, answer.text)
        # On screen too, in that order: each name's answer comes before the next command.
        shown = " ".join(strip.text.strip() for strip in app.query_one(RichLog).lines)
        assert shown.index("show me Asha") < shown.index("Asha Menon") < shown.index("show me Bala")
        assert shown.index("show me Bala") < shown.index("Bala Krishnan") < shown.index("show me Chitra")


async def test_no_row_goes_to_a_horizontal_scrollbar_at_80x24(tui_settings: Settings, other_client: OtherClient) -> None:
    # At 80 columns neither table fits its columns, and each one's horizontal scrollbar took a row:
    # the lead table showed five leads of six, the tool pane one call fewer. What is right of the edge
    # is still reachable by scrolling.
    for i, name in enumerate(PEOPLE[:8]):
        await other_client.create_lead(name, f"98000001{i:02d}", "Gurgaon", "Instagram")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 8, "engine and leads")
        await type_command(pilot, "mark aarav mehta as in progress")
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        await pilot.pause()
        tools = app.query_one("#tool-table", DataTable)
        # The tool pane's columns don't fit (Time and Arguments are past the edge); the lead table's
        # do now (its widest text columns give way, tests/tui/test_narrow.py), with no scrollbar either.
        assert tools.virtual_size.width > tools.size.width, "the columns fit: nothing to check"
        for widget, inner in ((table, app.query_one("#leads-pane")), (tools, app.query_one("#tools"))):
            # The table has every row of its pane (the filter is hidden): none left for a scrollbar.
            assert widget.scrollable_content_region.height == inner.content_region.height, widget.id
        leads_visible = table.scrollable_content_region.height - table.header_height
        assert leads_visible == 6
        tools.focus()
        await pilot.press("right", "right", "right")
        assert tools.scroll_x > 0


class GatedProxy:
    """A real HTTP hop in front of the CRM that holds every request while the gate is shut: a slow CRM."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.open = asyncio.Event()
        self.open.set()
        self.held = 0  # requests waiting at the gate now
        self.runner: web.AppRunner | None = None
        self.session: aiohttp.ClientSession | None = None

    async def _forward(self, request: web.Request) -> web.Response:
        self.held += 1
        try:
            await self.open.wait()
        finally:
            self.held -= 1
        assert self.session is not None
        async with self.session.request(
            request.method, self.target + request.path_qs, data=await request.read(), headers={"Content-Type": "application/json"}
        ) as resp:
            return web.Response(status=resp.status, body=await resp.read(), content_type="application/json")

    async def start(self, port: int) -> str:
        self.session = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        self.open.set()
        if self.runner is not None:
            await self.runner.cleanup()
        if self.session is not None:
            await self.session.close()


async def test_commands_waiting_behind_a_slow_crm_are_shown_as_queued(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # Behind a slow CRM, commands typed after the first were nowhere on screen until the engine took
    # them up: typed, gone. They wait in one dim "queued" line, and become turns in order.
    for name, phone in (("Asha Menon", "9123400011"), ("Bala Krishnan", "9123400022"), ("Chitra Das", "9123400033")):
        await other_client.create_lead(name, phone, "Pune")
    proxy = GatedProxy(tui_settings.crm_base_url)
    slow_url = await proxy.start(8981)

    def through_the_proxy(settings: Settings, now: Any) -> Any:  # the engine's CRM calls are the slow ones
        return default_engine_factory(settings.with_overrides(crm_base_url=slow_url), now)

    app = make_app(tui_settings, clock=fixed_clock, engine_factory=through_the_proxy)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            pane = app.query_one(TranscriptPane)
            queued = pane.query_one("#transcript-queued", Static)
            await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
            assert not queued.display
            proxy.open.clear()
            for line in ("show me Asha", "show me Bala", "show me Chitra"):
                await type_command(pilot, line)
            await wait_until(pilot, lambda: proxy.held > 0, "the first command at the slow CRM")
            await pilot.pause(0.2)
            # The first is being done (its turn is there); the other two are shown waiting, in order.
            assert [(turn.role, turn.text) for turn in pane.entries] == [("user", "show me Asha")]
            assert queued.display and queued.region.height == 1
            assert pane.region.contains_region(queued.region), "the queued line is out of sight"
            assert as_text(queued.content).strip() == "queued (2): show me Bala · show me Chitra"

            proxy.open.set()
            await wait_until(pilot, lambda: pane.turns == 6, "three answers")
            await pilot.pause()
            assert not queued.display
            # Each command became its own turn when taken up, each answer under it.
            assert [turn.role for turn in pane.entries] == ["user", "assistant"] * 3
            for asked, answer, name in zip(pane.entries[::2], pane.entries[1::2], ("Asha Menon", "Bala Krishnan", "Chitra Das"), strict=True):
                assert asked.text == f"show me {name.split()[0]}" and name in answer.text, (asked.text, answer.text)
    finally:
        await proxy.stop()
