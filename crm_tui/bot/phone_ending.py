"""A lead sent as the end of its phone: "ending 43210" (the local engine's reading of "the one ending 43210").

The lead is the one lead whose phone ends in the digits said. Digits that end no lead's phone, or more than one
(three numbers may well end in 2345), are asked about (VALIDATION_ERROR): a few digits are only a pointer, and the
assistant never writes on a guess. The CRM's search matches a phone by any of its digits; a page that comes back full
may hide another lead with the same ending, so it is asked about too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from crm_tui.bot.resolve import Resolution, ResolveError, describe_lead

if TYPE_CHECKING:
    from crm_tui.bot.resolve import LeadResolver

_ENDING = re.compile(r"^ending\s+(?P<digits>\d{4,6})$", re.I)
_PAGE = 50


def ending_said(ref: str) -> str | None:
    """The digits of an "ending 43210" reference; None for any other reference.

    >>> ending_said("ending 43210"), ending_said("Rohan Sharma")
    ('43210', None)
    """
    said = _ENDING.match((ref or "").strip())
    return said["digits"] if said else None


async def resolve_by_ending(resolver: LeadResolver, digits: str) -> Resolution:
    """The one lead whose phone ends in `digits`; ResolveError (VALIDATION_ERROR) for none, several or too many."""
    resp = await resolver.crm.find_leads(digits, limit=_PAGE)
    if not resp.ok or not isinstance(resp.json, dict):
        raise ResolveError("CRM_ERROR", f"Could not look up the phones ending {digits}", crm=resp)
    found = [lead for lead in resp.json.get("leads", []) if isinstance(lead, dict)]
    leads: list[dict[str, Any]] = [lead for lead in found if str(lead.get("phone", "")).endswith(digits)]
    if len(leads) == 1 and len(found) < _PAGE:
        return Resolution(leads[0], resp)
    if not leads:
        raise ResolveError(
            "VALIDATION_ERROR", f"lead_id: no lead's phone ends in {digits}; say the name or the whole number",
            crm=resp, spoken=f"No lead's number ends in {' '.join(digits)}. Which lead do you mean?")
    listed = "; ".join(describe_lead(lead) for lead in leads[:5])
    raise ResolveError(
        "VALIDATION_ERROR", f"lead_id: {len(leads)} leads' phones end in {digits}: {listed}; say the name",
        candidates=leads, crm=resp,
        spoken=f"{len(leads)} leads have a number ending in {' '.join(digits)}. Which one do you mean? Say the name.")
