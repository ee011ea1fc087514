"""How many terminal cells a character takes, as the terminal counts them.

Rich (and so Textual) measures text with wcwidth's tables, where a spacing combining mark (Unicode
category Mc: the vowel signs of Devanagari, Tamil, Bengali, ... such as "ा" in "राहुल") takes no cell.
glibc's wcwidth, and with it tmux, xterm and VTE terminals, gives it one. Each such mark in a lead's
name then pushed the rest of the row, and the pane's right border, one cell to the right. The
dashboard measures them as the terminal does.

This edits Rich's own width table (`rich._unicode_data`, a private module: Rich comes pinned through
Textual 8.x, see pyproject.toml); `tests/tui/test_wide_text.py` fails if an upgrade changes it.
"""

from __future__ import annotations

import unicodedata

from rich import cells
from rich._unicode_data import load as load_cell_table

_done = False


def count_spacing_marks_as_terminals_do() -> None:
    """Make Rich count every spacing combining mark (Mc) as one cell. Idempotent."""
    global _done
    if _done:
        return
    table = load_cell_table("auto")
    widths: list[tuple[int, int, int]] = []
    for start, end, width in table.widths:
        if width != 0:
            widths.append((start, end, width))
            continue
        run_start: int | None = None
        run_width = 0
        for codepoint in range(start, end + 1):
            cell = 1 if unicodedata.category(chr(codepoint)) == "Mc" else 0
            if run_start is not None and cell != run_width:
                widths.append((run_start, codepoint - 1, run_width))
                run_start = None
            if run_start is None:
                run_start, run_width = codepoint, cell
        if run_start is not None:
            widths.append((run_start, end, run_width))
    # The table is searched by range; ranges of width 1 need no entry, but keeping them is harmless.
    table.widths[:] = [entry for entry in widths if entry[2] != 1]  # type: ignore[index]
    cells.get_character_cell_size.cache_clear()
    cells.cached_cell_len.cache_clear()
    _done = True
