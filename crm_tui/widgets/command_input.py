"""The command line: type a request, Enter sends it; up and down recall earlier ones, like a shell."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input


class CommandInput(Input):
    """An `Input` with a history of submitted commands."""

    default_placeholder = "Type a command, e.g. create a lead for Rohan Sharma, 9876543210, Gurgaon"
    """What the empty line says when no question waits for an answer."""

    BINDINGS = [
        Binding("up", "history(-1)", "Previous command", show=False),
        Binding("down", "history(1)", "Next command", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        # select_on_focus off: a letter typed in the table moves focus here and is inserted (app.on_key);
        # with the text selected on focus, the next letter would replace it.
        super().__init__(placeholder=self.default_placeholder, id=id, select_on_focus=False)
        self.history: list[str] = []
        # Position in history while browsing; len(history) means "the line being typed".
        self._index = 0
        self._draft = ""

    async def _on_key(self, event: events.Key) -> None:
        # Enter submits here, in the order the keys came, and empties the line at once: a binding would
        # run after the letters already queued behind it, so keys typed fast must be handled where
        # they arrive for "aaa⏎bbb⏎" to stay two commands.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.submit()
            return
        await super()._on_key(event)

    def submit(self) -> None:
        """Send the line (Submitted) and empty it, now."""
        text, self.value = self.value, ""
        self.post_message(self.Submitted(self, text, None))

    def remember(self, text: str) -> None:
        """Add a submitted command to the history (not twice in a row) and stop browsing."""
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._index = len(self.history)
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._index == len(self.history):
            self._draft = self.value
        self._index = min(max(self._index + step, 0), len(self.history))
        self.value = self._draft if self._index == len(self.history) else self.history[self._index]
        self.cursor_position = len(self.value)
