"""The help screen: every key the dashboard answers to, in one list (the Footer has room for few)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS: tuple[tuple[str, str], ...] = (
    ("enter", "send the command; in the table, open the lead"),
    ("up, down", "recall earlier commands; in tables, move"),
    ("escape", "back from a detail or this help; clear the filter; input"),
    ("tab", "move between panes (letters typed or pasted anywhere go to input)"),
    ("ctrl+p", "command palette: every action by name"),
)


# What the assistant understands, in the words a person would use: help listed keys only, and the
# first thing someone pressing f1 wants to know is what to say.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("create a lead for Rohan Sharma, 9876543210, Gurgaon, from Instagram", ""),
    ("schedule a visit with Rohan tomorrow at 3pm", ""),
    ("move Rohan's visit to Friday 5pm", "or: cancel Rohan's visit"),
    ("mark Priya Nair as follow up", "or new, in progress, won, lost"),
    ("show me Amit Verma", "and ctrl+o opens the lead"),
    ("how many leads did we win this month?", "or: what's on today, my next visit"),
    ("cancel", "drops a question the assistant asked"),
)


class HelpScreen(ModalScreen[None]):
    """Lists `keys` (key, description) and the fixed keys of the panes."""

    BINDINGS = [Binding("escape,q,f1,question_mark", "app.pop_screen", "Close", id="help.close")]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__(id="help")
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, description in [*self.keys, *EXTRA_KEYS]:
            table.add_row(key, description)
        # One line each (at 80 columns a two-column grid wrapped every example over three lines).
        examples = Text("\n").join(
            Text.assemble((example, "green"), (f"  · {note}" if note else "", "dim")) for example, note in EXAMPLES
        )
        # Scrolls when the terminal is short (at 80x24 the keys and notes are a few lines too many).
        with VerticalScroll(id="help-box"):
            yield Static(Text("Voice CRM — say or type, for example", "bold"), id="help-title")
            yield Static(examples, id="help-examples")
            yield Static(Text("Keys", "bold"), id="help-keys-title")
            yield Static(table)
            yield Static(
                Text(
                    "Push-to-talk: press ctrl+t to start talking and again to send (terminals have no key-up).\n"
                    "With a Gemini key: while Gemini cannot be reached, typed commands are done by the local "
                    "engine (status line: offline: local); once it connects they go to Gemini again.",
                    "dim",
                ),
                id="help-note",
            )
