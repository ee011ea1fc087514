"""A corrected hour said bare takes the unit of the hour it corrects.

"kal 4 baje bulao, nahi nahi 5, uska office 4 baje tak hai": the new hour is said as "5" alone, and a remark after it
says "4 baje"; the date reader, which trusts an hour with its unit over a bare number, read the remark's hour and
booked 4 with no notes. The hour said after a cue is the one corrected, so it is written with the old hour's unit
("5 baje") before the date reader sees the line. Asked by `corrections.apply_corrections` for a time corrected.
"""

from __future__ import annotations

import re

__all__ = ["with_the_old_unit"]

_UNIT_LAST = re.compile(r"\d\s*(?P<unit>baje|am|pm|a\.m\.|p\.m\.|o'?clock)\s*$", re.I)
_BARE_HOUR = re.compile(r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?$")


def with_the_old_unit(old: str, after: str, found: tuple[str, int, int]) -> tuple[str, tuple[str, int, int]]:
    """`after` with the bare hour at `found` given the unit that ends `old` (the time taken back), when a clause
    follows it; `after` and `found` as they are otherwise ("4 baje, no, 5" with nothing after is read right)."""
    unit = _UNIT_LAST.search(old)
    hour = after[found[1]:found[2]]
    rest = after[found[2]:]
    if unit is None or not _BARE_HOUR.fullmatch(hour) or not re.match(r"\s*,\s*\S", rest):
        return after, found
    said = f"{hour} {unit['unit']}"
    return after[:found[1]] + said + rest, (found[0], found[1], found[1] + len(said))
