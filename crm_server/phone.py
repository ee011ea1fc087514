"""Indian mobile numbers in one stored form: 10 digits, first digit 6-9.

Reference clients send the same number many ways (`+91 98765 43210`, `098765-43210`, `919876543210`);
storing one form is what makes duplicate detection and search by phone work. The `phonenumbers`
library does the parsing and tells mobiles from fixed lines (it calls 5876543210 a valid Indian
number, but a fixed line, which a sales person cannot be texted on).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberType

_SEPARATORS = re.compile(r"[\s\-().]")
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


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
    # The digits are already the national number, so skip phonenumbers.parse (two thirds of the cost
    # of a create's validation) and ask only the question we need answered: is it a mobile?
    parsed = PhoneNumber(country_code=91, national_number=int(national))
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def normalize_phone(raw: str) -> str:
    """Return the 10-digit national form of an Indian mobile number or raise InvalidPhone."""
    compact = _SEPARATORS.sub("", raw.strip())
    if not compact:
        raise InvalidPhone("phone is empty")
    if not re.fullmatch(r"\+?\d+", compact):
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
