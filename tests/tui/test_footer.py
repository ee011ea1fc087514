"""The Footer shows the keys of the pane in focus, and is built again only when those keys change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from crm_tui.app import make_app
from crm_tui.config import Settings
from crm_tui.widgets.footer import SteadyFooter
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import fixed_clock, wait_until


def footer_words(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [key.description for key in app.screen.query_one(SteadyFooter).query(FooterKey)]


async def test_the_footer_follows_the_focus_and_is_not_rebuilt_for_the_same_keys(tui_settings: Settings) -> None:
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: app.crm_state == "connected" and app.leads_loaded, "the leads in")
        await wait_until(pilot, lambda: "Talk" in footer_words(app), "the Footer's keys")
        footer = app.screen.query_one(SteadyFooter)
        at_the_input = footer_words(app)
        assert "Edit" not in at_the_input  # a key of the lead table

        await pilot.press("f5")
        await wait_until(pilot, lambda: isinstance(app.focused, LeadTable) and "Edit" in footer_words(app),
                         "the table's keys in the Footer")
        assert "Sort" in footer_words(app) and "Talk" in footer_words(app)

        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: footer_words(app) == at_the_input, "the input's keys back")

        # The same keys again (focus set where it is, bindings refreshed): the same key widgets stay.
        shown = list(footer.query(FooterKey))
        app.screen.refresh_bindings()
        app.screen.set_focus(app.focused)
        await pilot.pause(0.2)
        assert list(footer.query(FooterKey)) == shown


async def test_the_footers_last_cell_is_the_palette_keys_not_a_letter_of_a_key_under_it(
    tui_settings: Settings,
) -> None:
    """At 80 columns the keys run on under the palette key; its right margin let one letter show."""
    app = make_app(tui_settings, clock=fixed_clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "Talk" in footer_words(app), "the Footer's keys")
        await pilot.pause()
        footer = app.screen.query_one(SteadyFooter)
        palette = next(key for key in footer.query(FooterKey) if key.has_class("-command-palette"))
        last = footer.region.right - 1
        widget, _ = app.screen.get_widget_at(last, footer.region.y)
        assert widget is palette, widget

