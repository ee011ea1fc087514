"""A new lead's name said first, then the order, then a word read as the name: "add anjali desai as a new lead, pune,
94140 98765, nri" and "mohit bansal mysore 94140 98765 lead bana do, nri" had created a lead named "Nri" (typed in
lower case, the words before the order were no slot and looked like no name, so nothing asked). When the name was
read after every other field while two or more words that no slot read, and that are no command word, stand together
before it, the bot asks before it writes.
"""

from __future__ import annotations

import re

from crm_tui.nlu.utterance import ParsedCommand

# The order's own words and a sentence's small ones: no part of a name said before the order.
_ORDER_WORDS = frozenset("""
add added create register save log enter record put new naya nayi naye fresh lead leads contact client customer entry
enquiry inquiry prospect buyer a an as the this that is it umm uh hmm ok okay so please pls hey hi hello karo kar kardo
do de dena dijiye lo bana banao banado daal daalo daal likh likho note mein me main ko ka ki ke se ek aur and for with
named called name naam phone number mobile no city source via from through came come aaya aayi sir ji bhai yaar
""".split())
_WORD = re.compile(r"[^\W\d_][\w'.-]*")


def a_name_left_before_the_order(parsed: ParsedCommand) -> list[str]:
    """The doubt when a new lead's name was read last while name-like words before it went unread; else none.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> bool(parse("add anjali desai as a new lead, pune, 94140 98765, nri", NOW, TZ).doubts)
    True
    >>> parse("add lead karthik subramanian chennai 98412 34567 source justdial", NOW, TZ).doubts
    []
    """
    spans = parsed.consumed
    if parsed.tool != "createLead" or not spans.get("name") or not parsed.read:
        return []
    name_at = min(a for a, _ in spans["name"])
    if any(a > name_at for key, found in spans.items() if key != "name" for a, _ in found):
        return []  # a field said after the name: the name stands among the fields, as forms are typed
    taken = [span for found in spans.values() for span in found]
    run: list[str] = []
    for word in _WORD.finditer(parsed.read, 0, name_at):
        if word.group().lower() in _ORDER_WORDS or any(a <= word.start() < b for a, b in taken):
            if len(run) >= 2:
                break
            run = []
            continue
        run.append(word.group())
    if len(run) < 2:
        return []
    return [f"{' '.join(run)!r} was said before the order and I read {parsed.args.get('name')!r} as the name"]
