"""The panes at 80x24, 160x48 and after a resize: what is in sight, where toasts go, how wide text is cut."""

from __future__ import annotations

import unicodedata

from textual.widgets import Input
from textual.widgets._toast import Toast

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.widgets.lead_table import LeadTable
from crm_tui.widgets.tool_calls import ToolCallsPane
from crm_tui.widgets.transcript import TranscriptPane
from tests.tui.conftest import OtherClient, fixed_clock, type_command, wait_until


def terminal_width(text: str) -> int:
    """Cells a terminal (glibc's wcwidth: tmux, xterm, VTE) gives `text`: combining marks that do not
    space (Mn, Me) and format characters none, wide and fullwidth characters two, the rest one."""
    width = 0
    for character in text:
        if unicodedata.category(character) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
    return width


async def test_wide_characters_keep_the_rows_aligned_and_cut_cells_end_with_an_ellipsis(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    await other_client.create_lead("राहुल शर्मा 🏠", "9000000011", "दिल्ली", "Instagram")
    await other_client.create_lead("Ananya Venkataraman-Subramaniam", "9000000012", "Thiruvananthapuram")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 2, "the leads")
        await pilot.pause()
        lines = ["".join(segment.text for segment in table.render_line(y)) for y in range(3)]
        # Every row takes exactly the table's width on a terminal: the pane's border stays in its column.
        assert [terminal_width(line) for line in lines] == [table.size.width] * 3, lines
        assert any("Ananya Venkat" in line and "…  9000000012" in line for line in lines), lines
        assert any("Thiruvan…" in line for line in lines), lines  # the name gave up its cells past 20 first


async def test_80_columns_share_the_top_and_160_show_the_arguments(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        transcript, tools = app.query_one(TranscriptPane), app.query_one(ToolCallsPane)
        await pilot.pause()
        assert transcript.size.width >= tools.size.width

        await type_command(pilot, "Create a lead for Kabir Rao, phone 9000000001, from Jaipur, source Website")
        await wait_until(pilot, lambda: transcript.turns == 2, "the answer")
        await pilot.resize_terminal(160, 48)
        await pilot.pause(0.3)
        table = tools.table
        line = "".join(segment.text for segment in table.render_line(1))
        # ~30 cells of arguments: the name and the start of the phone, cut with "…" (whole in the JSON).
        assert "name=Kabir Rao, phone=9000" in line, line
        assert terminal_width(line) == table.size.width


async def test_toasts_stay_off_the_command_line_and_it_keeps_its_frame_after_a_resize(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        box = app.query_one("#command", Input)
        app.notify("A long notification that takes two or three lines of the toast's width at 80 columns.")
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts and all(toast.region.bottom <= box.region.y for toast in toasts)

        for size in ((60, 14), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.3)
            # The whole frame (three rows: border, text, border) on screen, above the Footer.
            assert box.region.height == 3 and box.region.bottom <= size[1] - 1, (size, box.region)


async def test_a_toast_is_drawn_over_a_pane_not_over_its_bottom_border(tui_settings: Settings) -> None:
    """A toast's last row sat on the panes' bottom border (the agenda's at 160x48), cutting the frame."""
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await wait_until(pilot, lambda: app.engine_label == "local", "the local engine")
        for size in ((160, 48), (80, 24)):
            await pilot.resize_terminal(*size)
            app.notify("Exported the leads as shown to /home/someone/exports/leads-20261125-103000.csv",
                       title="Export")
            await pilot.pause(0.3)
            toasts = list(app.screen.query(Toast))
            panes = [pane for pane in app.screen.query("#leads-pane, #agenda") if pane.display]
            assert toasts and panes
            for pane in panes:
                border_row = pane.region.bottom - 1
                assert all(toast.region.bottom <= border_row for toast in toasts), (size, pane, border_row,
                                                                                     [t.region for t in toasts])
            app.clear_notifications()



async def test_a_long_name_is_cut_so_every_source_stays_readable_at_160_columns(
    tui_settings: Settings, other_client: OtherClient
) -> None:
    # One 31-character name used to cut every lead's source ("Instagr…") at 160x48, the agenda beside.
    long_name = "Venkatanarasimha Raju Kondapalli"
    await other_client.create_lead(long_name, "9123400011", "Visakhapatnam", "Instagram")
    await other_client.create_lead("Rohan Sharma", "9876543210", "Gurgaon", "Instagram")
    await other_client.create_lead("Sneha Iyer", "8877665544", "Pune", "Walk-in")
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(LeadTable)
        await wait_until(pilot, lambda: app.leads_loaded and table.row_count == 3, "the leads")
        await pilot.pause()
        lines = [table.render_line(y).text for y in range(4)]
        row = next(line for line in lines if line.lstrip().startswith("Venkata"))
        assert "…" in row.split("9123400011")[0] and long_name not in row, row  # the name, cut
        assert all("Instagram" in line for line in lines if "Rohan" in line or "Venkata" in line), lines
        assert any("Walk-in" in line for line in lines), lines
        assert "Source" in lines[0] and "Status" in lines[0], lines[0]
