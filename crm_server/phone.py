"""Indian mobile numbers in one stored form: 10 digits, first digit 6-9.

Reference clients send the same number many ways (`+91 98765 43210`, `098765-43210`, `919876543210`);
storing one form is what makes duplicate detection and search by phone work. The `phonenumbers`
library does the parsing and tells mobiles from fixed lines (it calls 5876543210 a valid Indian
number, but a fixed line, which a sales person cannot be texted on).
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

_SEPARATORS = re.compile(r"[\s\-().]")
_DIGITS = re.compile(r"\+?\d+")


class InvalidPhone(ValueError):
    """The text is not a 10-digit Indian mobile number in any accepted spelling."""


def strip_dial_prefix(digits: str) -> str:
    """The digits with what people dial before the 10-digit number dropped: +91 / 91 / 0091 (country
    code), 0 (trunk prefix), and both together as some write them (091…, +91 0 98765 43210 = 910…).

    The one prefix rule: the server's validation, the store's phone search and both engines (the local
    parser through `crm_tui.nlu.phones`) all call it, so a number one accepts the others accept too.
    Only whole prefixes of a number that is too long are dropped; a 10-digit number is returned as is.
    """
    if len(digits) == 14 and digits.startswith("0091"):
        return digits[4:]
    if len(digits) == 13 and digits.startswith(("091", "910")):
        return digits[3:]
    if len(digits) == 12 and digits.startswith("91"):
        return digits[2:]
    if len(digits) == 11 and digits.startswith("0"):
        return digits[1:]
    return digits


def is_indian_mobile(national: str) -> bool:
    """Is this 10-digit national number an Indian mobile (first digit 6-9, and a mobile by phonenumbers:
    5876543210 is a valid Indian number but a fixed line)?"""
    if len(national) != 10 or not national.isascii() or not national.isdigit() or national[0] not in "6789":
        return False
    # The digits are already the national number, so skip phonenumbers.parse and ask only the question
    # we need answered: is it a mobile? With phonenumbers' own metadata and rule, compiled once.
    pattern = _ten_digit_mobile()
    return pattern is not None and pattern.fullmatch(national) is not None


class _Desc(NamedTuple):
    """One number kind of phonenumbers' metadata: its pattern (compiled) and the lengths it allows."""

    pattern: re.Pattern[str] | None
    lengths: tuple[int, ...]


class _MobileRule(NamedTuple):
    """phonenumbers.number_type(...) in (MOBILE, FIXED_LINE_OR_MOBILE) for India, in the library's own
    order (phonenumberutil._number_type_helper) over its own metadata, with the patterns compiled once:
    the library looks each pattern up in its regex cache on every call, which made phone validation
    the largest single cost of a create (about 90 us of it). tests/nlu/test_phones.py checks the two
    agree over 300,000 numbers."""

    general: _Desc
    other_kinds: tuple[_Desc, ...]  # premium rate, toll free, ... : checked before fixed line and mobile
    fixed_line: _Desc
    mobile: _Desc
    same_mobile_and_fixed_line: bool

    @property
    def mobile_kind(self) -> _Desc:
        """The pattern that decides "mobile" once the general pattern matched and no other kind did. The
        library's order is: a fixed line is FIXED_LINE_OR_MOBILE when the region's two patterns are the
        same, else MOBILE if the mobile pattern matches too; a number that is not a fixed line is MOBILE if
        the mobile pattern matches. So with two patterns the answer is the mobile pattern's either way, and
        the fixed-line pattern (India's longest) need not run."""
        return self.fixed_line if self.same_mobile_and_fixed_line else self.mobile

    def one_pattern(self, length: int) -> re.Pattern[str] | None:
        """The mobile check for numbers of `length` digits as one regular expression (a lookahead for the
        general pattern, one against each other kind, then `mobile_kind`): one match instead of a walk
        over ten kinds, 3.3 -> 0.5 us a create. None: no number of that length is a mobile."""
        def source(kind: _Desc) -> str | None:
            """The kind's pattern text when it can match a number of `length` digits."""
            if kind.pattern is None or (kind.lengths and length not in kind.lengths):
                return None
            return kind.pattern.pattern

        general, mobile = source(self.general), source(self.mobile_kind)
        if general is None or mobile is None:
            return None
        others = "".join(f"(?!(?:{text})\\Z)" for text in map(source, self.other_kinds) if text is not None)
        return re.compile(f"(?=(?:{general})\\Z){others}(?:{mobile})")


@functools.cache
def _mobile_rule() -> _MobileRule:
    # Imported at the first number checked, not with the server: the package (~15 ms of CPU) is not
    # needed to start or to read. `crm-server` checks one before it serves; the dashboard on a worker
    # thread once its start-up is over (crm_tui/app.py, warm_up).
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("IN")
    assert metadata is not None

    def desc(kind: Any) -> _Desc:
        pattern = getattr(kind, "national_number_pattern", None)
        return _Desc(re.compile(pattern) if pattern else None, tuple(getattr(kind, "possible_length", None) or ()))

    others = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")
    return _MobileRule(desc(metadata.general_desc), tuple(desc(getattr(metadata, name)) for name in others),
                       desc(metadata.fixed_line), desc(metadata.mobile),
                       bool(metadata.same_mobile_and_fixed_line_pattern))


@functools.cache
def _ten_digit_mobile() -> re.Pattern[str] | None:
    return _mobile_rule().one_pattern(10)


def normalize_phone(raw: str) -> str:
    """Return the 10-digit national form of an Indian mobile number or raise InvalidPhone."""
    compact = _SEPARATORS.sub("", raw.strip())
    if not compact:
        raise InvalidPhone("phone is empty")
    if not _DIGITS.fullmatch(compact):
        raise InvalidPhone("phone may contain only digits, spaces, dashes and a leading +")
    # Any script's decimal digits count (a Hindi transcript may say ९८७६५४३२१०, a phone keyboard may
    # give fullwidth ９); \d matched them above, and int() reads each one as its ASCII digit.
    digits = compact.lstrip("+")
    if not digits.isascii():
        digits = "".join(str(int(ch)) for ch in digits)
    digits = strip_dial_prefix(digits)
    if len(digits) != 10:
        raise InvalidPhone("phone must be a 10-digit Indian mobile number")
    if digits[0] not in "6789":
        raise InvalidPhone("an Indian mobile number starts with 6, 7, 8 or 9")
    if not is_indian_mobile(digits):
        raise InvalidPhone("phone is not an Indian mobile number")
    return digits
