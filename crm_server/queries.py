"""The read side's small rules: what a search text means (a phone number? LIKE-escaped text) and the
opaque page cursors of GET /crm/leads and GET /crm/visits."""

from __future__ import annotations

from crm_server.phone import strip_dial_prefix


def phone_digits(text: str) -> str | None:
    """The digits to look for in stored phones, or None when the query is not a phone number.

    Only a query that is essentially a number searches phones, so "Sector 14" does not match every
    phone containing "14"; the prefixes people dial (+91, 0) are dropped, as they are at storage.
    """
    compact = "".join(ch for ch in text if ch not in " -().")
    if compact.startswith("+91"):
        compact = compact[3:]
    elif compact.startswith("+"):
        compact = compact[1:]
    if len(compact) < 3 or not compact.isdecimal():
        return None
    compact = "".join(str(int(ch)) for ch in compact)  # Devanagari or fullwidth digits, as stored: ASCII
    if len(compact) > 10:
        compact = strip_dial_prefix(("91" if text.lstrip().startswith("+91") else "") + compact)
    return compact


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")



class InvalidCursor(ValueError):
    """A cursor that this server did not hand out."""


def encode_cursor(seq: int, newest: bool = False) -> str:
    # Opaque to clients by contract; a plain number today so it stays debuggable. The letter says which
    # way the list runs ("s": oldest first, "n": newest first), so a cursor passed back with the other
    # order is refused rather than silently walking the wrong way.
    return f"{'n' if newest else 's'}{seq}"


def decode_time_cursor(cursor: str) -> tuple[int, int]:
    """A visit-time cursor "t<epoch>_<seq>" (epoch may be negative) as (epoch, seq)."""
    epoch, sep, seq = cursor[1:].partition("_")
    digits = epoch.removeprefix("-")
    if (not cursor.startswith("t") or not sep or not (digits + seq).isascii() or not digits.isdecimal()
            or not seq.isdecimal() or len(digits) > 18 or len(seq) > 18):
        raise InvalidCursor(cursor)
    return int(epoch), int(seq)


def decode_cursor(cursor: str, newest: bool = False) -> int:
    # isdecimal, not isdigit: "s²" must not pass; 18 digits keeps it inside SQLite's 64-bit integers.
    digits = cursor[1:]
    letter = "n" if newest else "s"
    if not cursor.startswith(letter) or not digits.isascii() or not digits.isdecimal() or len(digits) > 18:
        raise InvalidCursor(cursor)
    return int(digits)
