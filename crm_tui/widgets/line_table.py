"""Every use of Textual's private DataTable internals, in one module: `LineTable`, a DataTable of one-line
rows that stays fast at 100,000 of them.

Textual's DataTable keeps a list of every row in screen order and of every row's line offset, rebuilt
whenever any row changes (~100 ms a frame at 100,000 leads), and sizes a column by rendering each new
cell (~40 µs a cell). Every row here is one line of plain text, so position and row index are the same
thing and a cell's width is its cell length; `LineTable` overrides those parts with O(1) lookups.

The pin and the guard: these are private names of Textual 8.x (`_row_locations`, `_data`,
`_update_count`, `_y_offsets`, `_get_row_region`, `_get_cell_region`, `_update_dimensions`,
`_update_column_widths`, `_compute_row_renderables`, `_clear_caches`, `_row_label_column_width`,
`_require_update_dimensions`, `_new_rows`, `_highlight_cursor`); pyproject.toml pins Textual to 8.x, and `bench/bench_tui.py` (100,000
leads: load, keys, sort, filter) with the table tests in tests/tui fail first when an upgrade changes
them. `LeadTable` uses only the small public surface below (`append_rows`, `row_key_at`, `set_order`, `place_rows`,
`row_cells`, `redraw_columns`, `label_width`, `lay_out_columns`). The public Line API (a `ScrollView` with
`render_line` over our own ordered rows, as toolong does) would need none of this; it is the way out
if the pin has to go.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import zip_longest
from time import monotonic
from typing import Any, TypeVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual._two_way_dict import TwoWayDict
from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.timer import Timer
from textual.widgets import DataTable
from textual.widgets._data_table import RowRenderables
from textual.widgets.data_table import CellKey, ColumnKey, DuplicateKey, Row, RowKey

CellValue = str | Text
# While rows are appended past the view (a bulk load), the virtual size (what the scrollbar shows) is
# brought up to date at most this often rather than after every slice: each update repaints the whole
# table, and at a slice every few milliseconds those repaints were most of a 100,000-lead load's frames.
MEASURE_EVERY_S = 0.25
T = TypeVar("T")


def plain(value: object) -> str:
    return value.plain if isinstance(value, Text) else str(value)


def _row_key_at(table: LineTable, index: int) -> RowKey:
    """The key of the row at screen position `index` (negative counts from the end)."""
    if index < 0:
        index += table.row_count
    key = table._row_locations.get_key(index)
    if key is None:
        raise IndexError(index)
    return key


class _ByPosition(Sequence[T]):
    """A view of the table's rows by screen position, looked up when asked rather than copied.

    Textual's DataTable rebuilds its list of rows in order and of line offsets over every row whenever
    any row changes: at 100,000 leads that is ~100 ms on every frame while pages load or the feed
    updates a row. Every lead row is one line high, so position and index are the same thing.
    """

    def __init__(self, table: LineTable) -> None:
        self.table = table

    def __len__(self) -> int:
        return self.table.row_count


class _RowsInOrder(_ByPosition[Row]):
    """The rows in screen order."""

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            # Lazy: DataTable's page up/down slice from the cursor and stop after a screenful.
            return _RowSlice(self, range(*index.indices(len(self))))
        return self.table.rows[_row_key_at(self.table, index)]


class _RowSlice(Sequence[Row]):
    """A range of `_RowsInOrder`, fetched row by row as it is iterated."""

    def __init__(self, rows: _RowsInOrder, indices: range) -> None:
        self.rows = rows
        self.indices = indices

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return _RowSlice(self.rows, self.indices[index])
        return self.rows[self.indices[index]]

    def __iter__(self) -> Iterator[Row]:
        for index in self.indices:
            yield self.rows[index]


class _LineOffsets(_ByPosition[tuple[RowKey, int]]):
    """Line y of the body is row y, line 0 of it (rows are one line high)."""

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _row_key_at(self.table, index), 0

    def clear(self) -> None:
        """DataTable.clear() empties the cached list; there is nothing cached here."""


class LineTable(DataTable[CellValue]):
    """A DataTable of one-line rows, O(1) per frame and per added row at any row count."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The widest cell seen in each column (columns only grow; the header is laid out around it).
        self._cell_widths: dict[str, int] = {}
        # Rows measured by the last `_update_dimensions`, when the next may run, and the timer for it.
        self._measured_rows = 0
        self._next_measure = 0.0
        self._measure_timer: Timer | None = None

    # --- the surface subclasses use ---------------------------------------------------------------

    def append_rows(self, rows: Iterable[tuple[str, Sequence[CellValue]]]) -> None:
        """Add one-line rows (key, cells in column order) at the end, as `add_row` would one by one.

        `add_row` sets the cursor coordinate again for every row (a reactive that always runs its
        watchers) and reads the ordered columns every time: two thirds of its cost. Here that is done
        once for the batch, and the cells are measured as they go in.

        Nor does an append bump the render caches' update count, as `add_row` does: every cached line,
        row and cell is of a row that already exists (a line past the last row is drawn blank and
        never cached), and appending rows changes none of them. Bumped, it made the
        screenful of rows in view render again, cell by cell through Rich, on every frame of a
        100,000-lead load: a quarter of the event loop's time, which keys waited behind. Anything
        that does change rows in view (a sort, a placement, a removal, a refill's `clear`, wider
        columns) bumps the count or clears the caches itself.
        """
        column_keys = [column.key for column in self.ordered_columns]
        widths = [self._cell_widths.get(str(key.value), 0) for key in column_keys]
        locations, data, by_key = self._row_locations, self._data, self.rows
        start = index = self.row_count
        for key, cells in rows:
            row_key = RowKey(key)
            if row_key in locations:
                raise DuplicateKey(f"The row key {row_key!r} already exists.")
            if len(cells) > len(column_keys):
                raise ValueError("More values provided than there are columns.")
            locations[row_key] = index
            index += 1
            data[row_key] = dict(zip_longest(column_keys, cells))
            by_key[row_key] = Row(row_key, 1, None, False)
            for column, cell in enumerate(cells):
                width = cell_len(plain(cell))
                if width > widths[column]:
                    widths[column] = width
        if index == start:
            return
        # Measured here, slice by slice, rather than left to `_update_dimensions` (which may wait,
        # `_on_idle`, and would then measure thousands of rows in one go while a key waits).
        self._set_widths(widths)
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if start == 0 and column_keys and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()  # the first rows: there is a highlighted cell where there was none
        self.check_idle()

    def row_key_at(self, index: int) -> RowKey | None:
        """The key of the row shown at `index` (None past the end)."""
        return self._row_locations.get_key(index)

    def set_order(self, row_keys: list[RowKey]) -> None:
        """Show the rows in this order (every row key once), as `DataTable.sort` would leave them."""
        self._row_locations = TwoWayDict({key: index for index, key in enumerate(row_keys)})
        self._update_count += 1
        self.refresh()

    def place_rows(self, row_keys: Sequence[RowKey | None], start: int) -> None:
        """Show `row_keys` at positions `start`, `start + 1`, ... (a shift of part of the order)."""
        for index, key in enumerate(row_keys, start=start):
            if key is not None:
                self._row_locations[key] = index
        self._update_count += 1

    def row_cells(self) -> Mapping[RowKey, dict[ColumnKey, CellValue]]:
        """Every row's cells by row key, in the order the rows were added."""
        return self._data

    @property
    def label_width(self) -> int:
        """Cells the row labels take (0: this table shows none)."""
        return self._row_label_column_width

    @property
    def widest_cells(self) -> dict[str, int]:
        """The widest cell seen in each column, by column key."""
        return self._cell_widths

    def lay_out_columns(self) -> None:
        """Called when a column got a wider cell: size and label the columns (subclasses decide how)."""

    def redraw_columns(self) -> None:
        """After the columns' widths or labels changed: drop the lines rendered at the old widths and
        recompute the virtual width, so the next frame is right."""
        self._clear_caches()
        DataTable._update_dimensions(self, ())
        self.refresh()

    # --- the overrides ------------------------------------------------------------------------------

    async def _on_idle(self, event: events.Idle) -> None:
        # DataTable updates its dimensions whenever its queue empties. Rows appended past both the view
        # and the cursor change nothing on the screen but the scrollbar: updated at most every
        # MEASURE_EVERY_S. Anything else (an edited cell, rows in view, the cursor near the end of
        # the rows measured, where a key needs the virtual size to scroll) is updated at once.
        if self._require_update_dimensions and not self._updated_cells and self._appends_out_of_sight():
            now = monotonic()
            if now < self._next_measure:
                if self._measure_timer is None:
                    self._measure_timer = self.set_timer(self._next_measure - now, self._measure_due)
                return
        self._next_measure = monotonic() + MEASURE_EVERY_S
        await super()._on_idle(event)
        self._measured_rows = self.row_count

    def _appends_out_of_sight(self) -> bool:
        end_of_view = int(self.scroll_offset.y) + self.size.height
        return self.row_count > self._measured_rows > end_of_view and self.cursor_row < self._measured_rows - self.size.height

    def _measure_due(self) -> None:
        self._measure_timer = None
        self.check_idle()


    @property
    def ordered_rows(self) -> list[Row]:
        return _RowsInOrder(self)  # type: ignore[return-value]

    @property
    def _y_offsets(self) -> list[tuple[RowKey, int]]:
        return _LineOffsets(self)  # type: ignore[return-value]

    def _compute_row_renderables(self, row_index: int) -> RowRenderables:
        # A cell cut at its column's edge ends in "…" (Textual crops it silently): "Instagr…", not
        # "Instagra", so a cut name is never read as a whole one.
        renderables = super()._compute_row_renderables(row_index)
        for cell in renderables.cells:
            if isinstance(cell, Text):
                cell.overflow = "ellipsis"
        return renderables

    def _get_row_region(self, row_index: int) -> Region:
        if not self.is_valid_row_index(row_index):
            return Region(0, 0, 0, 0)
        width = sum(column.get_render_width(self) for column in self.columns.values())
        width += self._row_label_column_width
        top = self.header_height if self.show_header else 0
        return Region(0, top + row_index, max(self.size.width, width), 1)

    def _get_cell_region(self, coordinate: Coordinate) -> Region:
        if not self.is_valid_coordinate(coordinate):
            return Region(0, 0, 0, 0)
        row_index, column_index = coordinate
        columns = self.ordered_columns
        x = sum(column.get_render_width(self) for column in columns[:column_index]) + self._row_label_column_width
        top = self.header_height if self.show_header else 0
        return Region(x, top + row_index, columns[column_index].get_render_width(self), 1)

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        # Textual sizes columns by rendering every new cell (~40 µs a cell: 4.6 s of UI time for
        # 20,000 rows, measured by bench/bench_tui.py). Our cells are one line of plain text, so a
        # cell's width is its cell length; measure that here and let Textual do the rest (virtual
        # size) with no rows to render. Relies on a private hook: Textual is pinned to 8.x.
        columns = self.ordered_columns
        widths = [self._cell_widths.get(str(column.key.value), 0) for column in columns]
        for row_key in new_rows:
            row = self._data.get(row_key)
            if row is None:
                continue  # removed before the table was idle
            for index, column in enumerate(columns):
                width = cell_len(plain(row.get(column.key, "")))
                if width > widths[index]:
                    widths[index] = width
        self._set_widths(widths)
        super()._update_dimensions(())

    def _update_column_widths(self, updated_cells: set[CellKey]) -> None:
        # Textual re-measures the whole column (every row, ~40 µs a cell: seconds at 100,000 rows)
        # when an updated cell got narrower. Columns here only grow: a column that was wide enough
        # for "IN_PROGRESS" once may stay that wide.
        columns = self.ordered_columns
        widths = [self._cell_widths.get(str(column.key.value), 0) for column in columns]
        index_of = {column.key: index for index, column in enumerate(columns)}
        for row_key, column_key in updated_cells:
            row = self._data.get(row_key)
            if row is None or column_key not in index_of:
                continue
            index = index_of[column_key]
            widths[index] = max(widths[index], cell_len(plain(row.get(column_key, ""))))
        self._set_widths(widths)
        self._require_update_dimensions = True

    def _set_widths(self, widths: list[int]) -> None:
        """Take the widest cell seen in each column (in column order) and lay the columns out again."""
        grown = False
        for column, width in zip(self.ordered_columns, widths, strict=True):
            if width > self._cell_widths.get(str(column.key.value), 0):
                self._cell_widths[str(column.key.value)] = width
                grown = True
        if grown:
            self.lay_out_columns()

