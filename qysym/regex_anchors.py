"""Required literals of a regular expression: strings one of which every match must contain.

The classifier's lexicon is ~350 RE2 patterns run over every sentence of the warehouse. Testing a
plain alternation of literals is far cheaper than testing the patterns, so the dbt models first
keep only the sentences that contain one of a pattern's *anchors* (computed here, exactly: if the
pattern matches, one of its anchors is in the text), then run the pattern itself on those. The
answer is identical; only the work changes.

Patterns are the lexicon's dialect of RE2 (``\\pL`` for a letter, written bare or inside
``[^\\pL]``); they are parsed with Python's own regex parser after ``\\pL`` is spelled out as a
class of Latin and Cyrillic letters, which parses the same way for this purpose.
"""

from __future__ import annotations

import itertools
import re
import re._constants as C  # noqa: N812  (the parser's opcode names)
import re._parser as sre_parse

LETTERS = "a-zß-öø-ɏЀ-ӿ"
MAX_SET = 160  # a literal set larger than this is not worth an alternation
MIN_LENGTH = 2
# Top-level alternatives per group when a pattern is tested (match_groups). RE2 runs a pattern as a
# DFA built lazily within a fixed memory budget; a long alternation of letter-class pieces
# ("\\pL*", "(\\pL+ ){0,2}") over Cyrillic UTF-8 overflows it, and RE2 falls back to a far slower
# engine: the 40-alternative activist pattern took 31 s per 100,000 sentences whole and 0.6 s as
# seven groups of six (measured on the bench corpus; groups of ten were as slow as the whole).
GROUP_SIZE = 6


def _to_python(pattern: str) -> str:
    return pattern.replace("[^\\pL]", f"[^{LETTERS}]").replace("\\pL", f"[{LETTERS}]")


def _exact(items) -> set[str] | None:
    """The finite set of strings a sequence of parsed items matches, or None if not small."""
    strings = {""}
    for op, av in items:
        if op is C.LITERAL:
            part = {chr(av)}
        elif op is C.IN:
            part = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    part.add(chr(value))
                elif kind is C.RANGE and value[1] - value[0] < 8:
                    part.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
        elif op is C.SUBPATTERN:
            part = _exact(av[-1])
        elif op is C.BRANCH:
            alternatives = [_exact(branch) for branch in av[1]]
            if any(a is None for a in alternatives):
                return None
            part = set().union(*alternatives)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, sub = av
            inner = _exact(sub)
            if inner is None or high > 3:
                return None
            part = {"".join(combo) for k in range(low, high + 1)
                    for combo in itertools.product(inner, repeat=k)}
        elif op is C.AT:
            part = {""}
        else:
            return None
        if part is None:
            return None
        strings = {a + b for a in strings for b in part}
        if len(strings) > MAX_SET:
            return None
    return strings


def _better(a: set[str], b: set[str] | None) -> bool:
    """Longer shortest literal wins (rarer in text), then longer mean length, then fewer."""
    if b is None:
        return True
    key = lambda s: (min(map(len, s)), sum(map(len, s)) / len(s), -len(s))  # noqa: E731
    return key(a) > key(b)


def _required(items) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list = []

    def flush() -> None:
        if not run:
            return
        whole = _exact(run)
        if whole and all(whole):
            candidates.append(whole)
        else:  # the run's product is too large: each non-optional part is still required
            for part in run:
                single = _exact([part])
                if single and all(single):
                    candidates.append(single)
        run.clear()

    for item in items:
        op, av = item
        single = _exact([item])
        if single is not None and all(single):
            run.append(item)
            continue
        flush()
        if single is not None:  # optional (can match nothing): requires nothing
            continue
        if op is C.SUBPATTERN:
            inner = _required(av[-1])
            if inner:
                candidates.append(inner)
        elif op is C.BRANCH:
            alternatives = [_required(branch) for branch in av[1]]
            if all(alternatives):
                union = set().union(*alternatives)
                if len(union) <= MAX_SET:
                    candidates.append(union)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
            if inner:
                candidates.append(inner)
    flush()
    best = None
    for candidate in candidates:
        if candidate and all(candidate) and len(candidate) <= MAX_SET and _better(candidate, best):
            best = candidate
    return best


def anchors(pattern: str) -> list[str] | None:
    """Sorted literals one of which any match of ``pattern`` contains; None when the pattern
    has no usable ones (then it must be tested on every text)."""
    try:
        tree = sre_parse.parse(_to_python(pattern))
    except re.error:
        return None
    found = _required(list(tree))
    if not found or min(map(len, found)) < MIN_LENGTH:
        return None
    kept: list[str] = []
    for literal in sorted(found, key=len):  # a literal containing a kept one adds nothing
        if not any(k in literal for k in kept):
            kept.append(literal)
    return sorted(kept)


def anchor_regex(pattern: str) -> str | None:
    """The anchors as one RE2 alternation of escaped literals, or None."""
    found = anchors(pattern)
    if found is None:
        return None
    return "|".join(re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", a) for a in found)


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives ("a|(b|c)d" -> ["a", "(b|c)d"]), split outside
    groups, character classes and escapes; their union matches exactly where the pattern does."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a leading "]" is a literal of the class
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def match_groups(pattern: str, size: int = GROUP_SIZE) -> list[str]:
    """The pattern as alternations of at most ``size`` top-level alternatives each: a text
    matches the pattern exactly when it matches one of them (see GROUP_SIZE for why)."""
    parts = alternatives(pattern)
    return ["|".join(parts[i:i + size]) for i in range(0, len(parts), size)]
