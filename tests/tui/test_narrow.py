"""The tool pane and the lead table at 80 columns: what a person reads first stays whole.

At 80x24 the tool pane's answer cell got ~20 cells and a status change read `…16462d68 NE`; the lead
table's last header read `Change`. Asserted on the lines the widgets render (what is on screen), and
at 160x48 everything in full again after a resize.
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import DataTable

from crm_tui.app import make_app
from crm_tui.bot.types import BotError, BotResult, CrmCall
from crm_tui.config import Settings
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.tool_calls import answer_text
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import PEOPLE, OtherClient, fixed_clock, type_command, wait_until


def shown_lines(widget: Widget) -> list[str]:
    """The widget's lines as drawn on screen (cut at its right edge)."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def tool_line(app: object, function: str) -> str:
    tools = app.query_one("#tool-table", DataTable)  # type: ignore[attr-defined]
    return next(line for line in shown_lines(tools) if function in line)


async def test_a_status_change_shows_its_status_in_the_tool_pane_at_80x24(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    lead = await other_client.create_lead("Aarav Mehta", "9800000100", "Gurgaon", "Instagram")
    lead_id = lead["lead_id"]
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.query_one(TranscriptPane)
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.engine_label == "local" and table.row_count == 1, "engine and lead")
        await type_command(pilot, "mark aarav mehta as in progress")
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        await pilot.pause()
        # The status whole: the "200", "lead" and the id gave way (the transcript has half the width).
        line = tool_line(app, "updateLeadS")
        assert "IN_PROGRESS" in line, line
        # Wide again: the whole answer, as at 160 columns before.
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        line = tool_line(app, "updateLeadStatus")
        assert f"200 lead {lead_id[:8]} IN_PROGRESS" in line, line
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "IN_PROGRESS" in tool_line(app, "updateLeadS")


def test_an_answer_gives_way_from_its_least_useful_end() -> None:
    done = BotResult(
        intent="LEAD_UPDATE",
        crm_call=CrmCall("POST", "/leads/x/status", 200),
        result={"lead_id": "9d939a37-0000", "status": "IN_PROGRESS"},
    )
    assert answer_text(done).plain == "200 lead 9d939a37 IN_PROGRESS"
    assert [answer_text(done, room).plain for room in (29, 28, 25, 20, 18, 11, 5)] == [
        "200 lead 9d939a37 IN_PROGRESS",
        "lead 9d939a37 IN_PROGRESS",
        "lead 9d939a37 IN_PROGRESS",
        "9d939a37 IN_PROGRESS",
        "9d939a IN_PROGRESS",
        "IN_PROGRESS",
        "IN_PROGRESS",  # the status is never cut here; the table's edge may
    ]
    refused = BotResult(
        intent="LEAD_CREATE",
        crm_call=CrmCall("POST", "/leads", 400),
        error=BotError("VALIDATION_ERROR", "phone must be 10 digits"),
    )
    assert answer_text(refused).plain == "400 VALIDATION_ERROR phone must be …"  # ANSWER_LIMIT, as before
    # Narrow: the type first (the details run on past the edge, a scroll away).
    assert answer_text(refused, 19).plain == "VALIDATION_ERROR phone must be 10 d…"
    assert answer_text(refused, 24).plain == "400 VALIDATION_ERROR phone must be …"


async def test_the_lead_tables_last_header_and_sort_arrow_show_at_80x24(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    created = []
    for i, name in enumerate(PEOPLE[:8]):
        created.append(await other_client.create_lead(name, f"98000001{i:02d}", "Gurgaon", "Instagram"))
    # The widest of each column, as on a working day: a status in progress and a visit this week.
    await other_client.set_status(created[1]["lead_id"], "IN_PROGRESS", "called back")
    await other_client.schedule_visit(created[0]["lead_id"], "2026-11-26T15:00:00+05:30", "site visit")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 8 and table.next_visits, "leads and the visit")
        await pilot.pause()

        def header() -> str:
            return shown_lines(table)[0].rstrip()

        # Every header whole, the last one included (it read "Change").
        last = table.ordered_columns[-1].label.plain
        assert header().endswith(f" {last}"), header()
        for column in table.ordered_columns:
            assert f" {column.label.plain}" in header(), (column.label.plain, header())
        # Each row's last cell whole too (a date or a time).
        for line in shown_lines(table)[1:7]:
            assert line.rstrip()[-5:].replace(" ", "").isalnum() and line.rstrip() != line, line
        for key in ("updated", "next", "name"):
            table.sort_by(key)
            await pilot.pause()
            label = table.columns[key].label.plain  # type: ignore[index]
            assert label.endswith(" ▲") and f" {label}" in header(), (label, header())
        # At 160 columns the full names again, and no name cut.
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert "Next visit" in header() and "Changed" in header(), header()
        assert any("Reyansh Mehta" in line for line in shown_lines(table)), shown_lines(table)
