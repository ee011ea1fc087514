"""The Footer every screen shows: Textual's, composed again only when what it shows changes."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's Footer, recomposed only when the keys it would show are not the ones it shows.

    Textual recomposes a Footer (its key widgets built and styled again: 30-70 ms at 160 columns) after
    every `bindings_updated` signal: each focus change, each screen resume, each reactive declared with
    `bindings=True`. Most leave the keys as they were. At start-up three of them (the command line
    focused twice, the main screen resumed) cost ~150 ms of the event loop just after the first frame,
    while the embedded CRM's import wanted the interpreter (bench/bench_tui.py).
    """

    # Textual's compact Footer gives every key a right margin, the command palette's (docked right) too,
    # so the last cell showed a letter of the keys scrolled under it ("palettei" at 80 columns).
    DEFAULT_CSS = """
    SteadyFooter.-compact FooterKey.-command-palette {
        margin-right: 0;
        padding-right: 1;
    }
    """

    _composed: Hashable = None

    def shown(self) -> Hashable:
        """What a composition would show now: each shown binding (key, action, word, enabled, tooltip)
        in order, and the Footer's own settings."""
        keys = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.compact, self.show_command_palette, self.combine_groups

    def compose(self) -> ComposeResult:
        parts = list(super().compose())
        # Nothing is composed before the screen's first bindings signal: no keys shown yet.
        self._composed = self.shown() if parts else None
        yield from parts

    async def recompose(self) -> None:
        if self._composed is not None and self.is_attached and self.shown() == self._composed:
            return  # the same keys: building them again would change nothing on the screen
        await super().recompose()
