"""The audio level meter: microphone and assistant output in dBFS, and the mic's state in words.

Levels arrive many times a second as replaceable messages, so the queue collapses to the newest; the
meter smooths with a fast attack and slow release so the bar reads as a level, not as flicker, and it
redraws one line only when a value changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from crm_tui.messages import LevelChanged

if TYPE_CHECKING:
    from crm_tui.voice.events import MicStateName

FLOOR_DB = -60.0  # below this the bar is empty; speech sits around -30..-10 dBFS
SILENCE_DB = -96.0
_BLOCKS = " ▏▎▍▌▋▊▉█"
_MIC_LABELS = {
    "no_microphone": ("no microphone", "bold white on red"),
    "muted": ("muted", "bold yellow"),
    "listening": ("listening", "green"),
    "talking": ("● talking", "bold white on magenta"),
}


def bar(dbfs: float, width: int) -> str:
    """A left-filled bar of `width` cells for a level between FLOOR_DB and 0 dBFS, with eighth-cell steps."""
    fraction = min(max((dbfs - FLOOR_DB) / -FLOOR_DB, 0.0), 1.0)
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    out = "█" * full + (_BLOCKS[part] if part and full < width else "")
    return out.ljust(width)


def smooth(shown: float, new: float) -> float:
    """Fast attack (jump up), slow release (fall a third of the way), rounded so tiny changes don't redraw."""
    value = new if new >= shown else shown + (new - shown) / 3
    return round(value, 1)


class LevelMeter(Widget):
    """`mic ▕████▌   ▏ -23 dBFS  out ▕██      ▏ -41 dBFS  ● talking`"""

    DEFAULT_CSS = """
    LevelMeter { height: 1; padding: 0 1; }
    """

    in_dbfs: reactive[float] = reactive(SILENCE_DB)
    """The microphone level shown, after smoothing."""
    out_dbfs: reactive[float] = reactive(SILENCE_DB)
    """The assistant's output level shown, after smoothing."""
    mic_state: reactive[MicStateName] = reactive("no_microphone")
    """no_microphone, muted, listening or talking; pushed down by the app."""

    def on_level_changed(self, message: LevelChanged) -> None:
        if message.direction == "in":
            self.in_dbfs = smooth(self.in_dbfs, message.dbfs)
        else:
            self.out_dbfs = smooth(self.out_dbfs, message.dbfs)

    def render(self) -> Text:
        # Two labels, two readings and the state take ~50 cells; the bars share what is left.
        width = max(4, min(24, (self.size.width - 50) // 2))
        text = Text(no_wrap=True, overflow="ellipsis")
        for label, level in (("mic", self.in_dbfs), ("out", self.out_dbfs)):
            text.append(f"{label} ▕", "dim")
            text.append(bar(level, width), "green" if level < -12 else "yellow" if level < -3 else "red")
            text.append("▏", "dim")
            shown = "  -∞" if level <= SILENCE_DB else f"{level:4.0f}"
            text.append(f"{shown} dBFS  ")
        label, style = _MIC_LABELS.get(self.mic_state, (self.mic_state, ""))
        text.append(f" {label} ", style)
        return text
