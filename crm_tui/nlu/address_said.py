"""A new lead's address said as a field of its own: a locality with the town (issue 9, batch 60).

A sales person gives the place as the address is said, the locality before or after the town: "Whitefield side
Bangalore", "Satellite area Ahmedabad", "Kothrud Pune", "Noida sector 150", "Sector 56 Gurgaon", "Gomti Nagar
Lucknow". The town is the lead's city; the clause is the city's field, not a remark. Read as a remark, it was set
aside with the remark after it and the rest no longer read the city, so the remark ("…, housing.com, wants 3bhk near a
school") was asked about instead of kept as notes.

    >>> an_address("whitefield side bangalore", "Bangalore")
    True
    >>> an_address("noida sector 150", "Noida")
    True
    >>> an_address("kothrud pune", "Pune")
    True
    >>> an_address("wants a flat in pune", "Pune")
    False
    >>> an_address("3bhk near pune station", "Pune")
    False
    >>> an_address("gurgaon chahiye", "Gurgaon")
    False
    >>> an_address("prefers salt lake kolkata", "Kolkata")
    False
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern, locality_pattern

# The words an address is said with around a locality: "Whitefield side", "Satellite area", "sector 56", "Andheri West".
_ADDRESS_WORDS = frozenset("side area sector phase block west east north south nagar colony extension layout road "
                           "locality town lines enclave vihar garden park marg chowk".split())
# A landmark the lead wants to be near is a wish, a remark ("near Pune station", "metro ke paas").
_LANDMARK_WORDS = frozenset("near paas nearby station airport metro highway school hospital mall market office".split())
# At most this many words of the locality itself besides the address words ("Gomti Nagar", "Salt Lake").
_MOST_LOCALITY_WORDS = 2


def an_address(low: str, city: str | None) -> bool:
    """Is the lower-cased clause `low` the lead's address: the town read as the lead's `city` with only a locality said
    beside it (its name, an address word, a sector's number)? A need, a size or a verb beside the town makes it a
    remark ("wants a flat in Pune", "3bhk near Pune station")."""
    if not city or city.lower() not in low:
        return False
    town = city_pattern().search(low)
    if town is None or town.group().lower() != city.lower():
        return False
    before = locality_pattern().sub(" locality ", low[:town.start()].replace(",", " ")).split()
    after = locality_pattern().sub(" locality ", low[town.end():].replace(",", " ")).split()
    words = before + after
    if not words or _LANDMARK_WORDS.intersection(words):
        return False
    # The locality's own name comes before the town ("Kothrud Pune"); after it only address words ("Noida sector
    # 150", "Mumbai West"): a word of another kind after the town is a wish ("Gurgaon chahiye").
    unknown = [w for w in before if w not in _ADDRESS_WORDS and not w.isdigit()]
    # A known locality is the locality: a word beside it is of something else ("prefers Salt Lake Kolkata").
    if len(unknown) > (0 if "locality" in words else _MOST_LOCALITY_WORDS) or any(w in NOT_NAME_WORDS or not w.isalpha() for w in unknown) or any(
            w not in _ADDRESS_WORDS and not w.isdigit() for w in after):
        return False
    # A sector's or block's number is said after its word ("sector 56"); a number alone is a size or a budget.
    return all(not w.isdigit() or (i > 0 and words[i - 1] in ("sector", "phase", "block")) for i, w in enumerate(words))


# "from Wakad side", "Aundh area se": the words a locality said as where the lead lives comes with, its town said next.
_FROM_A_PLACE = re.compile(r"^\s*(?:from|in|at|near\s+to)\s+(?:the\s+)?|\s+(?:se|ka|ki|ke|wala|wale|wali)\s*$")


def a_locality_of_the_town(clause: str, city: str | None) -> bool:
    """Is the lower-cased clause `clause` a locality of the new lead's town said as a field of its own, the town in
    it or said in the next field: "Indirapuram Ghaziabad", "Kurla Mumbai", "Aundh side" before ", Pune", "from Wakad
    side" before ", Pune"? Without its town the clause needs an address word (side, area, nagar…), so a word alone
    ("Kavya", "urgent") is no locality.

    >>> a_locality_of_the_town("from wakad side", "Pune")
    True
    >>> a_locality_of_the_town("kurla mumbai", "Mumbai")
    True
    >>> a_locality_of_the_town("wants a big flat", "Pune")
    False
    >>> a_locality_of_the_town("kavya", "Pune")
    False
    """
    if not city:
        return False
    said = _FROM_A_PLACE.sub(" ", clause.lower().strip(" .")).strip()
    if not said:
        return False
    if an_address(said, city):
        return True
    words = said.split()
    return bool(_ADDRESS_WORDS.intersection(words[1:])) and an_address(f"{said} {city.lower()}", city)


def a_place_by_its_words(clause: str) -> bool:
    """Does the lower-cased clause say a place by its own words, a known locality or an address word ("Kurla",
    "Model Town", "Aundh side")? A word of no known place beside a town ("Kavya Pune") may be a person's name.

    >>> a_place_by_its_words("model town ludhiana"), a_place_by_its_words("kavya pune")
    (True, False)
    """
    low = clause.lower()
    return locality_pattern().search(low) is not None or bool(_ADDRESS_WORDS.intersection(low.replace(",", " ").split()))


def town_of_an_address(said: str) -> str | None:
    """The town of a place said as an address ("Andheri West, Mumbai" -> "Mumbai", "Whitefield side Bangalore" ->
    "Bangalore"), as spoken; None when `said` is no address (no town in it, or words beside it of another kind).

    >>> town_of_an_address("Andheri West, Mumbai")
    'Mumbai'
    >>> town_of_an_address("the new flat in Mumbai") is None
    True
    """
    town = city_pattern().search(said.lower())
    if town is None:
        return None
    spoken = said[town.start():town.end()]
    return spoken if an_address(said.lower(), spoken) else None
