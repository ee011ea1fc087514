"""The one-line status bar: engine, CRM connection, microphone, voice session, metrics and clock.

The app owns every one of these states and pushes them down with `data_bind`; this widget only draws.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from crm_tui.feed import FeedState
    from crm_tui.voice.events import MicStateName, SessionStateName

_CRM_STYLES = {
    "connected": "bold green",
    "connecting": "yellow",
    "reconnecting": "bold yellow",
    "down": "bold white on red",
}
# Appended to the engine label while Gemini cannot be reached and typed commands go to the local engine.
OFFLINE_WORDS = "offline: local"
OFFLINE_SUFFIX = f" ({OFFLINE_WORDS})"
_SESSION_STYLES = {
    "connected": "green", "reconnecting": "yellow", "error": "bold red", "connecting": "yellow", "stopped": "bold red",
}


class StatusLine(Widget):
    """Engine · CRM · mic · session · metrics · time, on one line."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    engine_label: reactive[str] = reactive("starting…")
    """Which engine answers: "local", "gemini:<model>", or "gemini:<model> (offline: local)"."""
    crm_state: reactive[FeedState] = reactive("connecting")
    """The CRM change feed: connecting, connected, reconnecting or down."""
    mic_state: reactive[MicStateName] = reactive("no_microphone")
    """The microphone: no_microphone, muted, listening or talking."""
    mic_mode: reactive[str] = reactive("")
    """Hands-free: "half-duplex" (the mic is ignored while the assistant speaks); empty otherwise."""
    session_state: reactive[SessionStateName | Literal[""]] = reactive("")
    """The voice session's state; empty when there is no voice session."""
    session_detail: reactive[str] = reactive("")
    """Why the voice session stopped retrying (shown with the key that retries), else unused."""
    metrics_text: reactive[str] = reactive("")
    """Short voice metrics (first audio, tool round trip), empty until measured."""
    clock_text: reactive[str] = reactive("")
    """The time of day, from the app's (injectable) clock."""

    def render(self) -> Text:
        tail = Text(no_wrap=True)
        tail.append(" │ CRM ", "dim")
        tail.append(self.crm_state, _CRM_STYLES.get(self.crm_state, ""))
        tail.append(" │ mic ", "dim")
        tail.append(self.mic_state.replace("_", " "), "bold magenta" if self.mic_state == "talking" else "")
        if self.mic_mode and self.mic_state in ("listening", "muted"):
            tail.append(f" ({self.mic_mode})", "dim")
        if self.session_state:
            tail.append(" │ voice ", "dim")
            tail.append(self.session_state, _SESSION_STYLES.get(self.session_state, ""))
            if self.session_state == "stopped":
                why = self.session_detail.split(";")[0]
                tail.append(f": {why}" if why else "", "red")
                tail.append(" · ctrl+e retries", "bold")
        if self.metrics_text:
            tail.append(" │ ", "dim")
            tail.append(self.metrics_text)
        # The engine label gives way first: a Gemini model name is ~50 cells and at 80 columns it
        # pushed the CRM, mic and voice states (what changes and matters) off the line.
        room = self.size.width - tail.cell_len - len("engine ") - (len(self.clock_text) + 2 if self.clock_text else 0)
        label = _fit_label(self.engine_label, max(room, 12))
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("engine ", "dim")
        if label == OFFLINE_WORDS:
            text.append(label, "bold yellow")
        elif label.endswith(OFFLINE_SUFFIX):
            head = label.removesuffix(OFFLINE_SUFFIX)
            text.append(head, "bold")
            text.append(label[len(head) :], "bold yellow")
        else:
            text.append(label, "bold")
        text.append_text(tail)
        if self.clock_text:
            pad = self.size.width - text.cell_len - len(self.clock_text)
            text.append(" " * max(pad, 2))
            text.append(self.clock_text, "dim")
        return text


def _fit_label(label: str, room: int) -> str:
    """The engine label in `room` cells: the model name gives way first, "offline: local" last.

    That a typed command is answered locally (Gemini unreachable) matters more than which model it
    would have been, so at 80 columns "gemini:gemini-3.8-live (offline: local)" becomes
    "gemini:ge… (offline: local)" or just "offline: local".
    """
    if len(label) <= room:
        return label
    if label.endswith(OFFLINE_SUFFIX):
        head_room = room - len(OFFLINE_SUFFIX)
        head = label.removesuffix(OFFLINE_SUFFIX)
        if head_room >= 8:
            return head[: head_room - 1] + "…" + OFFLINE_SUFFIX
        return OFFLINE_WORDS
    return label[: room - 1] + "…"
