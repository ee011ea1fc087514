"""Typed commands through the real local engine and bot core, against the real CRM server."""

from __future__ import annotations

from textual.widgets import RichLog

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.widgets.command_input import CommandInput
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import fixed_clock, type_command, wait_until


def log_text(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(strip.text for strip in app.query_one(RichLog).lines)


async def test_typed_command_makes_a_tool_call_a_turn_and_a_row(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await wait_until(pilot, lambda: app.crm_state == "connected", "the change feed")
        # An empty CRM, loaded: the title says 0 rather than nothing (which reads as "still loading").
        await wait_until(pilot, lambda: app.leads_loaded, "the (empty) lead list")
        assert app.query_one("#leads-pane").border_title == "Leads 0"
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon, source Instagram")

        tools = app.query_one(ToolCallsPane)
        table = app.query_one(LeadTable)
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: pane.turns == 2, "the assistant's answer")
        await wait_until(pilot, lambda: table.row_count == 1, "the new lead in the table")
        assert "You  Create a lead for Rohan Sharma" in log_text(app)
        assert "10:30 Assistant" in log_text(app)

        # The tool pane: function, arguments, the CRM's answer with the new lead's id, the latency.
        (key,) = tools.calls
        cell = lambda column: str(tools.table.get_cell(key, column))  # noqa: E731
        call, result = tools.calls[key]
        assert result is not None and result.ok
        lead_id = result.result["lead_id"]  # type: ignore[index]
        assert cell("function") == "createLead" and "Rohan Sharma" in cell("args")
        assert cell("answer").startswith("200 lead " + lead_id[:8])
        assert cell("latency") != ""
        assert lead_id in table.rows
        lead = table.leads[lead_id]
        assert (lead["name"], lead["phone"], lead["city"], lead["source"]) == (
            "Rohan Sharma",
            "9876543210",
            "Gurgaon",
            "Instagram",
        )


async def test_validation_error_is_shown_as_such(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        # A phone number that cannot be an Indian mobile: the bot must refuse before the CRM.
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 12345, from Gurgaon")
        pane = app.query_one(TranscriptPane)
        tools = app.query_one(ToolCallsPane)
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        # The transcript says why, with the question to answer; a question wears no error badge
        # (tests/tui/test_typing_anywhere.py), the tool pane and the JSON keep the type.
        said = log_text(app)
        assert "VALIDATION_ERROR" not in said and "12345" in said and "phone number?" in said
        # The tool pane shows the refusal by type, with no CRM status code (the CRM was not called).
        (key,) = tools.calls
        answer = str(tools.table.get_cell(key, "answer"))
        assert answer.startswith("VALIDATION_ERROR") and "12345" in answer
        assert table.row_count == 0
        # A question is the conversation going on: no toast over the line the answer goes in.
        assert not [n for n in app._notifications if "VALIDATION_ERROR" in n.message]
        assert app.focused is app.query_one(CommandInput)

        # The answer to the question completes the lead.
        await type_command(pilot, "98765 43210")
        await wait_until(pilot, lambda: table.row_count == 1, "the lead, once the phone was given")
        assert str(table.get_row_at(0)[1]) == "9876543210"


async def test_failures_that_are_not_questions_toast_one_at_a_time(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        pane = app.query_one(TranscriptPane)
        await type_command(pilot, "mark Vikram as won")
        await wait_until(pilot, lambda: pane.turns == 2, "the first answer")
        await type_command(pilot, "mark Zoya as lost")
        await wait_until(pilot, lambda: pane.turns == 4, "the second answer")
        await pilot.pause()
        toasts = [n for n in app._notifications if n.title == "Not done"]
        # The newest failure replaced the older toast instead of stacking over the table.
        assert [n.message for n in toasts] == [toasts[0].message] and "Zoya" in toasts[0].message
        assert toasts[0].severity == "warning" and toasts[0].message.startswith("CRM_ERROR")
        assert "Lead not found" in toasts[0].message
        # The tool pane says CRM_ERROR without the lookup's 200 in front of it.
        answers = [str(row[2]) for row in (app.query_one(ToolCallsPane).table.get_row_at(i) for i in range(2))]
        assert all(a.startswith("CRM_ERROR") for a in answers), answers


async def test_an_engine_that_cannot_start_is_said_and_the_rest_works(tui_settings: Settings) -> None:
    # The Gemini engine with no key cannot be built: the real factory refuses with a sentence.
    settings = Settings(**{**tui_settings.__dict__, "engine": "gemini", "gemini_api_key": None})
    app = make_app(settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "unavailable", "the engine to be reported missing")
        assert any("GEMINI_API_KEY" in n.message for n in app._notifications)
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon")
        pane = app.query_one(TranscriptPane)
        await wait_until(pilot, lambda: pane.turns == 2, "the answer")
        assert "no engine" in pane.entries[-1].text
        await wait_until(pilot, lambda: app.crm_state == "connected", "the CRM, which works regardless")


async def test_a_cancel_is_shown_as_a_choice_not_a_failure(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        pane = app.query_one(TranscriptPane)
        await type_command(pilot, "add a lead Meera from Jaipur")
        await wait_until(pilot, lambda: pane.turns == 2, "the question")
        said = lambda: " ".join(log_text(app).split())  # noqa: E731  (the log wraps at 80 columns)
        assert "What is Meera's phone number?" in said()
        await type_command(pilot, "cancel")
        await wait_until(pilot, lambda: pane.turns == 4, "the cancel's answer")
        last = said().split("Assistant")[-1]
        # The person called it off: said plainly, with no error badge and no "Not done" toast.
        assert "cancelled creating the lead Meera" in last and "Nothing was saved" in last
        assert "VALIDATION_ERROR" not in last
        await pilot.pause()
        assert not [n for n in app._notifications if n.title == "Not done"]
        assert app.query_one(LeadTable).row_count == 0


async def test_the_json_view_gets_room_at_80x24(tui_settings: Settings) -> None:
    # At 80x24 the JSON under the tool table showed three lines: while it is open the lead table
    # steps aside, and comes back when it is closed.
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        await type_command(pilot, "Create a lead for Rohan Sharma, phone 9876543210, from Gurgaon, source Instagram")
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: table.row_count == 1, "the new lead")
        table.focus()  # the person was looking at the leads when they asked for the JSON
        await pilot.press("ctrl+r")
        await pilot.pause()
        leads_pane = app.query_one("#leads-pane")
        json_view = app.query_one("#tool-json-scroll")
        assert not leads_pane.display or leads_pane.region.height == 0
        assert json_view.region.height >= 8, json_view.region
        # Focus is not left on the hidden table: it is on the tool table that picks the JSON's call.
        assert app.focused is app.query_one(ToolCallsPane).table
        shown = app.query_one(ToolCallsPane).json_text
        assert '"createLead"' in shown and '"Rohan Sharma"' in shown

        await pilot.press("ctrl+r")
        await pilot.pause()
        assert leads_pane.region.height >= 6 and not json_view.display
        assert table.row_count == 1
        # The JSON closed, the person is back where they were: on the lead table, not the tool table.
        assert app.focused is table


async def test_the_json_view_leaves_the_lead_table_at_160x48(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.query_one("#tool-json-scroll").display
        assert app.query_one("#leads-pane").region.height >= 10
