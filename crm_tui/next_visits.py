"""Each lead's next visit: the earliest scheduled visit still to come, kept right as visits are booked,
cancelled, moved, and as the day goes by. No Textual here: the lead table shows what this decides.

Visits arrive from the visit pages at start and from the change feed after; a page read just before a
cancel can arrive after the cancel's feed event, so a cancelled or moved visit is remembered as gone
and its stale copy ignored. A minute's look at the clock (`expire`) touches only the leads whose next
visit has passed (a heap of next visits, soonest on top), never all 100,000.
"""

from __future__ import annotations

import heapq
from bisect import insort
from datetime import datetime
from typing import Any

from crm_tui.stamps import read_stamp

Entry = tuple[datetime, str]  # (visit time, visit id)


class NextVisits:
    """lead id -> its next visit, with its later visits waiting their turn."""

    def __init__(self) -> None:
        # lead id -> the earliest scheduled visit still to come.
        self.times: dict[str, datetime] = {}
        # lead id -> the id of that visit: a cancel or a move names the visit, not its time.
        self._ids: dict[str, str] = {}
        # lead id -> its later scheduled visits, soonest first (the next one after the next passes or
        # is cancelled).
        self._later: dict[str, list[Entry]] = {}
        # Visits cancelled or moved (final: the CRM refuses to change them again).
        self._gone: set[str] = set()
        # (timestamp, lead id, visit id) of every lead's next visit, soonest on top. Entries for a next
        # visit replaced since (a sooner one, a cancel) stay until they surface, and are skipped then.
        self._due: list[tuple[float, str, str]] = []

    def get(self, lead_id: str) -> datetime | None:
        return self.times.get(lead_id)

    def note(self, visit: dict[str, Any], now: datetime) -> bool:
        """A visit (from the visit pages or the feed): a scheduled one becomes the lead's next if it is
        sooner; a cancelled or moved one stops being next, and so does the visit a new one `replaces`.
        True when the lead's next visit changed."""
        lead_id = str(visit.get("lead_id") or "")
        visit_id = str(visit.get("visit_id") or "")
        if not lead_id:
            return False
        changed = False
        if visit.get("replaces"):
            changed = self.drop(lead_id, str(visit["replaces"]), now)
        if str(visit.get("status") or "SCHEDULED") != "SCHEDULED":
            return self.drop(lead_id, visit_id, now) or changed
        if visit_id in self._gone:
            return changed
        moment = read_stamp(visit.get("visit_time"))
        if moment is None or moment.tzinfo is None or moment < now:
            return changed
        entry = (moment, visit_id)
        known = self.times.get(lead_id)
        if known is not None:
            current = (known, self._ids.get(lead_id, ""))
            if current == entry:
                return changed  # the same visit again (a page and its feed event)
            if current <= entry:
                later = self._later.setdefault(lead_id, [])
                if entry not in later:
                    insort(later, entry)
                return changed
            insort(self._later.setdefault(lead_id, []), current)
        self._set(lead_id, entry)
        return True

    def drop(self, lead_id: str, visit_id: str, now: datetime) -> bool:
        """A visit cancelled or moved: no longer the lead's next (its next remaining visit is), nor later.
        True when the lead's next visit changed."""
        if not visit_id:
            return False
        self._gone.add(visit_id)
        if self._ids.get(lead_id) == visit_id:
            self._set(lead_id, self._following(lead_id, now.timestamp()))
            return True
        if lead_id in self._later:
            later = [entry for entry in self._later[lead_id] if entry[1] != visit_id]
            if later:
                self._later[lead_id] = later
            else:
                del self._later[lead_id]
        return False

    def expire(self, now: datetime) -> list[str]:
        """Next visits that have passed give way to the lead's next later visit, or to none.

        Costs one comparison when nothing has passed and O(log n) per lead whose visit did. Returns the
        leads whose next visit changed, each once, in the order their visits passed.
        """
        stamp_now = now.timestamp()
        due: dict[str, None] = {}  # in order, each lead once
        while self._due and self._due[0][0] < stamp_now:
            stamp, lead_id, visit_id = heapq.heappop(self._due)
            current = self.times.get(lead_id)
            if current is not None and self._ids.get(lead_id) == visit_id and current.timestamp() == stamp:
                due[lead_id] = None
            # else: replaced by a sooner visit, or cancelled, since (the lead's own entry is in the heap)
        for lead_id in due:
            self._set(lead_id, self._following(lead_id, stamp_now))
        return list(due)

    def _following(self, lead_id: str, now: float) -> Entry | None:
        """Take the lead's soonest later visit still to come (None: there is none)."""
        later = self._later.get(lead_id, [])
        while later and later[0][0].timestamp() < now:
            later.pop(0)
        following = later.pop(0) if later else None
        if not later:
            self._later.pop(lead_id, None)
        return following

    def _set(self, lead_id: str, entry: Entry | None) -> None:
        """Make `entry` the lead's next visit (None: no visit to come)."""
        if entry is None:
            self.times.pop(lead_id, None)
            self._ids.pop(lead_id, None)
            return
        moment, visit_id = entry
        self.times[lead_id] = moment
        self._ids[lead_id] = visit_id
        heapq.heappush(self._due, (moment.timestamp(), lead_id, visit_id))
