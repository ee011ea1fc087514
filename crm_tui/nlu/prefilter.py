"""A pattern searched only in a text holding one of the words every match of it must contain, the words read from the
pattern itself: a substring test costs far less than a scan, and an edit of the pattern changes its gate with it
(`when_readers.Gated` lists its words by hand).

`required_words` walks the parsed pattern: a literal is itself, a small class its characters, a sequence the product of
its literal runs or one of its parts' words, an alternation the union of its branches' (any branch with none: no
gate), a repeat at least once its body's; an assertion, a boundary or an optional part adds nothing. The gate is
skipped (the pattern runs) for a text with any non-ASCII character, where Unicode case folding and digits could match
a word not in it, so a gated pattern answers exactly as the bare one does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_WORDS = 64  # beyond this many alternatives a set of words is no cheaper than the scan
_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "".join(chr(i) for i in range(128) if re.fullmatch(r"\d", chr(i))),
    sre.CATEGORY_SPACE: "".join(chr(i) for i in range(128) if re.fullmatch(r"\s", chr(i))),
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}

# Per node: (exact, must). `exact` is every string the node can match (a small set) or None; `must` is a set of words one
# of which every match contains, or None when nothing is sure.
_Info = tuple[frozenset[str] | None, frozenset[str] | None]


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two word sets: the longer shortest word, then fewer words; an empty word is no gate."""
    def score(s: frozenset[str] | None) -> tuple[int, int]:
        return (-1, 0) if not s or "" in s else (min(map(len, s)), -len(s))
    return a if score(a) >= score(b) else b


def _chars(items: list[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    """The characters a class `[...]` matches, when few and sure (no negation, no \\w)."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 16:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORY_CHARS:
            out.update(_CATEGORY_CHARS[av])
        else:
            return None
    if fold and any(not c.isascii() for c in out):
        return None  # "ſ" folds to "s": a non-ASCII letter could match an ASCII text under IGNORECASE
    return frozenset(c.lower() for c in out) if fold else frozenset(out)


def _sequence(items: list[tuple[Any, Any]], fold: bool) -> _Info:
    exact: frozenset[str] | None = frozenset({""})
    must: frozenset[str] | None = None
    run: frozenset[str] = frozenset({""})
    for node in items:
        e, m = _node(node, fold)
        must = _better(must, m)
        if e is not None and len(run) * len(e) <= _MAX_WORDS:
            run = frozenset(a + b for a, b in product(run, e))
            exact = run if exact is not None else None
            continue
        must = _better(must, run)
        exact = None
        run = e if e is not None and len(e) <= _MAX_WORDS else frozenset({""})
    return exact, _better(must, run)


def _node(node: tuple[Any, Any], fold: bool) -> _Info:
    op, av = node
    if op is sre.LITERAL:
        c = chr(av)
        if fold and not c.isascii():
            return None, None
        return frozenset({c.lower() if fold else c}), None
    if op is sre.IN:
        return _chars(av, fold), None
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub), (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is sre.BRANCH:
        infos = [_sequence(list(b), fold) for b in av[1]]
        exacts = [e for e, _ in infos]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
        musts = [_better(m, e) for e, m in infos]
        must = frozenset().union(*musts) if all(m and "" not in m for m in musts) else None  # type: ignore[arg-type]
        return (exact if exact is not None and len(exact) <= _MAX_WORDS else None), must
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        e, m = _sequence(list(sub), fold)
        if low == 0:
            return (e | {""} if e is not None and high == 1 else None), None
        return (e if low == high == 1 else None), _better(m, e)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), fold)
    return None, None


def required_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The words one of which every match of `pattern` contains, and whether they are to be found in the lowered text
    (the pattern ignores case); None when no such set is sure or small."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    _exact, must = _sequence(list(parsed), bool(pattern.flags & re.IGNORECASE))
    if not must or "" in must:
        return None
    # A part that ignores case ("(?i:visit)") has lowered words: all are then looked for in the lowered text.
    fold = bool(pattern.flags & re.IGNORECASE) or _folds(parsed.data)
    words = {w.lower() for w in must} if fold else set(must)
    return frozenset(w for w in words if not any(o != w and o in w for o in words)), fold


def _folds(node: Any) -> bool:
    """Does any group of the parsed pattern turn IGNORECASE on?"""
    if isinstance(node, sre_parse.SubPattern):
        node = node.data
    if not isinstance(node, list | tuple):
        return False
    if len(node) == 2 and node[0] is sre.SUBPATTERN and node[1][1] & re.IGNORECASE:
        return True
    return any(_folds(item) for item in node)


class Prefiltered:
    """`pattern` with its words' gate in front of search, match, finditer and sub (the answers of a pattern that cannot
    match where none of its words is); the other methods are the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        gate = required_words(pattern)
        self.words: tuple[str, ...] = tuple(sorted(gate[0], key=len, reverse=True)) if gate else ()
        self.fold = bool(gate and gate[1])

    def might_match(self, text: str) -> bool:
        if not self.words or not text.isascii():
            return True
        seen = text.lower() if self.fold else text
        return any(map(seen.__contains__, self.words))  # (all in C: no frame per word)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if self.might_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self.might_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self.might_match(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args) if self.might_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.might_match(text) else text

    @property
    def pattern(self) -> str:
        return self.compiled.pattern  # (read to build other patterns from this one)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def prefiltered(pattern: str | re.Pattern[str], flags: int = 0) -> Prefiltered:
    """`re.compile(pattern, flags)` gated by the words every match holds (`required_words`)."""
    return Prefiltered(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))
