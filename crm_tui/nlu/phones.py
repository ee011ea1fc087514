"""Indian mobile numbers as sales people say and type them, turned into the CRM's one stored form.

A number arrives as `+91 98765 43210`, `098765-43210`, "nine eight seven six five four three two one
zero", "double nine eight…", "triple five", "oh" for zero, or digits grouped any way. The CRM stores
10 digits with a first digit 6-9, so the bot must normalise before it calls, and when it cannot, say
why in words a person understands ("phone 12345 has 5 digits; an Indian mobile has 10").

Digit words are expanded here by hand (no library reads "double nine"); `phonenumbers` then makes the
final call on whether the 10 digits are a mobile: it accepts 5876543210 as a valid Indian number, but
as a fixed line, so the number type is checked, not just validity.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from crm_server.phone import is_indian_mobile, strip_dial_prefix

__all__ = ["PhoneError", "normalize_phone", "find_phone", "heard_digits", "spoken_digits", "ascii_digits", "DIGIT_WORDS"]


class PhoneError(ValueError):
    """The text is not a 10-digit Indian mobile number; str(error) is the reason, for a person."""


DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "null": "0",
    "one": "1", "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "tree": "3",
    "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8",
    "nine": "9", "niner": "9",
}
# Homophones ("to", "for", "won", "ate", "o", "oh") count as digits only inside a run of other digits;
# on their own they are ordinary words ("a visit for Rohan", "oh and").
_WEAK_WORDS = {"to", "too", "for", "won", "ate", "o", "oh", "tree", "null"}
_TENS_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_REPEAT_WORDS = {"double": 2, "triple": 3, "treble": 3}
_SPOKEN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# One token of a phone: a digit group (with an optional leading +), a digit word, a tens word, or a
# repeat word. Separators between tokens: spaces, dashes, dots, commas, parentheses.
_TOKEN = re.compile(r"\+?\d+|[a-z]+", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s\-.,()/]*$")


def _digits_of(tokens: list[str]) -> str | None:
    """Digits spelled by a token sequence, or None when a token is not part of a phone."""
    out: list[str] = []
    repeat = 1
    i = 0
    while i < len(tokens):
        tok = tokens[i].lower()
        if tok.lstrip("+").isdigit():
            digits = tok.lstrip("+")
            out.append(digits[0] * repeat + digits[1:])
            repeat = 1
        elif tok in _REPEAT_WORDS:
            if repeat != 1:
                return None
            repeat = _REPEAT_WORDS[tok]
        elif tok in DIGIT_WORDS:
            out.append(DIGIT_WORDS[tok] * repeat)
            repeat = 1
        elif tok in _TENS_WORDS:
            value = _TENS_WORDS[tok]
            # "ninety eight" is 98, "ninety" alone is 90.
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if value % 10 == 0 and value >= 20 and nxt in DIGIT_WORDS and DIGIT_WORDS[nxt] != "0" and nxt not in _WEAK_WORDS:
                out.append(str(value + int(DIGIT_WORDS[nxt])) * repeat)
                i += 1
            else:
                out.append(str(value) * repeat)
            repeat = 1
        else:
            return None
        i += 1
    if repeat != 1:
        return None
    return "".join(out)


def ascii_digits(text: str) -> str:
    """Digits in any script as ASCII, same length: Hindi speech-to-text and keyboards write "९८७६५४३२१०".

    Python's `\\d` and `str.isdigit` accept them, so without this they would reach the CRM as they are."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text)


def _validate(digits: str, shown: str) -> str:
    # The prefix rule and the mobile check are the server's (`crm_server.phone`): one rule, so a number
    # the CRM accepts ("+91 0 98765 43210") the engines accept too. Only the reasons are worded here.
    national = strip_dial_prefix(digits)
    if len(national) != 10:
        raise PhoneError(f"phone {shown} has {len(national)} digits; an Indian mobile has 10")
    if national[0] not in "6789":
        raise PhoneError(f"phone {national} starts with {national[0]}; an Indian mobile starts with 6, 7, 8 or 9")
    if not is_indian_mobile(national):
        raise PhoneError(f"phone {national} is not an Indian mobile number")
    return national


def normalize_phone(raw: str) -> str:
    """Any written or spoken form of an Indian mobile -> its 10 digits ("9876543210"); else PhoneError."""
    text = ascii_digits((raw or "").strip())
    if not text:
        raise PhoneError("no phone number was given")
    tokens: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if not _SEPARATOR.match(text[pos : m.start()]):
            raise PhoneError(f"phone {text!r} contains characters that are not digits")
        tokens.append(m.group())
        pos = m.end()
    if not _SEPARATOR.match(text[pos:]):
        raise PhoneError(f"phone {text!r} contains characters that are not digits")
    # A leading "plus" said out loud ("plus nine one ...").
    if tokens and tokens[0].lower() == "plus":
        tokens = tokens[1:]
    digits = _digits_of(tokens)
    if digits is None or not digits:
        raise PhoneError(f"{text!r} is not a phone number")
    return _validate(digits, digits)


def _is_digit_token(tok: str, strong_neighbour: bool) -> bool:
    low = tok.lower()
    if low.lstrip("+").isdigit():
        return True
    if low in _REPEAT_WORDS or low in _TENS_WORDS or low == "plus":
        return True
    if low in DIGIT_WORDS:
        return low not in _WEAK_WORDS or strong_neighbour
    return False


# Things that look like digit runs but are not phones: ISO dates, clock times, ordinals, amounts.
_NOT_PHONE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?(?:[+-]\d{2}:?\d{2}|z)?\b"
    r"|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
    r"|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d+(?:st|nd|rd|th)\b"
    # Lead ids mix hex letters and digits ("a1b2c3d4"); their digits are not a phone.
    r"|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{4,}\b"
    # The number of a place before the phone: "Noida Sector 62 98100 11133" is sector 62, then the mobile.
    r"|(?<=\bsector\s)\d{1,3}\b|(?<=\bsec\s)\d{1,3}\b|(?<=\bphase\s)\d{1,2}\b|(?<=\bblock\s)\d{1,3}\b"
    # The number of a property: "won, plot 47, 2400 sq ft" is plot 47 and a size (read as 472400, a new lead's phone).
    r"|\b(?:plot|flat|unit|tower|villa|shop|gate)\s+(?:no\.?\s*|number\s+)?\d{1,5}\b"
    # A postal code: "Vadodara, pin 390007", "pincode 560066" (six digits that had been saved as a 6-digit phone).
    r"|(?:(?<=\bpin\s)|(?<=\bpin:\s)|(?<=\bpincode\s)|(?<=\bpin\scode\s)|(?<=\bzip\s)|(?<=\bpostal\scode\s))\d{3}\s?\d{3}\b"
    # A clock's minutes said in words after "at": "at ten to eleven", "at twenty past four" (read as 10 2 11, a lead).
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\baround\s))(?:five|ten|twenty(?:[\s-]five)?)\s+(?:minutes?\s+)?(?:to|past)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
    # A visit's window said in words after "from" / "between": "from ten to twelve", "between four and five" (read as
    # 10 2 12, a lead's phone).
    r"|(?:(?<=\bfrom\s)|(?<=\bbetween\s))(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:to|till|until|and)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    # A date typed day-month-year with dashes or dots: "5-12-26", "05.12.2026" (read as 51226, a lead's phone).
    r"|(?<![\d.-])(?:3[01]|[12]\d|0?[1-9])([-.])(?:1[0-2]|0?[1-9])\1(?:20\d\d|\d\d)(?![\d.-]|\.\d)",
    re.IGNORECASE,
)


def _valid(words: list[str]) -> bool:
    if words and words[0].lower() == "plus":
        words = words[1:]
    digits = _digits_of(words)
    if not digits:
        return False
    try:
        _validate(digits, digits)
    except PhoneError:
        return False
    return True


# A count belongs to the unit after it, not to a phone before it: "98765 43210 2 bhk", "5 pm", "50 lakh".
_UNIT_AFTER = re.compile(
    r"\s*-?\s*(?:bhk|rk|bed(?:room)?s?|people|persons?|members|adults|kids|children|lakhs?|lacs?|l|k|cr|crores?|"
    r"sq\.?\s*ft|sqft|sq|square|ft|feet|acres?|floors?|storey|days?|weeks?|months?|years?|yrs?|hours?|hrs?|"
    r"mins?|minutes|a\.?\s?m|p\.?\s?m|baje|o'?\s?clock|oclock|flats?|units?|plots?|villas?|cars?)\b",
    re.IGNORECASE,
)
# An hour said just before a phone: "visit at 3 98765 43210", "tomorrow 4 98765 43210".
_TIME_CUE_BEFORE = re.compile(
    r"\b(?:at|by|around|before|after|till|until|tomorrow|tmrw|today|tonight|kal|parso|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\s*@?\s*$|@\s*$",
    re.IGNORECASE,
)


def _hour_token(tok: str) -> bool:
    low = tok.lower()
    value = int(low) if low.isdigit() and len(low) <= 2 else _HOUR_WORDS.get(low, 0)
    return 1 <= value <= 12


_HOUR_WORDS = {w: i for i, w in enumerate(_SPOKEN) if i} | {"ten": 10, "eleven": 11, "twelve": 12}


def _split_run(masked: str, run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The part of a digit run that is a phone when the whole run is not one, read only where the rest
    is plainly something else: an hour after "at" before it, or a second mobile after it.

    Never a number cut short: "9811 223 344 55" (grouped as one, 12 digits) stays whole, so the bot
    asks rather than saving 9811223344. A count before a unit ("2 bhk") never joins the run at all.
    """
    words = [t for t, _, _ in run]
    if len(run) < 2 or _valid(words):
        return run
    # "at 3 98765 43210": the first token is the hour the cue before it asks for.
    if _hour_token(words[0]) and _TIME_CUE_BEFORE.search(masked[: run[0][1]]) and _valid(words[1:]):
        return run[1:]
    # "98765 43210 98111 22334": two mobiles in a row; the first is the phone, the second is not lost
    # in a twenty-digit error either.
    for k in range(1, len(run)):
        if _valid(words[:k]) and _valid(words[k:]):
            return run[:k]
    return run


# Asked of the same words several times in one parse (the sentence, its slots, the doubts): a few recent answers are
# kept, small on purpose so they serve one parse and no more (tuples of strings, never changed).
@functools.lru_cache(maxsize=16)
def find_phone(text: str) -> tuple[str, str] | None:
    """The longest phone-like run in `text`: (span as it appears, digits heard), or None.

    The digits are what was heard, prefix included ("+91 98765 43210" -> "919876543210"); pass the
    span to `normalize_phone` for the stored form and the reason when it is not a mobile. Runs of
    fewer than 5 digits ("in 3 days", "at 4") are not phones.
    """
    text = ascii_digits(text)
    masked = _NOT_PHONE.sub(lambda m: " " * len(m.group()), text)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(masked)]
    best: tuple[str, str] | None = None
    best_len = 0
    i = 0
    while i < len(tokens):
        run: list[tuple[str, int, int]] = []
        j = i
        while j < len(tokens):
            tok, start, _end = tokens[j]
            if run and not _SEPARATOR.match(masked[run[-1][2] : start]):
                break
            if run and "," in masked[run[-1][2] : start] and _valid([t for t, _, _ in run]):
                # "97450 12345, 1200 sqft chahiye": a whole mobile then a comma; the digits after it are the
                # next field (a size, a budget), never more of the phone.
                break
            # A homophone ("to", "for", "oh") is a digit only right after a spoken digit word:
            # "...one oh" is a zero, "98765 43210 to discuss" and "a visit for Rohan" are words.
            prev = run[-1][0].lower() if run else ""
            after_word = prev in DIGIT_WORDS or prev in _TENS_WORDS or prev in _REPEAT_WORDS
            if not _is_digit_token(tok, after_word):
                break
            if _UNIT_AFTER.match(masked, _end) and not (tok.isdigit() and len(tok) >= 4):
                # "2 bhk", "5 pm": a count or an hour, not the end of a phone (a group of four or more
                # digits is no count: "94500 11223 plot chahiye" ends the phone, not a number of plots).
                break
            run.append(tokens[j])
            j += 1
        # Trim words that cannot end or start a phone ("double" at the end, a leading weak word).
        while run and run[-1][0].lower() in _REPEAT_WORDS:
            run.pop()
        # A trailing homophone that breaks an otherwise good number was a word ("...one zero for Rohan").
        while len(run) > 1 and run[-1][0].lower() in _WEAK_WORDS:
            if _valid([t for t, _, _ in run[:-1]]) and not _valid([t for t, _, _ in run]):
                run.pop()
            else:
                break
        run = _split_run(masked, run)
        if run:
            words = [t for t, _, _ in run]
            if words[0].lower() == "plus":
                words = words[1:]
            digits = _digits_of(words) if words else None
            if digits and len(digits) >= 5 and len(digits) > best_len:
                span = text[run[0][1] : run[-1][2]]
                best, best_len = (span, digits), len(digits)
        i = max(j, i + 1)
    return best


def heard_digits(text: str) -> str | None:
    """The digits `text` spells when it is nothing but digits and digit words ("nine eight two two" -> "9822").

    For a number too short for `find_phone` that followed an explicit "phone"/"number": the bot
    should still say what it heard and why that is not a mobile.
    """
    tokens = [m.group() for m in _TOKEN.finditer(text)]
    return _digits_of(tokens) if tokens else None


def spoken_digits(phone: str) -> str:
    """ "9876543210" -> "nine eight seven six five four three two one zero" (how the bot reads it back)."""
    return " ".join(_SPOKEN[int(ch)] for ch in phone if ch.isdigit())
