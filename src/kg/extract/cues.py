"""Cue phrases with context restrictions, read from the lexicons.

A cue such as "dự" (attended) must not fire inside "dự án" (project): each cue row lists
the words that may not follow it (``blocked_after``) or precede it (``blocked_before``);
a multi-word context is written with underscores ("đã_được").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg import lexicons
from kg.extract.tokens import PhraseMatcher, Token


def _contexts(field: str | None) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.casefold().split("_")) for w in (field or "").split())


@dataclass(frozen=True)
class Cue:
    phrase: str
    value: str
    blocked_before: tuple[tuple[str, ...], ...] = ()
    blocked_after: tuple[tuple[str, ...], ...] = ()
    extra: str = ""
    far: bool = False  # a role cue that may stand further on in the person's clause
    needs_event: bool = False  # a speech verb that is a role only near a named event
    here: bool = False  # a role only in a sentence that names its event ("chứng kiến lễ ký kết")

    def allowed(self, tokens: list[Token], start: int, end: int) -> bool:
        for ctx in self.blocked_after:
            if tuple(t.low for t in tokens[end:end + len(ctx)]) == ctx:
                return False
        for ctx in self.blocked_before:
            if start >= len(ctx) and tuple(t.low for t in tokens[start - len(ctx):start]) == ctx:
                return False
        return True


class CueMatcher:
    def __init__(self, cues: list[Cue]):
        self._m = PhraseMatcher({c.phrase: c for c in cues})
        self._firsts = self._m.first_words

    def match(self, tokens: list[Token], i: int):
        """(end, Cue) of an allowed cue starting at ``i``, or None."""
        if i >= len(tokens) or tokens[i].low not in self._firsts:
            return None  # most words begin no cue (and cues are looked for at many places of a sentence)
        m = self._m.match(tokens, i)
        if m and m[1].allowed(tokens, i, m[0]):
            return m
        return None

    def find(self, tokens: list[Token], start: int = 0, stop: int | None = None):
        stop = len(tokens) if stop is None else min(stop, len(tokens))
        firsts = self._firsts
        for i in range(start, stop):  # (indexes, not a slice of the tokens: this runs for every sentence)
            if tokens[i].low in firsts:  # most words begin no cue: they are skipped without a match
                m = self.match(tokens, i)
                if m:
                    yield i, m[0], m[1]


@lru_cache(maxsize=1)
def role_cues() -> CueMatcher:
    return CueMatcher([Cue(r["cue"], r["role"], _contexts(r.get("blocked_before")), _contexts(r["blocked_after"]),
                           r["position"],
                           far=r.get("far") == "yes", needs_event=r.get("needs_event") == "yes",
                           here=r.get("here") == "yes")
                       for r in lexicons.load("role_cues")])


@lru_cache(maxsize=1)
def directive_verbs() -> CueMatcher:
    return CueMatcher([Cue(r["verb"], r["strength"], _contexts(r["blocked_before"]),
                           _contexts(r["blocked_after"])) for r in lexicons.load("directive_verbs")])


@lru_cache(maxsize=1)
def task_verbs() -> CueMatcher:
    return CueMatcher([Cue(r["verb"], r["opens_clause"], _contexts(r.get("blocked_before")))
                       for r in lexicons.load("task_verbs")])


@lru_cache(maxsize=1)
def interview_cues() -> CueMatcher:
    return CueMatcher([Cue(r["phrase"], "interview") for r in lexicons.load("interview_cues")])


@lru_cache(maxsize=1)
def event_kinds() -> CueMatcher:
    # extra "joins": a verb that names a sitting ("UBTVQH nghe báo cáo"): the session last named, if any
    return CueMatcher([Cue(r["phrase"], r["kind"], _contexts(r.get("blocked_before")), _contexts(r.get("blocked_after")),
                           extra="joins" if r.get("joins") else "")
                       for r in lexicons.load("event_kinds")])


@lru_cache(maxsize=1)
def warrant_acts() -> CueMatcher:
    """Procedural acts an order (lệnh) is written for: "lệnh khởi tố", "lệnh bắt tạm giam"."""
    return CueMatcher([Cue(r["act"], r["act"]) for r in lexicons.load("warrant_acts")])


@lru_cache(maxsize=1)
def document_kinds() -> CueMatcher:
    return CueMatcher([Cue(r["kind"], r["kind"], extra=r["lower_case"]) for r in lexicons.load("documents")])
