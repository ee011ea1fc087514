"""An outcome told before a status taken back goes with it: the status said after the correction is the one meant.

"broker Ajay ne bola Sneha ka deal final, won kar do, nahi nahi, abhi in progress rakho": the news ("deal final", a
win told) and the order ("won kar do") say the same status; the correction takes the order back and says another
("in progress"). The correction reader (`corrections.py`) takes the order's word out, but the outcome told before it
still read as WON (batch 67). Once a status was corrected, every status said before the last one that differs from it
is left out of the sentence read, so the last one stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crm_tui.nlu.corrections import Corrected
from crm_tui.nlu.status import statuses_said

__all__ = ["the_outcome_taken_back"]

# The statuses said by name: the one ordered after a correction is said so ("in progress", "follow up", "lost").
_THE_STATUS_WORDS = frozenset({"new", "in progress", "follow up", "followup", "won", "lost", "not interested"})
_AND_ANOTHER = re.compile(r"\s(?:and|aur|plus)\s", re.I)


def the_outcome_taken_back(corrected: Corrected) -> Corrected:
    """`corrected` with the statuses told before its last one, which differ from it, left out, when the correction
    took a status back; else as it was.

    >>> the_outcome_taken_back(Corrected("Sneha ka deal final,  kar do abhi in progress rakho", ["status"])).text
    'Sneha ka ,  kar do abhi in progress rakho'
    >>> the_outcome_taken_back(Corrected("Rohan paid the token, mark him won", [])).text
    'Rohan paid the token, mark him won'
    """
    if "status" not in corrected.corrected or corrected.between:
        return corrected  # ("mark Rohan won, he paid the token, no wait, in progress": the news kept after the status)
    said = statuses_said(corrected.text)
    if said:
        # A status said after "and", "aur" or "plus" that follows a status is another order, another lead's ("Deepak
        # Patil lost, sorry, follow up, and Rohan Sharma in progress"): not the one the correction ordered.
        joined = _AND_ANOTHER.search(corrected.text, said[0][1][1])
        said = [one for one in said if joined is None or one[1][0] < joined.start()]
    if len({status for status, _ in said}) < 2:
        return corrected
    last, (start, end) = said[-1]
    if corrected.text[start:end].lower().replace("-", " ").replace("_", " ") not in _THE_STATUS_WORDS:
        return corrected  # the last is itself news told ("paid the token"), not the status ordered
    text = corrected.text
    for status, (start, end) in reversed(said[:-1]):
        if status != last:
            text = text[:start] + text[end:]
    return replace(corrected, text=text)
