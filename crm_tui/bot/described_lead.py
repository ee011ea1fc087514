"""A lead sent with the town it was described by: "Amit from Nagpur", "the one from Lucknow".

The local engine sends these when a line describes its lead before (or instead of) naming it ("Amit, the Nagpur one,
mark him won", "the Lucknow guy, mark him lost"; `nlu/described_first.py`). The name, when said, decides: the town
only tells apart leads the name alone leaves ambiguous. With no name the bot asks (VALIDATION_ERROR), naming the
leads from that town when there are any: a description alone is never enough to write.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from crm_tui.bot.resolve import Resolution, ResolveError, describe_lead

if TYPE_CHECKING:
    from crm_tui.bot.resolve import LeadResolver

_DESCRIBED = re.compile(r"^(?:the\s+one|(?P<name>.+?))\s+from\s+(?P<town>[^\W\d_][\w ]*)$", re.I)


def described(ref: str) -> tuple[str | None, str] | None:
    """The name (None for "the one") and the town of a described reference; None for any other reference.

    >>> described("Amit from Nagpur"), described("the one from Lucknow"), described("Rohan Sharma")
    (('Amit', 'Nagpur'), (None, 'Lucknow'), None)
    """
    said = _DESCRIBED.match((ref or "").strip())
    if said is None:
        return None
    # (The word lists wait until the dashboard's start is over, `crm_tui/warm_up.py`: the bot core is imported at the
    # start and reads them only once a command names a town; imported here at module level they had slowed the start.)
    from crm_tui.nlu.lexicon import CITIES
    if said["town"].strip().lower() not in CITIES:
        return None
    return said["name"], said["town"].strip()


def said_as(entities: dict[str, Any]) -> None:
    """The lead as the person said it, for a result that could not find it: the name without its town, or no lead
    at all when only a town, a phone's last digits (or a pronoun) were said."""
    from crm_tui.bot.phone_ending import ending_said

    if ending_said(str(entities.get("lead_id", ""))) is not None:
        entities.pop("lead_id")  # "the one ending 2345" found no one lead: none understood
        return
    found = described(str(entities.get("lead_id", "")))
    if found is not None:
        if found[0] is None:
            entities.pop("lead_id")
        else:
            entities["lead_id"] = found[0]


def _in_town(leads: list[dict[str, Any]], town: str) -> list[dict[str, Any]]:
    return [lead for lead in leads if str(lead.get("city", "")).casefold() == town.casefold()]


async def resolve_described(resolver: LeadResolver, name: str | None, town: str) -> Resolution:
    """The one lead the name (told apart by the town) or the town alone points at; ResolveError otherwise."""
    if name is not None:
        try:
            return await resolver.resolve(name)
        except ResolveError as exc:
            here = _in_town(exc.candidates, town) if exc.type == "VALIDATION_ERROR" else []
            if len(here) == 1:
                return Resolution(here[0], exc.crm)
            raise
    resp = await resolver.crm.list_leads(city=town, limit=5)
    if not resp.ok or not isinstance(resp.json, dict):
        raise ResolveError("CRM_ERROR", f"Could not list the leads from {town}", crm=resp)
    leads = _in_town([lead for lead in resp.json.get("leads", []) if isinstance(lead, dict)], town)
    # Even one lead from the town is only a guess at whom "the Nashik guy" means (a new person, or a lead whose town
    # is not yet saved): the bot names it and asks, never writes on a description alone. (Batches 71 and 73 had
    # settled this opposite ways; the asking one stands, as the assistant never writes what it is not sure of.)
    listed = "; ".join(describe_lead(lead) for lead in leads)
    count = "No lead is" if not leads else "1 lead is" if len(leads) == 1 else f"{len(leads)} leads are"
    raise ResolveError(
        "VALIDATION_ERROR", f"lead_id: {count} from {town}" + (f": {listed}" if listed else "") + "; say the name",
        candidates=leads, crm=resp,
        spoken=f"{count} from {town}. Which lead do you mean? Please say the name.")
