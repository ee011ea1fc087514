"""A day of the month said as a number in words, as a recogniser writes it, beside a month or "tareekh" ("on two
december", "november twenty eight", "twenty eight tareekh ko", Hindi "saat tareekh ko", "teen december ko") is that day
(`dates._CARDINAL_DAY`). The words had been dropped and the visit booked today at the hour (a wrong write), or read as
a lead ("Twenty", "Saat"). A count after the month ("december two people") and an order's "kar do" stay as they were."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "when"), [
    ("book a visit for rohan sharma on december two at three", "2026-12-02T15:00:00+05:30"),
    ("book a visit for rohan sharma on two december at three", "2026-12-02T15:00:00+05:30"),
    ("book a visit for rohan sharma on twenty eight november at three", "2026-11-28T15:00:00+05:30"),
    ("book a visit for rohan sharma on november twenty eight at three", "2026-11-28T15:00:00+05:30"),
    ("book a visit for rohan sharma on dec thirty one at five", "2026-12-31T17:00:00+05:30"),
    ("rohan sharma ka visit twenty eight tareekh ko chaar baje", "2026-11-28T16:00:00+05:30"),
    ("rohan sharma ka visit saat tareekh ko chaar baje", "2026-12-07T16:00:00+05:30"),
    ("rohan sharma ka visit do december ko chaar baje", "2026-12-02T16:00:00+05:30"),
    ("rohan sharma ka visit teen december ko chaar baje", "2026-12-03T16:00:00+05:30"),
])
def test_the_day_said_as_a_number_beside_its_month_is_the_visits(line: str, when: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.args.get("lead_id"), parsed.args.get("visit_time")) == ("Rohan Sharma", when)


def test_a_count_after_the_month_is_no_day() -> None:
    parsed = parse("book a visit for rohan sharma december two people are coming tomorrow at 4", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-11-26T16:00:00+05:30"


def test_an_orders_do_before_a_month_is_no_day() -> None:
    parsed = parse("rohan ka visit kar do december 3 ko 4 baje", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-12-03T16:00:00+05:30"
