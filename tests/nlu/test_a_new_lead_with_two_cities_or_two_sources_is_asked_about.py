"""A new lead said with two cities or two sources is asked about: the reading kept the first and dropped the
other without a word ("add Rahul Khanna from Delhi, 98101 23456, source Instagram, Mumbai" saved Delhi). A town or a
portal said inside the notes is the remark's, and a word too common to be a source alone ("a friend") is none."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Add a new lead: Rahul Khanna from Delhi, phone +91 98101 23456, source Instagram, Mumbai",
    "create a lead for Suresh Pillai, Kochi, 094470 12345, via website, lives in Nagpur",
])
def test_two_cities_are_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE"
    assert any(d.startswith("two cities said") for d in got.doubts), got.doubts


@pytest.mark.parametrize("text", [
    "create a lead for Suresh Pillai, Kochi, 094470 12345, via website, via Facebook",
    "add new lead Vivek Rao from Vizag 9703344556 via LinkedIn, came through JustDial",
])
def test_two_sources_are_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE"
    assert any(d.startswith("two sources said") for d in got.doubts), got.doubts


@pytest.mark.parametrize("text", [
    "add lead Meena Das, Cuttack, 94370 11111, notes: also has a flat in Pune",
    "add new lead Bhavna Trivedi, Vadodara, 98980 12121, referred by a friend",
    "new lead Ishita Bose Kolkata 98310 22433, no wait, Howrah",
    "add Priya Shah, Andheri, Mumbai, 98200 11223",
])
def test_one_city_and_one_source_ask_nothing(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and got.doubts == [], got.doubts
