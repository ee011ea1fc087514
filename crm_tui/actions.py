"""Every action the dashboard offers, once: its keys, its Footer word, its help sentence, its palette entry.

The bindings (`bindings`), the help screen (`help_rows`) and the command palette (`CrmApp.
get_system_commands`) are all generated from these tables, so a key cannot be in the Footer and
missing from the help, or in the palette under another name (harlequin's `actions.py` does the same).

Three tables by where an action works:
- `APP_ACTIONS`: on every screen (help, undo, quit, voice reconnect), bound on the App.
- `MAIN_ACTIONS`: on the main screen only, bound on `MainScreen`, so a pushed screen (a lead's detail,
  the help) silences them by construction.
- `TABLE_ACTIONS`: while the lead table has focus, bound on `LeadTable`. None is a letter: a letter typed
  in any pane starts a command.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Action:
    """One thing the person can do, as every place that lists it needs to say it."""

    name: str
    """The action method's name without `action_` (and the binding's id)."""
    keys: str
    """Textual key names, comma-separated ("f1,question_mark"); "" for an action only in the palette."""
    label: str
    """The Footer's word for it."""
    help: str
    """What it does, in a sentence, for the help screen."""
    palette: str = ""
    """Its title in the command palette; "" keeps it out of the palette."""
    palette_help: str = ""
    """The palette's line under the title."""
    show: bool = True
    """Shown in the Footer (and listed in the help)."""
    priority: bool = False
    """Taken before the focused widget sees the key (ctrl keys the command line would otherwise eat)."""
    namespace: str = ""
    """Where the action method lives when not on the widget that binds it ("app")."""

    @property
    def action(self) -> str:
        """The binding's action string ("app.edit_lead", or "talk")."""
        return f"{self.namespace}.{self.name}" if self.namespace else self.name

    @property
    def shown_keys(self) -> str:
        """The keys as the help writes them ("f1, ?")."""
        words = {"question_mark": "?", "slash": "/", "greater_than_sign": ">", "less_than_sign": "<"}
        return ", ".join(words.get(key, key) for key in self.keys.split(","))


APP_ACTIONS: tuple[Action, ...] = (
    Action("help", "f1,question_mark", "Help", "this help", "Help", "Every key the dashboard answers to"),
    Action("undo", "ctrl+z", "Undo", "undo the last change made here (again: the one before)", "Undo",
           "Take back the last change made here (ctrl+z)", priority=True),
    Action("quit", "ctrl+q", "Quit", "quit", priority=True),
    # Listed in the help only with a voice session: try again after it stopped retrying.
    Action("voice_retry", "ctrl+e", "Reconnect voice", "reconnect voice after it stopped retrying",
           show=False, priority=True),
)

MAIN_ACTIONS: tuple[Action, ...] = (
    Action("talk", "ctrl+t", "Talk", "push-to-talk: press to talk, press again to send", "Talk",
           "Push-to-talk: start talking, or send what was said", priority=True, namespace="app"),
    Action("focus_input", "ctrl+g", "Input", "back to the command line", "Focus input", "Type a command",
           priority=True),
    Action("focus_leads", "f5", "Leads", "to the lead table (letters typed there go to the command line)",
           "Focus leads", "Move in the lead table with the arrow keys"),
    Action("filter_leads", "ctrl+f", "Filter", "filter leads (/ in the table); Enter keeps, Esc clears",
           "Filter leads", "Show only leads containing some text", priority=True),
    Action("filter_leads", "slash", "Filter", "", show=False),
    Action("open_lead", "ctrl+o", "Open", "open the lead just answered about (in the table: under the cursor)",
           "Open lead", "The lead just answered about, or the one under the cursor", priority=True),
    Action("toggle_json", "ctrl+r", "JSON", "show or hide the selected tool call's full JSON", "Toggle JSON",
           "Show the selected tool call's result JSON", priority=True),
    Action("clear_transcript", "ctrl+l", "Clear", "clear the transcript", "Clear transcript",
           "Forget the conversation shown", priority=True),
    Action("agenda", "f2", "Agenda", "today's and tomorrow's visits, the next one with a countdown", "Agenda",
           "Today's and tomorrow's visits, the next one with a countdown"),
    Action("pipeline", "f3", "Pipeline",
           "the pipeline: funnel, conversion by source and city, per-day charts (7/30/90 days)", "Pipeline",
           "Funnel, conversion by source and city, changes and visits per day"),
    Action("export", "f4", "Export", "export the lead table as shown (filter and sort) to CSV", "Export leads",
           "The lead table as shown (filter and sort) to a CSV file"),
    # Escape leaves the filter (clearing it) or a pane, back to the command line; not in the Footer.
    Action("escape", "escape", "Back to input", "", show=False),
)

TABLE_ACTIONS: tuple[Action, ...] = (
    Action("sort_next", "greater_than_sign", "Sort", "in the lead table: sort by the next column (or click a header)"),
    Action("sort_reverse", "less_than_sign", "Reverse sort", "in the lead table: reverse the sort", show=False),
    Action("edit_lead", "f6", "Edit", "in the lead table: edit the lead under the cursor", "Edit lead",
           "Change the name, phone, city or source of the lead under the cursor", namespace="app"),
    Action("archive_lead", "delete", "Archive", "in the lead table: archive the lead under the cursor (asks first)", "Archive lead",
           "Archive the lead under the cursor (asks first)", namespace="app"),
    Action("toggle_archived", "f7", "Archived", "in the lead table: archived leads, greyed (again: back)",
           "Show archived leads", "Archived leads, greyed, insert restores (f7; again: back)",
           namespace="screen"),
    Action("my_leads", "f8", "Mine", "in the lead table: only my leads (again: everyone's)", "My leads",
           "Only the leads assigned to me (f8 in the table; again: everyone's)", namespace="screen"),
    Action("restore_lead", "insert", "Restore", "in the archived view: restore the lead under the cursor",
           "Restore lead", "In the archived view: bring the lead under the cursor back", show=False,
           namespace="app"),
)


def bindings(actions: Iterable[Action]) -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """Textual bindings for `actions` (the type of a widget's BINDINGS); the first binding of an action
    carries its id."""
    seen: set[str] = set()
    made: list[Binding | tuple[str, str] | tuple[str, str, str]] = []
    for action in actions:
        if not action.keys:
            continue
        made.append(
            Binding(
                action.keys,
                action.action,
                action.label,
                show=action.show,
                priority=action.priority,
                id=None if action.name in seen else action.name,
            )
        )
        seen.add(action.name)
    return made


def help_rows(actions: Iterable[Action]) -> list[tuple[str, str]]:
    """(keys, sentence) for each action the help lists, in table order."""
    return [(action.shown_keys, action.help) for action in actions if action.keys and action.help]


def palette_entries(actions: Iterable[Action]) -> list[Action]:
    """The actions the command palette offers, in table order."""
    return [action for action in actions if action.palette]
