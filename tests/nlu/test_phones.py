"""Phone numbers as sales people write and say them: every form the issue lists, and every trap."""

from __future__ import annotations

import pytest

from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone, spoken_digits


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("9876543210", "9876543210"),
        ("+91 98765 43210", "9876543210"),
        ("+91-98765-43210", "9876543210"),
        ("919876543210", "9876543210"),
        ("91 98765 43210", "9876543210"),
        ("098765-43210", "9876543210"),
        ("09876543210", "9876543210"),
        ("98 76 54 32 10", "9876543210"),
        ("9876-543-210", "9876543210"),
        ("(98765) 43210", "9876543210"),
        ("nine eight seven six five four three two one zero", "9876543210"),
        ("Nine Eight Seven Six Five, Four Three Two One Zero", "9876543210"),
        ("nine eight seven six five four three two one oh", "9876543210"),
        ("double nine eight seven six five four three two one", "9987654321"),
        ("nine eight seven triple five four three two one", "9875554321"),
        ("ninety eight seven six five four three two one zero", "9876543210"),
        ("nine eight 7 6 five 4 3 two 1 0", "9876543210"),
        ("plus nine one nine eight seven six five four three two one zero", "9876543210"),
        ("zero nine eight seven six five four three two one zero", "9876543210"),
        ("6380 123 456", "6380123456"),
        ("7007123456", "7007123456"),
        ("0091 98765 43210", "9876543210"),  # the international prefix dialled from abroad
        ("९८७६५ ४३२१०", "9876543210"),  # Devanagari digits from a Hindi keyboard or speech-to-text
        ("98765 ४३२१०", "9876543210"),
    ],
)
def test_every_written_and_spoken_form_normalises_to_ten_digits(raw: str, digits: str) -> None:
    assert normalize_phone(raw) == digits


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("12345", "phone 12345 has 5 digits; an Indian mobile has 10"),
        ("98765 4321", "has 9 digits"),
        ("981122334455", "has 12 digits"),
        ("5876543210", "starts with 5"),  # phonenumbers calls this a valid Indian number: a fixed line
        ("4567890123", "starts with 4"),
        ("1800 123 4567", "has 11 digits"),
        ("", "no phone number"),
        ("call me maybe", "not a phone number"),
        ("98765@43210", "not digits"),
    ],
)
def test_numbers_that_are_not_indian_mobiles_say_why(raw: str, reason: str) -> None:
    with pytest.raises(PhoneError) as err:
        normalize_phone(raw)
    assert reason in str(err.value)
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add Rohan, phone +91 98765 43210, from Pune", ("+91 98765 43210", "919876543210")),
        ("his number is nine eight seven six five four three two one zero for the visit", ("nine eight seven six five four three two one zero", "9876543210")),
        ("call him on 98765 43210 to discuss", ("98765 43210", "9876543210")),
        ("the number is 12345", ("12345", "12345")),
        ("double nine one one two three four five six seven please", ("double nine one one two three four five six seven", "9911234567")),
    ],
)
def test_find_phone_returns_the_span_as_said_and_the_digits_heard(text: str, expected: tuple[str, str]) -> None:
    assert find_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "schedule a visit for Rohan tomorrow at 3",  # "for" is not a four, "3" is not a phone
        "in 3 days at 4 pm",
        "book lead a1b2c3d4 on 2026-12-09 18:15",  # an id prefix and an ISO date are not phones
        "lead 3f2b9c1e-8d4a-4b6e-9f0a-1c2d3e4f5a6b",
        "on 12/12/2026 at 10:30",
        "oh and one more thing",
    ],
)
def test_find_phone_ignores_times_dates_ids_and_homophones(text: str) -> None:
    assert find_phone(text) is None


def test_spoken_digits_reads_a_number_back_digit_by_digit() -> None:
    assert spoken_digits("9876543210") == "nine eight seven six five four three two one zero"
    assert normalize_phone(spoken_digits("7007123456")) == "7007123456"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count belongs to the unit after it, not to the phone before it.
        ("new lead Ravi 98765 43210 2 bhk Pune", ("98765 43210", "9876543210")),
        ("Ravi, 98765 43210, 2bhk, budget 80 lakh", ("98765 43210", "9876543210")),
        ("9876543210 50 lakhs budget", ("9876543210", "9876543210")),
        ("nine eight seven six five four three two one zero two bhk", ("nine eight seven six five four three two one zero", "9876543210")),
        ("tomorrow 98765 43210 5 pm", ("98765 43210", "9876543210")),
        # An hour after "at" or a day, just before the number, is the time.
        ("visit with Ravi at 3 98765 43210", ("98765 43210", "9876543210")),
        ("visit tomorrow 4 98765 43210", ("98765 43210", "9876543210")),
        # Two mobiles in a row: the first, not a twenty-digit error.
        ("Ravi 98765 43210 98111 22334 Pune", ("98765 43210", "9876543210")),
        ("Ravi 98765 43210 / 98111 22334", ("98765 43210", "9876543210")),
    ],
)
def test_a_phone_next_to_other_numbers_is_read_without_them(text: str, expected: tuple[str, str]) -> None:
    assert find_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # Grouped as one number: never cut down to the 10 digits that would pass (saving a wrong number
        # is worse than asking), even though 9811223344 is a valid mobile.
        ("new lead Bharat Bhushan, 9811 223 344 55, Delhi", "981122334455"),
        ("new lead Bharat 9811 223 344 55 Delhi", "981122334455"),
        # A digit before the number without a time cue is part of it (an 11-digit typo, not an hour).
        ("new lead Ravi 9 98765 43210 Pune", "99876543210"),
        ("Ravi 98765 43210 2 Pune", "98765432102"),
    ],
)
def test_a_number_said_as_one_is_never_truncated(text: str, digits: str) -> None:
    found = find_phone(text)
    assert found is not None and found[1] == digits
    with pytest.raises(PhoneError):
        normalize_phone(found[0])


@pytest.mark.parametrize("said", ["+91 0 98765 43210", "+910 9876543210", "091 98765 43210", "0091 98765 43210",
                                  "+91 98765 43210", "098765-43210"])
def test_one_prefix_rule_for_the_server_and_the_engines(said: str) -> None:
    """The server accepted "+91 0 98765 43210" and both engines refused it as 13 digits: the prefix rule
    existed three times. Now the engines' normaliser and the server's validation agree on every form."""
    from crm_server.phone import normalize_phone as server_normalize

    assert normalize_phone(said) == server_normalize(said) == "9876543210"
    found = find_phone(f"add lead Ravi Shah from Pune {said}")
    assert found is not None and normalize_phone(found[0]) == "9876543210"


def test_one_title_casing_keeps_a_name_typed_in_mixed_case() -> None:
    from datetime import datetime

    from crm_tui.bot import core
    from crm_tui.nlu import lexicon
    from crm_tui.nlu.parser import parse

    assert core.title_case is lexicon.title_case
    now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    assert parse("add lead Ronald McDonald from Pune 98765 43210", now).args["name"] == "Ronald McDonald"
    assert parse("add lead sean o'brien from Pune 98765 43210", now).args["name"] == "Sean O'Brien"


def test_the_parser_orders_arguments_by_the_one_tool_schema() -> None:
    from datetime import datetime

    from crm_tui.bot.tools import tool_spec
    from crm_tui.nlu.parser import INTENT_TOOLS, parse

    now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    got = parse("book a visit for Rohan tomorrow at 5, notes: bring the plans", now)
    spec = tool_spec(INTENT_TOOLS[got.intent])
    assert spec is not None and list(got.args) == [p.name for p in spec.params if p.name in got.args]


def test_the_compiled_mobile_rule_agrees_with_phonenumbers_number_type() -> None:
    """crm_server.phone decides "mobile" with phonenumbers' metadata compiled once (the library's own
    call cost about 90 us a create); over 300,000 numbers, 25 in each block of four leading digits from 6000 to
    9999 among them, it must answer exactly as phonenumbers.number_type does."""
    import random

    import phonenumbers
    from phonenumbers import PhoneNumberType

    from crm_server.phone import is_indian_mobile

    mobile_types = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    draw = random.Random(20261203)
    numbers = [f"{prefix}{draw.randrange(10**6):06d}" for prefix in range(6000, 10000) for _ in range(25)]
    numbers += [str(draw.randrange(6 * 10**9, 10**10)) for _ in range(200_000)]
    for national in numbers:
        expected = phonenumbers.number_type(phonenumbers.PhoneNumber(country_code=91, national_number=int(national)))
        assert is_indian_mobile(national) == (expected in mobile_types), national
