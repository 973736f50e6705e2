"""Directives: who told whom to do what, with the tasks one per instruction.

A directive is a named issuer (a person, or an organisation) followed by a directive verb
(``lexicons/directive_verbs.tsv``): "yêu cầu", "chỉ đạo", "đề nghị", "giao" ... ; the weak
verbs "nêu rõ", "nhấn mạnh", "chỉ rõ" only with "cần"/"phải" or an addressee; "ký",
"ban hành", "ra" only with a document. The addressee is what stands between the verb and
the first task verb; the tasks are the rest of the sentence, split at ";" (and at "," before
a long clause with a verb of its own), and the subject-less follow-up sentences of the same
paragraph that start with a task verb.
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from kg import lexicons
from kg.extract.cues import directive_verbs, document_kinds, event_kinds, task_verbs, warrant_acts
from kg.extract.events import _accused, _joined, _quoted
from kg.extract.mentions import lex, org_end
from kg.extract.tokens import tokenize

_GLUE = frozenset(["đã", "cũng", "vừa", "còn", "thì", "sẽ", "là", "người", "đang", "đồng", "thời", "khi", "lại", "tiếp", "tục", "đặc", "biệt",
                   "mới", "luôn", "liên", "kiên", "quyết",
                   "trực", "tiếp", "phát", "biểu", "có", "điện", "công", "văn", "bản", "ký", "khẩn", "cho", "biết",
                   # manner between the issuer and the verb: "đã nghiêm khắc nhắc nhở", "một lần nữa chỉ đạo"
                   "vẫn", "đều", "chính", "thức", "nghiêm", "khắc", "một", "lần", "nữa", "kịp", "ngay",
                   # "thẳng thắn đề nghị", "quyết liệt yêu cầu", "nhiều lần yêu cầu"
                   "thẳng", "thắn", "liệt", "nhiều", "dứt", "khoát"])
_PERIOD = re.compile(
    r"^(?:trong\s+)?(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|năm\s+\d{4}|thời\s+gian\s+tới"
    r"|quý\s+[IV]+(?:\s+năm\s+\d{4})?|từ\s+nay\s+đến\s+cuối\s+năm(?:\s+\d{4})?)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\s*(?:\(\s*(?=số\s|\d+/[A-ZĐ]))?(?:số\s+)?(\d+[\w/.-]*(?:\s+[A-ZĐ]{1,6}/[A-ZĐ0-9-]+)?)")
_NUMBER_TAIL = re.compile(r"^\s+[A-ZĐ]{2,4}(?=[\s,.;]|$)")  # "8869/CV/VP TW": the issuing office's code
_MODAL = frozenset({"cần", "phải"})
# "cần" that is no modal: "Cục Hậu cần" (logistics), "cần thiết" (necessary), "cần cù" (hard-working)
_NOT_MODAL_AFTER = frozenset({"thiết", "cù", "mẫn"})


def _modal_at(toks, k: int) -> bool:
    t = toks[k]
    if t.low not in _MODAL:
        return False
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if t.low == "phải":
        # "Phải chăng ...?" asks; "không phải là" denies: neither is "must"
        # "chứ không phải nhiều giấy" (rather than): a negated copula
        return not (nxt == "chăng" or nxt == "là" and k > 0 and toks[k - 1].low == "không"
                    or k > 1 and (toks[k - 2].low, toks[k - 1].low) == ("chứ", "không"))
    return not (k > 0 and toks[k - 1].low == "hậu" or nxt in _NOT_MODAL_AFTER)


def _has_modal(toks, a: int = 0, b: int | None = None) -> bool:
    b = len(toks) if b is None else min(b, len(toks))
    return any(_modal_at(toks, k) for k in range(max(a, 0), b))


def _must_say(text: str) -> bool:
    """"cần/phải" (a must) or "nên" (a should) in ``text``, not "chỉ cần" (it is enough that)."""
    toks = tokenize(text)
    return any(_modal_at(toks, k) and not (k > 0 and toks[k - 1].low == "chỉ") or toks[k].low == "nên"
               for k in range(len(toks)))


def _clause_of_subject(r, ends, subject, j: int) -> bool:
    """The words before the comma at ``j`` are the subject's own clause: no other person and no organisation
    ends before it after the subject, and the clause neither reports nor denies (``_REPORTS``), nor holds a quote or a
    list (a comma, colon or semicolon of its own)."""
    people = {ref["id"] for e, refs in ends.items() for kind, ref in refs if kind == "person" and e <= j}
    if people != {subject["id"]}:
        return False
    last = max(e for e, refs in ends.items() for kind, ref in refs if kind == "person" and e <= j)
    return not any(kind == "org" for e, refs in ends.items() if last < e <= j for kind, _ in refs) \
        and not any(t.text in ",;:\"“”" or t.low in _REPORTS for t in r.tokens[last:j])


# words of a clause that reports or denies ("cho biết chưa có chủ trương, chỉ đạo gì"): what follows its comma is
# what is said, not the subject's next act
_REPORTS = frozenset({"biết", "rằng", "nói", "là", "chưa", "không"})


def _planned(toks, i: int) -> bool:
    """"sẽ" (will) right before the directive verb, past only manner words ("sẽ tiếp tục chỉ đạo"): a plan."""
    k = i - 1
    while k >= 0 and toks[k].low in _GLUE and toks[k].low != "sẽ":
        k -= 1
    return k >= 0 and toks[k].low == "sẽ"


def _starts_task(tokens, i) -> bool:
    if i > 0 and tokens[i].is_cap:
        return False  # "Thanh tra Chính phủ", "Ban Quản lý ...": a name, not the verb
    return task_verbs().match(tokens, i) is not None


_TIME_OF_DAY = frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm"})

# Direction words written between "gửi" (send) and whom it is sent to: "gửi về" (back to), "gửi tới"/"gửi đến" (to),
# "gửi lên" (up to), "gửi sang" (over to).
_SENT_TOWARDS = frozenset({"về", "tới", "đến", "lên", "sang"})


def _glue_start(toks, i: int) -> int:
    """Where the adverbs and glue words written right before token ``i`` begin ("đã", "cũng" in
    "A cũng đã yêu cầu"): ``i`` itself when there are none."""
    while i > 0 and toks[i - 1].low in _GLUE:
        i -= 1
    return i


def _before_time(toks, i: int) -> int:
    """Before a time written between the issuer and the verb: "VKSND Tối cao chiều 22-4 đã tống đạt ...",
    "Bộ Công an hôm qua đã ..." (when, not who)."""
    k = i
    while k > 0 and toks[k - 1].low in _GLUE:
        k -= 1
    if k > 1 and toks[k - 2].low in _TIME_OF_DAY and (
            toks[k - 1].is_number and re.search(r"\d[-/.]\d", toks[k - 1].text) or toks[k - 1].low in ("nay", "qua")):
        return k - 2
    return i


def _issuer(r, ends, i, reg, history, subject=None, objects=None, coissuers=None, bodies=(), refs=()):
    """The issuer right before the verb at token ``i``: a person, else an organisation.

    ``ends`` maps a token index to the persons and organisations that end there, so only
    the few tokens before the verb are looked at (a long sentence stays linear).
    """
    toks = r.tokens
    i = _before_consent(toks, i)
    i = _before_said(r, i)
    i = _before_on_behalf(r, i)
    i = _before_time(toks, i)
    ib = _before_brackets(toks, i)
    if ib != i and not any(ib < e <= i for e in ends):
        i = ib  # (a person or unit whose mention takes in the bracket is read as it is)
    for e in range(i, max(-1, i - 7), -1):
        gap = toks[e:i]
        if not all(t.text in ",)" or t.low in _GLUE or t.low in ("chỉ", "đạo") for t in gap):
            break
        people = [ref for kind, ref in ends.get(e, ()) if kind == "person"]
        if people:
            return people[-1]["id"]
    apposed = _apposition(toks, i)
    if apposed is not None:
        # only where the person's posts run into the phrase: it describes that person
        people = [ref for e in range(apposed[0] + 2, apposed[1]) for kind, ref in ends.get(e, ()) if kind == "person"]
        if not people and toks[apposed[0] + 1].low == "người":
            # "Thiếu tướng A, người trực tiếp chỉ đạo chuyên án, đã yêu cầu ...": who A is, then his verb
            people = [ref for e in (apposed[0], apposed[0] + 1) for kind, ref in ends.get(e, ()) if kind == "person"]
        if people:
            return people[-1]["id"]
    for e in range(i, max(-1, i - 3), -1):
        if not all(t.low in _GLUE for t in toks[e:i]):
            break
        orgs = [ref for kind, ref in ends.get(e, ()) if kind == "org"]
        if orgs:
            k = orgs[-1].start - 1
            if k >= 1 and (toks[k - 1].low, toks[k].low) in (("kiến", "nghị"), ("đề", "nghị"), ("đề", "xuất")):
                return None  # "kiến nghị Quốc hội lưu ý Chính phủ ...": what the body is asked to say
            if k >= 2 and toks[k].low == "của" and (toks[k - 2].low, toks[k - 1].low) == ("lãnh", "đạo"):
                k -= 1  # "lãnh đạo của Tổng công ty X"
            lead = k >= 1 and (toks[k - 1].low, toks[k].low) == ("lãnh", "đạo")
            k -= 2 if lead else 0
            if k >= 0 and (toks[k].low in ("gặp", "thăm") or toks[k].low == "rồi" and lead
                           and any(t.low == "gặp" for t in toks[:k])):
                # "ông A ... gặp Bộ trưởng B, rồi lãnh đạo của Tổng công ty X yêu cầu ...": the unit met is
                # an object, the one who met it speaks
                return subject["id"] if subject is not None else None
            if k >= 1 and toks[k].low in _SENT_TOWARDS and toks[k - 1].low in ("gửi", "gởi"):
                k -= 1  # "có thông báo gửi về Cục Hải quan yêu cầu ...": sent (back, up, over) to the unit
            if k >= 0 and toks[k].low in ("cho", "cùng", "với", "gửi", "gởi"):
                # "gọi điện cho lãnh đạo Công an X yêu cầu ...", "có đơn gửi Công an X đề nghị ...": the unit
                # is spoken or written to, the subject speaks
                if subject is None:
                    return _writer_investigator(toks, k, reg)
                if toks[k].low == "cho" and objects is not None:
                    objects.append(r.sentence.text[toks[k + 1].start:toks[e - 1].end])
                return subject["id"]
            if orgs[-1].start > 0 and toks[orgs[-1].start - 1].low in ("chờ", "đợi"):
                return None  # "đang chờ Bộ Công an ra quyết định": not given yet
            if coissuers is not None:
                # "Bộ Chính trị, Ban Bí thư đã chỉ đạo ...": each body of the list issues it
                k = orgs[-1].start - 1
                while k > 0 and (toks[k].text == "," or toks[k].low == "và"):
                    before = [it for it in r.items_ending(k) if it.kind == "org"]
                    if not before or before[0].start > 0 and toks[before[0].start - 1].low in ("theo", "vụ", "về", "của"):
                        # "Theo TTXVN, Ban Chấp hành ... giao": the source, not a co-issuer; "khi đưa tin về vụ
                        # PMU 18, CQĐT đã ...": the case the clause before is about
                        break
                    coissuers.append(reg.org(before[0].text)["id"])
                    k = before[0].start - 1
            return reg.org(orgs[-1].text)["id"]
    co = _passive_with_unnamed(r, ends, _glue_start(toks, i))
    if co is not None:
        return reg.org(co.text)["id"]
    lower = _lower_investigator(toks, _glue_start(toks, i), reg) if reg is not None else None
    if lower is not None:
        return lower
    back = _unit_backref(toks, i, bodies, r)
    if back is not None:
        return reg.org(back)["id"]
    held = _title_holder(r, i, reg)
    if held is not None:
        return held
    # "Ông A, Bí thư X, đánh giá cao ... và chỉ đạo: ...", "... ghi nhận ... nhưng lưu ý phải ...": the subject of
    # the sentence
    j = _glue_start(toks, i) - 1
    joined = j >= 0 and (toks[j].low in ("và", "để", "nhưng", "nên") or toks[j].text == "," and " ".join(t.low for t in toks[j + 1:i])
                                                                                 .startswith("đồng thời"))
    if joined and subject is not None:
        people = {ref["id"] for e, at in ends.items() for kind, ref in at if kind == "person" and e <= j}
        if people == {subject["id"]} or subject["id"] in people \
                and people <= {subject["id"], *_joined_people(r, refs, subject["id"], j + 1)}:
            # "anh A và B phát hiện ..., nên yêu cầu ...": the subject, or the persons listed as the subject
            return subject["id"]
    if j >= 0 and toks[j].text == "," and subject is not None and _clause_of_subject(r, ends, subject, j):
        # "Ông A đã đến hiện trường, chỉ đạo các lực lượng ...": the next verb of the sentence's subject
        return subject["id"]
    if joined and subject is None:
        # "Trung ương Đảng khẳng định quyết tâm ... và yêu cầu ...": a body opening the sentence
        # and no one else named before the verb
        orgs = [it for it in r.items if it.kind == "org" and it.end <= j]
        people = [e for e in ends if e <= j and any(kind == "person" for kind, _ in ends[e])]
        if orgs and not people and orgs[0].start == 0 and all(it.start < orgs[0].end for it in orgs):
            return reg.org(orgs[0].text)["id"]
    if subject is not None and _meeting_held(toks, i):
        return subject["id"]
    # "Ông cũng yêu cầu ...": the person last named in full
    j = _glue_start(toks, i) - 1
    if toks[i].low == "ký" and j >= 1 and toks[j].low in ("ông", "bà") and toks[j - 1].low == "do":
        # "hỏi ông A về công văn ... do ông ký": the one who signed it is the person named last
        people = [ref for e in sorted(ends) if e <= j for kind, ref in ends[e] if kind == "person"]
        return people[-1]["id"] if people else history[-1]["id"] if history else None
    if j >= 0 and toks[j].low in ("ông", "bà") and (j == 0 or toks[j - 1].text in ",.:") and history:
        return history[-1]["id"]
    return None


# Unit words that, written alone at the head of a clause, stand for the unit of that kind the article
# named last ("Ngoài ra, Bộ chỉ đạo Cục Đường bộ ..." after "Bộ Giao thông Vận tải").
_UNIT_WORDS = frozenset({"bộ", "sở", "cục", "viện", "vụ", "tổng cục", "ủy ban", "ban"})


def _passive_with_unnamed(r, ends, j: int):
    """"nhà thầu được Bộ GTVT và chủ đầu tư yêu cầu ...": of the agents of a passive order, the named body
    issues; the party named only by a common noun in lower case ("chủ đầu tư") is no issuer of its own."""
    toks = r.tokens
    for v in range(j - 2, max(-1, j - 5), -1):
        if toks[v].low != "và":
            continue
        if any(t.is_cap or t.low in _GLUE or not t.text.isalpha() for t in toks[v + 1:j]):
            return None
        orgs = [ref for kind, ref in ends.get(v, ()) if kind == "org"]
        if orgs and orgs[-1].start > 0 and toks[orgs[-1].start - 1].low == "được":
            return orgs[-1]
        return None
    return None


def _unit_backref(toks, i: int, bodies, r) -> str | None:
    j = _glue_start(toks, i) - 1
    k = j - 1 if j >= 1 and f"{toks[j - 1].low} {toks[j].low}" in _UNIT_WORDS else j
    if j < 0 or not toks[k].is_cap or " ".join(t.low for t in toks[k:j + 1]) not in _UNIT_WORDS:
        return None
    said = k >= 2 and (toks[k - 2].low, toks[k - 1].low) in (("cho", "biết"), ("cho", "hay")) or \
        k >= 1 and toks[k - 1].low in ("rằng", "là")
    if k > 0 and toks[k - 1].text not in ",:;“\"" and toks[k - 1].low != "và" and not said:
        # "Thứ trưởng Bộ chỉ đạo": part of a title, not the subject ("A cho biết Bộ đã yêu cầu ..." is)
        return None
    if any(it.kind in ("org", "post") and it.start <= k < it.end for it in r.items):
        return None
    word = " ".join(t.low for t in toks[k:j + 1]) + " "
    named = [b for b in bodies if (b.casefold() + " ").startswith(word) and len(b.split()) > len(word.split())]
    return named[-1] if named else None


def _title_holder(r, i: int, reg) -> str | None:
    """"Thủ tướng yêu cầu ..." in the headline, the name given only further on: a title alone heading the
    clause of the verb stands for the one person of the article who holds it."""
    toks = r.tokens
    j = _glue_start(toks, i)
    post = next((it for it in r.items_ending(j) if it.kind == "post"), None)
    if post is None or post.start > 0 and toks[post.start - 1].text not in ",:;“\"" and toks[post.start - 1].low != "và":
        return None
    title = _loose(post.title or post.text)
    org = _loose(post.org) if post.org else None
    holders = [p for p in reg.persons.values() if any(_holds(p, x, title, org) for x in p["posts"])]
    return holders[0]["id"] if len(holders) == 1 else None


def _holds(person: dict, post: dict, title: str, org: str | None) -> bool:
    """The person's post is ``title`` (of ``org``), written next to the name where it was read ("Thủ tướng
    Phan Văn Khải", "Phan Văn Khải, Thủ tướng"): a post read off a longer sentence may be someone else's."""
    if _loose(post["title"]) != title or post.get("status") != "current" or \
            org is not None and not (post["org"] and _loose(post["org"]) == org):
        return False
    said = _loose(post.get("evidence", {}).get("text", ""))
    name = _loose(person["name"])
    return f"{title} {name}" in said or f"{name} {title}" in said


# Consent joined to the directive verb ("Chính phủ đã đồng ý và giao cho X ...", "Thủ tướng có ý
# kiến giao X ..."): the issuer stands before the consent.
_CONSENT = (("đồng", "ý"), ("nhất", "trí"), ("chấp", "thuận"), ("có", "ý", "kiến"))


def _before_on_behalf(r, i: int) -> int:
    """"Phó Thủ tướng A thay mặt Thủ tướng có ý kiến chỉ đạo ...": who acts on behalf of a title or a unit
    stands before "thay mặt" (on behalf of)."""
    toks = r.tokens
    j = _glue_start(toks, i)
    for it in r.items_ending(j):
        if it.kind in ("post", "org") and it.start >= 2 and (toks[it.start - 2].low, toks[it.start - 1].low) == ("thay", "mặt"):
            return it.start - 2
    if j >= 4 and toks[j - 1].text == ",":
        # "kiểm sát viên A, thừa ủy quyền của viện trưởng X, đã ký ...": the clause between commas says on whose
        # behalf; the signer stands before it
        for k in range(j - 2, max(0, j - 16), -1):
            if toks[k].text in ".;:()“”\"":
                break
            if toks[k].text == ",":
                if " ".join(t.low for t in toks[k + 1:k + 4]).startswith(_ON_BEHALF):
                    return k + 1
                break
    return i


_ON_BEHALF = ("thay mặt", "thừa ủy quyền", "thừa lệnh", "được ủy quyền")


def _before_brackets(toks, i: int) -> int:
    """"Công an quận 1 (TP HCM) đã ra quyết định": where a bracket closes right before the verb (adverbs
    between at most), the issuer stands before the bracket."""
    j = _glue_start(toks, i)
    if j < 3 or toks[j - 1].text != ")":
        return i
    for k in range(j - 2, max(-1, j - 12), -1):
        if toks[k].text == "(":
            return k if k > 0 else i
        if toks[k].text in ".;:()":
            return i
    return i


def _before_said(r, i: int) -> int:
    """"Cục Đường bộ cho biết đã yêu cầu ...", "UBND quận cho biết trước khi đi họp, trong ngày 26-10 đã yêu cầu
    ...": who tells of the order they gave stands before "cho biết" (a time phrase between names no one)."""
    toks = r.tokens
    k = i
    while k > 0 and toks[k - 1].low in ("đã", "vừa", "mới", "cũng"):
        k -= 1
    if k == i:
        return i
    named = {j for it in r.items if it.kind not in ("word", "sep") for j in range(it.start, it.end)}
    for c in range(k, max(2, k - 12), -1):
        if (toks[c - 2].low, toks[c - 1].low) == ("cho", "biết"):
            f = c + 1 if toks[c].text == "," else c
            # "cho biết, tỉnh đã chỉ đạo ...", "cho biết, đơn vị đã cử ...": the clause has a subject of its own
            return i if toks[f].low in _ADDRESSEE_STARTS or toks[f].low in ("tôi", "chúng", "họ") else c - 2
        if c - 1 in named or toks[c - 1].text in ".;:\"“”" or _starts_task(toks, c - 1) \
                or directive_verbs().match(toks, c - 1):
            return i
    return i


def _before_consent(toks, i: int) -> int:
    k = i - 1 if i > 0 and (toks[i - 1].low == "và" or toks[i - 1].text == ",") else i
    for words in _CONSENT:
        if k >= len(words) and tuple(t.low for t in toks[k - len(words):k]) == words:
            return k - len(words)
    return i


def _apposition(toks, i: int) -> tuple[int, int] | None:
    """"đồng chí A, giám đốc đài, giao ...": a short phrase between commas separates the subject from
    its verb; (index of the opening comma, index of the closing one)."""
    j = _glue_start(toks, i)
    if j >= 2 and toks[j - 1].text in "-–—":
        # "Trung tá A - Phó thủ trưởng Cơ quan X, Hà Nội - đã ký ...": between dashes the phrase may hold commas
        for k in range(j - 2, max(-1, j - 25), -1):
            if toks[k].text == toks[j - 1].text:
                return k, j
            if toks[k].text in ".;:()“”\"" or toks[k].low in ("và", "thì", "là"):
                return None
        return None
    if j < 2 or toks[j - 1].text != ",":
        return None
    for k in range(j - 2, max(-1, j - 10), -1):
        if toks[k].text == ",":
            return k, j
        if not toks[k].is_word or toks[k].low in ("và", "thì", "là"):
            return None
    return None


def _mention_start(r, refs, reg, issuer: str, i: int) -> int | None:
    """Where the issuer's mention before token ``i`` begins, with its posts and form of address."""
    toks = r.tokens
    start = next((pm.item.start for pm, p in reversed(refs) if p["id"] == issuer and pm.end <= i), None)
    if start is None:
        start = next((it.start for it in reversed(r.items)
                      if it.kind == "org" and it.end <= i and reg.org(it.text)["id"] == issuer), None)
    if start is None:
        return None
    named = next((pm.item.start for pm, p in refs if p["id"] == issuer and start > 1 and toks[start - 1].text == ","
                  and pm.item.end == start - 1), None)
    if named is not None:
        start = named  # "được đồng chí A, giám đốc đài, giao ...": the name before the post between commas
    for it in reversed(r.items):
        if it.end == start and it.kind in ("post", "rank", "cue", "honorific"):
            start = it.start
    while start > 0 and toks[start - 1].low in ("đồng", "chí", "ông", "bà"):
        start -= 1
    return start


def _relative(r, refs, reg, issuer: str, i: int) -> bool:
    """"nhiệm vụ trọng tâm của Ban giám đốc đã giao là ...", "việc mà Bộ X yêu cầu": the verb is in a
    clause describing a noun, it reports no directive ("lãnh đạo của X", "đại diện của X" still act)."""
    toks = r.tokens
    start = _mention_start(r, refs, reg, issuer, i)
    if not start:
        return False
    body = not any(p["id"] == issuer for _, p in refs)
    while body and start > 1 and (toks[start - 1].text == "," or toks[start - 1].low == "và"):
        # "của Bộ Quốc phòng, Bộ Tổng tham mưu chỉ đạo ...": back to the start of the list
        listed = next((it for it in r.items if it.kind == "org" and it.end == start - 1), None)
        if listed is None:
            break
        start = listed.start
    before = toks[start - 1].low
    if before == "lên" and start > 1 and toks[start - 2].low == "trình" or before == "trình" and not body:
        return True  # "cấp dưới trình lên đại tá A đề nghị khởi tố ...": A is handed the proposal, he makes none
    # "nếu Quốc hội có chỉ đạo ...": a condition, no directive given
    return before in ("mà", "nếu") or before == "của" and not (start > 1 and toks[start - 2].low in ("đạo", "diện"))


_PASSIVE_GLUE = frozenset({"đã", "cũng", "vừa", "mới", "là", "người", "đơn", "vị", "được", ","})


def _passive_subject(r, refs, reg, issuer: str, i: int) -> str | None:
    """"Thiếu tá A được Giám đốc B giao nhiệm vụ ...", "Sở X được UBND tỉnh giao chủ trì ...": who
    "được" the issuer's order is its addressee."""
    toks = r.tokens
    start = _mention_start(r, refs, reg, issuer, i)
    if not start or toks[start - 1].low != "được":
        return None
    e = start - 1
    while e > 0 and toks[e - 1].low in _PASSIVE_GLUE:
        e -= 1
    for pm, p in refs:
        if pm.end == e or pm.item.end == e:
            # as written, with a title right before the name ("KSV Vũ Hùng"), not a rank
            title = next((it for it in r.items if it.kind == "post" and it.end == pm.item.start), None)
            return r.sentence.text[toks[title.start].start:toks[pm.item.end - 1].end] if title else p["name"]
    for it in r.items:
        if it.kind == "org" and it.end == e:
            return it.text
    subject = _sentence_subject(r, refs) if e > 0 and toks[e - 1].low == "và" else None
    if subject is not None and subject["id"] != issuer:
        # "Trung tá A, Tổng Cục trưởng X, đã ở lại đài và được đồng chí B giao nhiệm vụ ...": the subject of the
        # sentence, who did something else first
        return subject["name"]
    b = e
    while b > 0 and e - b < 6 and toks[b - 1].text not in ",;:“\"(" and toks[b - 1].is_word:
        b -= 1
    if b < e and (b == 0 or toks[b - 1].text in ",;:“\"(") and toks[b].low in _ADDRESSEE_STARTS \
            and toks[e - 1].low not in ("này", "đó", "ấy", "trên") and _looks_like_addressee(r.sentence.text[toks[b].start:toks[e - 1].end], b == 0):
        # "Đã thế, nhà thầu được Bộ GTVT yêu cầu đẩy nhanh tiến độ": a generic head as the clause's subject
        return r.sentence.text[toks[b].start:toks[e - 1].end]
    return None


_ITEM_START = re.compile(r"^\s*(?:\d{1,2}|[a-đ])\s*[.)]\s")
_ITEM_MARK = re.compile(r"(?:^|[\s:])\d{1,2}\s*\.$")


def _list_item(readings, idx: int) -> bool:
    """The sentence is an item of a numbered list ("... như sau: 1. Bộ X ... 2. Bộ Y ..."), the
    number opening it or, where the splitter cut after it, ending the sentence before."""
    if _ITEM_START.match(readings[idx].sentence.text):
        return True
    prev = readings[idx - 1].sentence if idx > 0 else None
    return prev is not None and prev.paragraph == readings[idx].sentence.paragraph \
        and bool(_ITEM_MARK.search(prev.text.strip()))


def _letter_before(toks, i: int) -> int | None:
    """Index of "gửi" in "có văn bản gửi <recipients> <verb>" right before the verb at ``i``."""
    for g in range(i - 1, max(-1, i - 14), -1):
        if toks[g].text in ".;:!?\"“”(":
            return None
        if toks[g].low in ("gửi", "gởi"):
            return g if g > 0 and i - g > 1 else None
    return None


def _writes_before(toks, g: int) -> int | None:
    """Index of the verb of "có/ký/ra <document> gửi ..." that ends at "gửi" (token ``g``), or None."""
    for s in range(max(1, g - 4), g):
        m = document_kinds().match(toks, s)
        if m and m[0] == g and toks[s - 1].low in ("có", "ký", "ra", "hành"):
            return s - 2 if toks[s - 1].low == "hành" and s >= 2 and toks[s - 2].low == "ban" else s - 1
    return None


# The outlet's mark between a headline run together with the lead: "... (NLĐ)- Ngày 5-3, ...".
_DATELINE = re.compile(r"\s*\((?:NLĐ|TTXVN|TN|TT|VNE|PV|Dân trí|VnExpress)\)\s*[-–—]")


_CONTENT = re.compile(r"(?:với\s+)?(?:nội dung|yêu cầu)\s*:\s*", re.IGNORECASE)


# Openings that make a sentence the content of what was just signed or sent.
_CONSEQUENCE = frozenset({"theo đó", "do đó", "vì vậy", "vì thế", "cụ thể", "trong đó"})


# Who asks rather than directs: a deputy to an elected body (a delegate's "đề nghị", "nhấn
# mạnh" are requests), and investigators and prosecutors, whose "đề nghị" goes to a court or
# to another body (annotation.md: not directives).
_DELEGATE_TITLES = frozenset({"đại biểu", "đb", "đại biểu quốc hội", "đbqh"})
_REQUESTER_UNITS = ("viện ks", "viện kiểm sát", "vks", "cơ quan csđt", "cơ quan cảnh sát điều tra",
                    "cơ quan điều tra", "cqđt")


# Bodies a request goes up to: "đề nghị Quốc hội/Thủ tướng/Chính phủ ..." asks, it does not direct.
_ABOVE = ("qh", "quốc hội", "thủ tướng", "chính phủ", "bộ chính trị", "ban bí thư", "trung ương", "cấp trên",
          "các cơ quan trung ương", "cơ quan trung ương",
          "ủy ban thường vụ quốc hội", "thường vụ quốc hội", "ubtvqh")


# Bodies of the National Assembly, which oversees the government: "Chủ tịch Hội đồng dân tộc của Quốc hội A đề
# nghị Chính phủ ..." directs.
_OVERSIGHT = ("quốc hội", "hội đồng dân tộc", "ủy ban thường vụ quốc hội")
# ... and the Assembly itself or its bodies written as the issuer ("Ủy ban Thường vụ QH", "UBTVQH")
_OVERSIGHT_BODIES = _OVERSIGHT + ("thường vụ qh", "ubtvqh")


def _oversees(issuer: str | None, reg, following: str) -> bool:
    """An organ of the National Assembly (or its official) asking the Government: "Ủy ban Thường vụ Quốc hội
    đã có văn bản đề nghị Thủ tướng ..." directs (annotation.md: "đề nghị" downward; batch 5's xh-nld-4327)."""
    if not following.startswith(("chính phủ", "thủ tướng")) or reg is None or issuer is None:
        return False
    person = next((p for p in reg.persons.values() if p["id"] == issuer), None)
    if person is not None:
        return any(x["org"] and any(w in _loose(x["org"]) for w in _OVERSIGHT)
                   and _loose(x["title"]) not in _DELEGATE_TITLES for x in person["posts"])
    org = next((o for o in reg.orgs.values() if o["id"] == issuer), None)
    name = _loose(org["name"]) if org is not None else ""
    # a deputies' delegation ("Đoàn ĐBQH TP") asks, as its deputies do
    return any(w in name for w in _OVERSIGHT_BODIES) and not name.startswith(("đoàn", "văn phòng")) \
        and "đại biểu" not in name


@cache
def _countries() -> tuple[tuple[str, ...], ...]:
    """The countries of the places lexicon as lower-case token tuples, longest first."""
    rows = (tuple(t.low for t in tokenize(r["place"])) for r in lexicons.load("places") if r["country"])
    return tuple(sorted(rows, key=len, reverse=True))


def _to_country(toks, end: int) -> bool:
    """"Tập đoàn X đề nghị Việt Nam nên ...", "ông A đề nghị phía Việt Nam cho phép ...": a country is told by
    no one in its news; what is asked of it is advice or diplomacy, not a directive (annotation.md: authority
    over the addressee). The country's name must end the noun ("Việt Nam Airlines" is a company)."""
    k = end + 1 if end < len(toks) and toks[end].low == "phía" else end
    for name in _countries():
        n = len(name)
        if k + n <= len(toks) and tuple(t.low for t in toks[k:k + n]) == name and toks[k].is_cap \
                and not (k + n < len(toks) and toks[k + n].is_cap):
            return True
    return False


def _upward(verb, toks, end: int, issuer: str | None = None, reg=None) -> bool:
    if _to_country(toks, end):
        return True
    if verb.phrase not in ("đề nghị", "kiến nghị"):
        return False
    following = " ".join(t.low for t in toks[end:end + 5])
    if following.startswith(_ABOVE):
        return not _oversees(issuer, reg, following)
    return reg is not None and _below(issuer, " ".join(t.low for t in toks[end:end + 6]).lstrip(", "), reg)


# Who stands at the centre (government, National Assembly, Party leadership) and may ask a ministry, a
# province's People's Committee or Party committee to act; a ministry may ask a province too.
_CENTRAL = ("thủ tướng", "chính phủ", "quốc hội", "chủ tịch nước", "bộ chính trị", "ban bí thư", "trung ương",
            "tổng bí thư", "hội đồng dân tộc", "ubtvqh", "tư", "tw")
_MINISTRIES = re.compile(r"(?:các\s+)?bộ\s+(?!trưởng|phận|đội|ngành|máy|chỉ huy|tư lệnh)\S")
_PROVINCES = re.compile(r"(?:thành ủy|tỉnh ủy|ubnd (?:tỉnh|tp|thành phố)|ủy ban nhân dân (?:tỉnh|thành phố)"
                        r"|ủy ban quốc gia)(?!\w)")
# The city or province written alone ("Sở X đã có công văn đề nghị TP giao ..."): its government, asked by the
# bodies it runs (its departments, districts, wards)
_CITY = re.compile(r"(?:tp|thành phố|tỉnh)(?!\w)")
_CITY_BODIES = re.compile(r"(?<!\w)(?:sở|phường|quận|huyện|xã)(?!\w)")


# A province's Party committee and its People's Council stand over its People's Committee (UBND).
_OVER_COMMITTEES = ("thành ủy", "tỉnh ủy", "hđnd", "hội đồng nhân dân")


def _below(issuer: str | None, following: str, reg) -> bool:
    """"Giám đốc Bệnh viện X đề nghị Thành ủy, UBND TP cần ...", "Sở Y đề nghị Bộ GTVT sớm xem xét ...": a request
    to a ministry from below the centre, or to a province's committee from below a ministry, asks; it does not
    direct. Only where the issuer's level is known (a person with posts, a named body)."""
    to_ministry = bool(_MINISTRIES.match(following))
    to_city = not to_ministry and not _PROVINCES.match(following) and bool(_CITY.match(following))
    if not (to_ministry or to_city or _PROVINCES.match(following)):
        return False
    person = next((p for p in reg.persons.values() if p["id"] == issuer), None)
    if person is not None:
        if not person["posts"]:
            return False
        places = [_loose(f"{x['title']} {x['org'] or ''}") for x in person["posts"]]
    else:
        org = next((o for o in reg.orgs.values() if o["id"] == issuer), None)
        if org is None:
            return False
        places = [_loose(org["name"])]
    def central(place: str) -> bool:
        # ("TƯ" for Trung ương; not the "tư" of "Sở Tư pháp", "tư lệnh")
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)(?! pháp| lệnh| nhân| vấn)", place) for w in _CENTRAL)
    def ministry(place: str) -> bool:
        return bool(re.match(r"(?:bộ trưởng|thứ trưởng|bộ \S)", place)) or " bộ " in f" {place} " and "bộ chỉ huy" not in place
    if to_ministry:
        return not any(central(x) for x in places)
    if to_city:
        return not any(central(x) or ministry(x) for x in places) and any(_CITY_BODIES.search(x) for x in places)
    if following.startswith(("ubnd", "ủy ban nhân dân")) and any(w in x for x in places for w in _OVER_COMMITTEES):
        return False  # "Bí thư Thành ủy A đề nghị UBND TP ...": the Party committee and the council lead the UBND
    return not any(central(x) or ministry(x) for x in places)


def _without_authority(issuer: str, verb, reg) -> bool:
    person = next((p for p in reg.persons.values() if p["id"] == issuer), None)
    if person is not None:
        # a former post ("nguyên giám đốc Sở X, đại biểu Quốc hội") gives no authority now
        titles = {_loose(x["title"]) for x in person["posts"] if x.get("status") != "former"}
        if verb.phrase == "đề nghị" and person["posts"] and all(
                x["org"] and _loose(x["org"]).startswith(_REQUESTER_UNITS) for x in person["posts"]):
            return True  # "Phó Thủ trưởng Cơ quan Điều tra A đề nghị ...": an investigator asks
        return bool(titles) and titles <= _DELEGATE_TITLES
    org = next((o for o in reg.orgs.values() if o["id"] == issuer), None)
    return org is not None and verb.phrase == "đề nghị" and _loose(org["name"]).startswith(_REQUESTER_UNITS)


def _signer(issuer: str, reg, last_person, idx: int, r):
    """"Thứ trưởng Bộ Công an A đã có công điện ... Do đó, Bộ Công an yêu cầu ...": a body
    acting right after its own official gave a directive speaks through that official."""
    if last_person is None or idx - last_person[0] > 4:
        return None
    opening = " ".join(t.low for t in r.tokens[:2])
    if opening not in _CONSEQUENCE and _document_named_before(r.tokens) is None:
        return None  # ("Trong chỉ thị này, Bộ Công an yêu cầu ...": the document its minister just signed)
    org = next((o for o in reg.orgs.values() if o["id"] == issuer), None)
    person = last_person[1]
    if org and any(x["org"] and _loose(x["org"]) == _loose(org["name"]) for x in person["posts"]):
        return person
    return None


_CITED = frozenset({"chỉ đạo", "chỉ thị", "yêu cầu", "lệnh"})
# cited mid-sentence ("... theo chỉ đạo của Bộ Công an"): an order followed, not a request granted ("theo yêu
# cầu của gia đình")
_CITED_MID = frozenset({"chỉ đạo", "chỉ thị", "lệnh"})


def _according_to(r, refs, reg):
    """"Theo chỉ đạo của X, ..." / "Theo yêu cầu của X thì ...": X's instruction is the main clause;
    "... hoàn thiện đề án theo chỉ đạo của Bộ Công an": X gave an order that is followed (no task: what
    is done is reported, and so is a passive main clause: "Theo lệnh của Bộ X, hầm được mở cửa").
    (issuer id, verb, task text or "") or None."""
    words = r.words
    if "theo" not in words and ("sự" not in words or "được" not in words):
        return None  # (most sentences: see SentenceReading.words)
    toks = r.tokens
    for k in range(len(toks) - 3):
        # "được sự chỉ đạo của Bộ Công an, ...": (with) X's direction, an order followed, as "theo chỉ đạo của X"
        granted = k > 0 and (toks[k - 1].low, toks[k].low) == ("được", "sự")
        if toks[k].low != "theo" and not granted:
            continue
        initial = not granted and (k == 0 or toks[k - 1].text in ",“(:"
                                   or toks[k - 1].text == '"' and sum(t.text == '"' for t in toks[:k - 1]) % 2 == 0)
        verb = f"{toks[k + 1].low} {toks[k + 2].low}"
        n = 2
        if verb not in _CITED:
            verb, n = toks[k + 1].low, 1
        if verb not in (_CITED if initial else _CITED_MID):
            continue
        # "Theo chỉ đạo của UBND TP, ...", also without "của" when a unit or a title follows at once
        start = k + n + 2 if k + n + 1 < len(toks) and toks[k + n + 1].low == "của" else k + n + 1
        if start == k + n + 1 and not (initial and any(it.start == start and it.kind in ("org", "post", "rank")
                                                       for it in r.items)):
            continue
        covered = {j for it in r.items if it.kind in ("post", "rank", "cue", "honorific")
                   for j in range(it.start, it.end)}
        issuer, stop = None, None
        for pm, person in refs if verb != "lệnh" else ():  # ("theo lệnh của <a person>": a gang's orders too)
            if start <= pm.item.start <= start + 8 and all(j in covered for j in range(start, pm.item.start)):
                issuer, stop = person["id"], pm.end
                break
        if issuer is None:
            for it in r.items:
                if it.kind == "org" and it.start == start:
                    issuer, stop = reg.org(it.text)["id"], it.end
                    break
        if issuer is None:
            continue
        rest = re.sub(r"^[\s,:]*(?:thì\s+)?", "", r.sentence.text[toks[stop].start:] if stop < len(toks) else "")
        if not initial or len(rest.split()) < 3:
            return issuer, verb, "", None
        if "được" in [t.low for t in tokenize(rest)[:6]]:
            rest = ""  # "Theo lệnh của Bộ GTVT, hầm đèo Hải Vân được mở cửa": what was done, reported
        # "Theo yêu cầu của VKSND tối cao, Cơ quan điều tra đã ...": the unit that acts on it was told
        at = next((k for k in range(stop, min(len(toks), stop + 3)) if toks[k].is_word and toks[k].low != "thì"), None)
        told = next((it for it in r.items if it.kind == "org" and it.start == at and it.end < len(toks)
                     and toks[it.end].is_word and reg.org(it.text)["id"] != issuer), None) if rest and at else None
        return issuer, verb, rest, told.text if told else None
    return None


def _decision_noun(r, readings, idx: int, reg):
    """"... thông báo quyết định kỷ luật của Bộ Công an với hai trưởng phòng. Theo đó, ông A bị cảnh cáo, bố trí
    công việc khác; còn ông B bị cách chức.": a signed document written as a noun with its issuing unit ("của"
    and the unit right after the kind and a few lower-case words), whose content the next sentence of the paragraph
    gives after "Theo đó": (issuer id, document, the measures one per ";"), or None."""
    if "của" not in r.words:
        return None  # (no document "của" its unit: see SentenceReading.words)
    toks = r.tokens
    for k, end, cue in document_kinds().find(toks):
        if toks[k].is_cap or cue.extra != "yes":
            continue
        j = end
        while j < len(toks) and j - end < 4 and toks[j].is_word and not toks[j].is_cap and toks[j].low != "của":
            j += 1
        if j + 1 >= len(toks) or toks[j].low != "của":
            continue
        org = next((it for it in r.items if it.kind == "org" and it.start == j + 1), None)
        if org is None:
            continue
        nxt = readings[idx + 1] if idx + 1 < len(readings) else None
        if nxt is None or nxt.sentence.paragraph != r.sentence.paragraph:
            return None
        m = re.match(r"\s*Theo đó\s*,\s*", nxt.sentence.text)
        if m is None:
            return None
        content = nxt.sentence.text[m.end():].strip().rstrip(".")
        measures = [re.sub(r"^(?:còn|và)\s+", "", x.strip()) for x in content.split(";")]
        measures = [x for x in measures if len(x.split()) >= 3]
        if not measures:
            return None
        return reg.org(org.text)["id"], {"kind": cue.value, "number": None, "title": None}, measures
    return None


def _other_issuer_at(r, refs, ends, reg, end: int, issuer: str):
    """A later directive verb of the sentence with an issuer of its own, right before it:
    (index where this directive's words stop, index of that verb), or None."""
    toks = r.tokens
    for j, _, verb in directive_verbs().find(toks, end + 1):
        if verb.value == "document":
            continue
        other = _issuer(r, ends, j, reg, [])
        if other is None or other == issuer:
            continue
        starts = [pm.item.start for pm, p in refs if p["id"] == other and pm.end <= j]
        orgs = [it.start for it in r.items if it.kind == "org" and it.end <= j and reg.org(it.text)["id"] == other]
        first = max(starts + orgs, default=j)
        k = first
        while k > end and toks[k - 1].text not in ",;":
            k -= 1
        if k > end:
            return k - 1, j  # only a new clause: "lập Ban X chỉ đạo ..." is the task's own object
    return None


_HOLD = frozenset({"tiến hành", "tổ chức", "triệu tập", "chủ trì", "họp"})


def _meeting_held(toks, i: int) -> bool:
    """"... và tiến hành cuộc họp khẩn cấp chỉ đạo việc ...": the verb at ``i`` is what a meeting the subject
    holds right before it is for."""
    for k, end, _ in event_kinds().find(toks, max(0, i - 5), i):
        if end <= i and i - end <= 2 and all(t.is_word and not t.is_cap for t in toks[end:i]) and k >= 2 \
                and (f"{toks[k - 2].low} {toks[k - 1].low}" in _HOLD or toks[k - 1].low in _HOLD):
            return True
    return False


def _joined_people(r, refs, issuer: str, i: int) -> list[str]:
    """"Ông A và ông B yêu cầu ...": the persons listed with the issuer issue it too (those after it as well,
    when the issuer is the subject: "A, B đã có mặt ... và tiến hành cuộc họp chỉ đạo ...")."""
    k = next((k for k, (pm, p) in enumerate(refs) if p["id"] == issuer and pm.end <= i), None)
    out: list[str] = []
    f = k
    while k is not None and k > 0 and _joined(r.tokens, refs[k - 1][0], refs[k][0], r.items):
        out.append(refs[k - 1][1]["id"])
        k -= 1
    while f is not None and f + 1 < len(refs) and refs[f + 1][0].end <= i \
            and _joined(r.tokens, refs[f][0], refs[f + 1][0], r.items):
        out.append(refs[f + 1][1]["id"])
        f += 1
    return [x for x in out if x != issuer]


_SPEECH_INTRO = frozenset({"nói", "phát", "biểu", "khẳng", "định", "nhấn", "mạnh", "cho", "biết", "là", "rằng", "thêm",
                           "đã", "cũng", "lại", "còn", "thừa", "nhận", "xác"})  # ... "thừa nhận", "xác nhận"


def _closes_earlier_quote(toks, i: int) -> bool:
    """Token ``i`` stands in a quotation that opened in a sentence before and closes in this one: no quotation mark
    before it, and the first one after it closes."""
    if any(t.text in "“”\"" for t in toks[:i]):
        return False
    first = next((t.text for t in toks[i:] if t.text in "“”\""), None)
    return first == "”" or first == '"' and sum(t.text == '"' for t in toks) % 2 == 1


def _quote_speaker(r, refs, i: int) -> str | None:
    """"“Tôi đề nghị các đồng chí phải ...” - bà A, Chủ nhiệm X, phát biểu", "Ông A nói: “Tôi yêu cầu ...":
    "tôi" (or "chúng tôi") giving the order inside a quotation is its speaker, named right after the
    quotation closes (after a dash) or right before it opens (a speech verb and a colon between)."""
    toks = r.tokens
    j = i - 1
    while j >= 0 and toks[j].low in ("đã", "cũng", "xin", "chỉ", "rất", "thì", "có"):  # "Tôi có giao ...": I did
        j -= 1
    if j < 0 or toks[j].low != "tôi":
        return None
    opened = max((k for k in range(i) if toks[k].text in "“\""), default=None)
    if opened is None or not _quoted(toks, i):
        # "Tôi đề nghị báo chí năm 2005 làm rất mạnh ...”, Thủ tướng nói.": the quotation opened in a sentence
        # before; the speaker is named after it closes
        opened = None
        if not _closes_earlier_quote(toks, i):
            return None
    if opened is not None and opened >= 2 and toks[opened - 1].text == ":":
        before = [(pm, p) for pm, p in refs if pm.item.end <= opened - 1]
        if before:
            pm, p = before[-1]
            gap = toks[pm.end:opened - 1]
            if all(t.low in _SPEECH_INTRO or t.text == "," for t in gap):
                return p["id"]
    closed = next((k for k in range(i, len(toks)) if toks[k].text in "”\""), None)
    if closed is not None and closed + 2 < len(toks) and (toks[closed + 1].text in "-–—"
                                                          or opened is None and toks[closed + 1].text == ","):
        after = [(pm, p) for pm, p in refs if pm.item.start > closed]
        if after:
            pm, p = after[0]
            if all(t.low in ("ông", "bà", "đồng", "chí") or t.is_cap
                   or any(it.kind in ("post", "rank", "cue", "honorific") and it.start <= k < it.end for it in r.items)
                   for k, t in enumerate(toks[closed + 2:pm.item.start], closed + 2)):
                return p["id"]
    return None


def _sentence_subject(r, refs):
    """The person who opens the sentence, after an opening phrase closed by a comma at most
    ("Ông A, Bí thư X, ..."; "Tại hội nghị, Thủ tướng A ..."), else None."""
    if not refs:
        return None
    pm, person = refs[0]
    toks = r.tokens
    covered = {j for it in r.items if it.kind in ("post", "rank", "cue", "honorific", "org")
               for j in range(it.start, it.end)}
    begin = 0
    # "Phát biểu với đại hội, thay mặt Ban Chấp hành Trung ương, Tổng Bí thư A ...": opening phrases
    comma = next((j for j in range(min(pm.item.start, 25) - 1, -1, -1) if toks[j].text == ","), None)
    if comma is not None:
        begin = comma + 1
    if all(j in covered or toks[j].text in ",-–" for j in range(begin, pm.item.start)):
        return person
    return None


# The investigating body written short ("Cơ quan điều tra", "CQĐT", "Cơ quan CSĐT") and how specific each short
# form is: the police's investigating body is more specific than a bare "investigating body".
_INVESTIGATORS = {"cqđt": 0, "cơ quan điều tra": 0, "cơ quan csđt": 1, "cơ quan cảnh sát điều tra": 1}
_INVESTIGATOR_HEAD = re.compile(r"^(?:cơ quan (?:cảnh sát |csđt |an ninh )?điều tra|cơ quan csđt|cqđt)\b")


def _investigator_key(name: str) -> str:
    words = {"csđt": "cảnh sát điều tra", "tp": "thành phố", "ca": "công an", "cqđt": "cơ quan điều tra"}
    return " ".join(words.get(w, w) for w in _loose(name).split())


_INVESTIGATOR_WORDS = (("cơ", "quan", "điều", "tra"), ("cơ", "quan", "csđt"), ("cơ", "quan", "cảnh", "sát", "điều", "tra"))
# words that make the body the object or the owner of something, not the subject ("theo yêu cầu của cơ quan
# điều tra", "đề nghị cơ quan điều tra ...", "bị cơ quan điều tra triệu tập")
_NOT_SUBJECT_BEFORE = frozenset({"của", "cho", "với", "nghị", "cầu", "đến", "tới", "gửi", "gởi", "tại", "trước", "theo",
                                 "bị", "được", "về", "lên", "và", "hay", "hoặc", "sao", "không", "chưa", "có", "là"})


def _lower_investigator(toks, j: int, reg) -> str | None:
    """"Bước đầu cơ quan điều tra đã yêu cầu Công ty X ...", "phía cơ quan điều tra cũng đã có thông báo gửi về
    Cục Y yêu cầu ...": the investigating body written in lower case, heading the clause of the verb at ``i``
    (or of the writing sent before it), is the investigating body the article names; none named, no issuer.
    ``j``: where the phrase must end."""
    for words in _INVESTIGATOR_WORDS:
        a = j - len(words)
        if a < 0 or tuple(t.low for t in toks[a:j]) != words or toks[a].is_cap:
            continue
        if a > 0 and toks[a - 1].low == "phía":
            a -= 1
        if a > 0 and toks[a - 1].low in _NOT_SUBJECT_BEFORE:
            return None
        bodies = [o for o in reg.orgs.values() if _INVESTIGATOR_HEAD.match(_loose(o["name"]))]
        if not bodies:
            return None
        lowest = min(bodies, key=lambda o: _INVESTIGATORS.get(_loose(o["name"]), 2))
        found = _investigators_named(lowest["id"], reg)
        if found != lowest["id"] or len({_investigator_key(o["name"]) for o in bodies}) == 1:
            return found
        return None
    return None


_WRITES = frozenset({"có", "ra", "văn", "bản", "thông", "báo", "công", "điện"})


def _writer_investigator(toks, k: int, reg) -> str | None:
    """"phía cơ quan điều tra cũng đã có thông báo gửi về Cục Y yêu cầu ...": the lower-case investigating body
    that wrote what is sent at token ``k``."""
    j = k
    while j > 0 and (toks[j - 1].low in _WRITES or toks[j - 1].low in _GLUE):
        j -= 1
    if j == k or reg is None or not any(t.low in ("văn", "báo", "điện") for t in toks[j:k]):
        return None
    return _lower_investigator(toks, j, reg)


def _investigators_named(issuer: str, reg) -> str:
    """"Cơ quan điều tra ra lệnh khởi tố ..." where the article has named "Cơ quan Cảnh sát điều tra Công an TP
    Hà Nội": the investigating body written short is the one body of the article it stands for, the most specific
    investigating body named (annotation.md: a short back-reference resolved to the full name); where two such
    bodies are named, it stays as written."""
    org = next((o for o in reg.orgs.values() if o["id"] == issuer), None)
    if org is None or _loose(org["name"]) not in _INVESTIGATORS:
        return issuer
    level = _INVESTIGATORS[_loose(org["name"])]
    found: dict[str, dict] = {}
    for o in reg.orgs.values():
        name = _loose(o["name"])
        if o is org or not _INVESTIGATOR_HEAD.match(name):
            continue
        more = _INVESTIGATORS.get(name, 2)
        if more > level:
            found.setdefault(_investigator_key(o["name"]), o)
    top = max((_INVESTIGATORS.get(_loose(o["name"]), 2) for o in found.values()), default=None)
    best = [o for o in found.values() if _INVESTIGATORS.get(_loose(o["name"]), 2) == top]
    if len(best) == 1:
        return best[0]["id"]
    return issuer


def _loose(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).casefold().split())


def _period(text: str) -> tuple[str | None, int]:
    m = _PERIOD.match(text)
    return (m.group(0).strip(), m.end()) if m else (None, 0)


_ENUMERATOR = re.compile(r"^(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|thứ\s+\w+)\s*,|\d{1,2}\s*[.)/]|[a-đ]\))\s*",
                         re.IGNORECASE)


# A full stop after a lower-case word and before a letter, with or without a space ("sớm nhất.Bộ Xây dựng",
# "thù địch. tiếp tục"): the end of a sentence inside a task's text (not "TP. HCM", "N.T.D." or "...").
_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ỹđ]{2})\.(\s*)(?=\w)")


def _sentences(text: str) -> list[str]:
    """The text cut at each sentence break (with no space only before a capital: not "vnexpress.net")."""
    out, last = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        if (m.group(1) or text[m.end()].isupper()) and not text[m.end()].isdigit():
            out.append(text[last:m.start()])
            last = m.end()
    return out + [text[last:]]


def split_tasks(text: str) -> list[str]:
    """One string per instruction (see the module docstring).

    >>> split_tasks("Nâng cao các cuộc kiểm tra, giám sát; chủ động nắm tình hình, kịp thời phát hiện.")
    ['Nâng cao các cuộc kiểm tra, giám sát', 'chủ động nắm tình hình, kịp thời phát hiện']
    """
    text = _cut_contrast(text.strip().rstrip(".;:!…").strip())
    first, *later = _sentences(text)
    if later:
        # "... trong thời gian sớm nhất.Bộ Xây dựng sẽ tổng hợp": a sentence the reading ran on into; what it says
        # is an instruction of its own only when it opens like one
        return split_tasks(first) + [t for s in later if _instruction(s) or _has_modal(tokenize(s), 0, 8)
                                     for t in split_tasks(s)]
    parts: list[str] = []
    listed = sum(1 for c in text.split(";") if len(c.split()) >= 3) >= 3
    for chunk, same_time in ((part, k > 0) for c in text.split(";") for k, part in enumerate(_same_time_parts(c))):
        if same_time and _OWN_WORD.match(chunk.strip()):
            continue  # "chỉ đạo X kiểm tra, đồng thời kết luận “...”": what the issuer itself concludes, no instruction
        numbered = _ENUMERATOR.match(chunk.strip())
        chunk = _ENUMERATOR.sub("", chunk.strip())
        if not chunk:
            continue
        toks = tokenize(chunk)
        m = directive_verbs().match(toks, 0) if toks else None
        if m and m[1].value == "strong" and m[0] < len(toks) and toks[m[0]].is_word \
                and (toks[m[0]].is_cap or toks[m[0]].low in _ADDRESSEE_STARTS):
            chunk = chunk[toks[m[0]].start:]  # "hai, yêu cầu X ...": the instruction is what is asked
            toks = tokenize(chunk)
        if parts and not numbered and not same_time and not (toks and (_starts_task(toks, 0) or _has_modal(toks, 0, 6))) \
                and not _subject(chunk) and not _own_must(toks):  # "...; đầu tháng 5 Khu X phải ...": a subject of its own
            parts[-1] = parts[-1] + "; " + chunk
            continue
        head, colon, tail = chunk.partition(": ")
        if colon and len(head.split()) >= 4 and tail[:1].islower() and _instruction(tail) and _instruction(head):
            # "X phải lãnh đạo toàn quân quán triệt nhiệm vụ chung là: nâng cao ...; đổi mới ...": the list the colon
            # opens gives instructions of their own
            parts.extend(_split_commas(re.sub(r"\s+(?:là|như sau)$", "", head)))
            chunk = tail
        # "...; bảo đảm không để bị động, bất ngờ, bảo vệ vững chắc độc lập; ...": where semicolons part the
        # instructions, the commas inside one part its words
        parts.extend(_split_urgent(chunk) if listed else _split_commas(chunk))
    return [p for p in parts if len(p.split()) >= 2]


def _split_urgent(chunk: str) -> list[str]:
    """A part of a list parted by semicolons, cut only before ", tích cực/khẩn trương/... <task verb>" (an
    adverb of urgency and a verb open an instruction of their own: "tổng kiểm tra công tác quản lý hộ khẩu, tạm
    trú tạm vắng, tích cực thu gom các loại vũ khí")."""
    pieces = chunk.split(", ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        toks = tokenize(piece)
        if len(toks) >= 5 and tuple(t.low for t in toks[:2]) in _URGENT and task_verbs().match(toks, 2) \
                and len(out[-1].split()) >= 5:
            out.append(piece)
        else:
            out[-1] += ", " + piece
    return out


def _own_must(toks) -> bool:
    """"...; các chủ dự án đã vay vốn của Nhà nước phải mua bảo hiểm ...", "...; nếu phát hiện ... thì phải cách ly
    ...": a part after a semicolon with a "phải"/"cần" of its own, however far in, or a condition and what to do
    then, is an instruction of its own (a noun that goes on the list before has neither)."""
    return len(toks) >= 4 and (_has_modal(toks) or toks[0].low == "nếu" and _then_task(toks))


# "đồng thời" (at the same time) before a lower-case word other than "là" (is: "đồng thời là Phó Giám đốc", a second
# post) opens a further instruction of its own; the word itself is no part of any task.
_SAME_TIME = re.compile(r"(?:^|,?\s+)đồng\s+thời\s*,?\s+(?=[a-zđà-ỹ])(?!là\b)", re.IGNORECASE)


def _same_time_parts(chunk: str) -> list[str]:
    """"kiểm tra, đồng thời xử lý ...", "cần triển khai ... đồng thời tập trung chỉ đạo ...": one instruction
    each side of "đồng thời"; an opening "Đồng thời, ..." is dropped.

    >>> _same_time_parts("kiểm tra các xe, đồng thời xử lý nghiêm người vi phạm")
    ['kiểm tra các xe', 'xử lý nghiêm người vi phạm']
    """
    parts, last = [], 0
    for m in _SAME_TIME.finditer(chunk):
        parts.append(chunk[last:m.start()])
        last = m.end()
    parts.append(chunk[last:])
    return [p for p in parts if p.strip()] or [chunk]


# Verbs of one's own verdict or word ("kết luận", "khẳng định"): after "đồng thời" the issuer says it, no one is told.
_OWN_WORD = re.compile(r"(?:kết luận|khẳng định|cho biết|nhận định|tuyên bố)(?!\w)", re.IGNORECASE)


_CONTRAST = re.compile(r",?\s+(?:nhưng|song|tuy nhiên|thế nhưng)\s+", re.IGNORECASE)


# "..., chính vì vậy họ phải thay đổi ...": what followed from the order for "them" (a pronoun), told by the writer
_CONSEQUENCE_TOLD = re.compile(r",?\s+(?:chính\s+)?(?:vì vậy|vì thế|do đó|do vậy|bởi vậy|cho nên)\s*,?\s+"
                               r"(?=(?:họ|chúng tôi|tôi|chúng ta)\s)", re.IGNORECASE)


def _cut_contrast(text: str) -> str:
    """"chỉ đạo X di dời, chấn chỉnh nhưng kết quả chưa đạt yêu cầu": what follows a contrast is the
    writer's comment on the outcome, no part of the instruction (unless it instructs: "nhưng phải ...")."""
    told = _CONSEQUENCE_TOLD.search(text)
    if told is not None and told.start() > 0:
        text = text[:told.start()]
    m = _CONTRAST.search(text)
    if m is None or m.start() == 0:
        return text
    if _instruction(text[m.end():]) or _condition_then_must(tokenize(text[m.end():])) is not None:
        return text  # ("..., nhưng khi xảy ra sự cố thì cảnh sát phải ...": what to do then)
    return text[:m.start()]


def _instruction(text: str) -> bool:
    """The text opens with a task verb or has "cần"/"phải" among its first words."""
    toks = tokenize(text)
    return bool(toks) and (_starts_task(toks, 0) or _has_modal(toks, 0, 6))


def _shared_head(left: str, toks) -> bool:
    """"thanh, kiểm tra": the left part ends with the first half of a verb whose second half the
    right part's verb shares ("thanh tra" and "kiểm tra")."""
    last = left.split()[-1] if left.split() else ""
    if len(toks) < 2 or not last:
        return False
    short = tokenize(f"{last} {toks[1].text}")
    return task_verbs().match(short, 0) is not None and task_verbs().match(short, 0)[0] == 2 \
        and task_verbs().match(tokenize(last), 0) is None


# Words that make the verb after them a noun: "để kiểm điểm", "kết quả kiểm tra", "việc kiểm điểm".
_VERB_AS_NOUN = frozenset({"để", "quả", "việc", "tác"})


# Words that make the verb after them a noun: "để kiểm điểm", "kết quả kiểm tra", "việc kiểm điểm".
_VERB_AS_NOUN = frozenset({"để", "quả", "việc", "tác"})


def _ends_with_verb(left: str) -> bool:
    """The left part ends with a task verb used as a noun, with no object of its own ("... kết quả kiểm
    tra", "... để kiểm điểm"): the verbs after the comma share what follows."""
    toks = tokenize(left)
    return len(toks) >= 2 and any(not toks[k].is_cap and toks[k - 1].low in _VERB_AS_NOUN
                                  and (m := task_verbs().match(toks, k)) and m[0] == len(toks)
                                  for k in range(max(1, len(toks) - 3), len(toks)))


def _field_of_work_end(left: str) -> bool:
    """The left part ends with "công tác" and a field of one or two words ("Tăng cường công tác giáo dục,
    tuyên truyền ..."): the verbs after the comma name more fields of that work, no instruction of their own."""
    toks = tokenize(left)
    return any(len(toks) >= k + 2 and (toks[-k - 2].low, toks[-k - 1].low) == ("công", "tác")
               and all(t.is_word and not t.is_cap for t in toks[-k:]) for k in (1, 2))


# Nouns a verb after them qualifies ("biện pháp xử lý", measures of handling): the verb has its object already.
_MEASURE_NOUNS = frozenset({("biện", "pháp"), ("phương", "án"), ("hình", "thức")})


def _bare_verb_end(left: str) -> bool:
    """The left part ends with a task verb that has no object of its own ("... tổ chức nghiên cứu, đề xuất các
    giải pháp"): the verbs share what follows the comma."""
    toks = tokenize(left)
    return len(toks) >= 3 and any(not toks[k].is_cap and (m := task_verbs().match(toks, k)) and m[0] == len(toks)
                                  and task_verbs().match(toks, k - 1) is None
                                  and (toks[k - 2].low, toks[k - 1].low) not in _MEASURE_NOUNS
                                  for k in range(max(1, len(toks) - 3), len(toks)))


def _then_task(toks) -> bool:
    """"nếu ... thì/là (phải) <task verb>": a condition followed by what is to be done; also with a named
    subject between ("nếu phát hiện ... thì CSGT kiểm tra xử lý ...")."""
    return any(toks[k].low in ("thì", "là") and (_starts_task(toks, k + 1) or _modal_at(toks, k + 1)
                                                 or toks[k].low == "thì" and _named_then_task(toks, k + 1))
               for k in range(1, len(toks) - 1))


def _named_then_task(toks, i: int) -> bool:
    """A short name opening with a capital from ``i`` ("CSGT", "Thanh tra giao thông") and right after it a task
    verb or "cần"/"phải"."""
    if i >= len(toks) or not toks[i].is_cap or not toks[i].is_word:
        return False
    for k in range(i + 1, min(len(toks), i + 6)):
        if _modal_at(toks, k) or not toks[k].is_cap and _starts_task(toks, k):
            return True
        if not toks[k].is_word or toks[k].low in _CLAUSE_ADVERBS or toks[k].low in ("không", "bị", "được", "là"):
            return False
    return False


def _short_order(left: str) -> bool:
    """A short part that is an order of its own: a task verb (after "phải"/"cần" at most) and its object."""
    toks = tokenize(left)
    k = 1 if toks and toks[0].low in _MODAL else 0
    m = task_verbs().match(toks, k) if len(toks) > k else None
    # ("đồng thời phê bình, chấn chỉnh ...", "chỉ đạo, kiểm tra, ...": verbs that share the object after the comma)
    return len(left.split()) >= 3 and "," not in left and m is not None and m[0] < len(toks) \
        and task_verbs().match(toks, m[0]) is None


def _split_commas(chunk: str) -> list[str]:
    pieces = chunk.split(", ")
    out = [pieces[0]]
    for n, piece in enumerate(pieces[1:], 1):
        toks = tokenize(piece)
        if toks and toks[0].low == "và" and len(toks) > 1 and toks[1].low in _MODAL:
            out.append(piece[toks[1].start:])  # "..., và phải có tầm nhìn cao hơn": an instruction of its own
            continue
        m = task_verbs().match(toks, 0) if toks else None
        if m and (_shared_head(out[-1], toks) or _ends_with_verb(out[-1]) or _bare_verb_end(out[-1])
                  or _field_of_work_end(out[-1])):
            # "thanh, kiểm tra các dự án": "thanh tra, kiểm tra" said short; "gửi báo cáo kết quả kiểm tra, xử lý
            # lên Bộ": two verbs with one object, no instruction of their own
            out[-1] = out[-1] + ", " + piece
            continue
        if m and m[1].value == "yes" and _object_words(pieces, n) >= 5 \
                and (len(out[-1].split()) >= 5 or _short_order(out[-1])) and not _future_statement(out[-1]):
            out.append(piece)  # ("nắm tình hình, báo cáo sự việc lên Đảng ủy khối": a short order of its own first)
        elif toks and toks[0].low == "nếu" and len(out[-1].split()) >= 4 and _then_task(toks):
            out.append(piece)  # "..., nếu có đủ yếu tố vi phạm thì khởi tố vụ án": what to do in that case, on its own
        elif toks and toks[0].low not in _MODAL and _has_modal(toks, 1, 8) \
                and len(out[-1].split()) >= 4 and len(piece.split()) >= 4 and _instruction(out[-1]):
            out.append(piece)  # "phải tổ chức sơ kết ..., nơi nào làm không tốt phải xem lại": a subject and "phải" of its own
        elif toks and toks[0].low in _MODAL and len(out[-1].split()) >= 3 and len(piece.split()) >= 4 \
                and _has_modal(tokenize(out[-1]), 0, 3):
            out.append(piece)  # "phải nghiên cứu, phải có tầm nhìn": each "phải" an instruction
        elif toks and toks[0].low == "nên" and len(piece.split()) >= 4 and out[-1].split()[0].casefold() == "nên":
            out.append(piece)  # "nên đánh giá lại các khoản thu, nên gộp lại thành một khoản": each "nên" (should) too
        else:
            out[-1] = out[-1] + ", " + piece
    return [part for piece in out for part in _split_and_verb(piece)]


def _future_statement(left: str) -> bool:
    """The left part says what will happen ("thời gian giám sát sẽ tăng lên"): a subject of its own and "sẽ" with no
    task verb after it, no task verb or "cần"/"phải" at its start; the verb after the comma goes on with it, no
    instruction of its own ("các sở sẽ rà soát ..., xử lý ..." still parts: a task verb after "sẽ")."""
    toks = tokenize(left)
    return len(toks) >= 4 and not _instruction(left) and not toks[0].is_cap \
        and any(toks[k].low == "sẽ" and k + 1 < len(toks) and not _starts_task(toks, k + 1)
                and not _modal_at(toks, k + 1) for k in range(2, len(toks))) and not any(t.low == "," for t in toks)


def _object_words(pieces: list[str], n: int) -> int:
    """The words of ``pieces[n]`` and of the pieces after it that go on its object ("đảm bảo sản xuất, cung ứng,
    lưu thông hàng hóa": plain nouns of one list after a short verb and its first noun), up to a piece that opens
    with a task verb or "cần"/"phải"; not when the piece before is such a noun itself (the verb is then a noun of
    that list)."""
    words = len(pieces[n].split())
    before = tokenize(pieces[n - 1])
    if words < 5 and len(before) <= 4 and all(t.is_word and not t.is_cap for t in before):
        return words  # ("mua sắm tài sản cố định, đất đai, xây dựng cơ bản, chi phí ...": inside a list of nouns)
    for piece in pieces[n + 1:]:
        toks = tokenize(piece)
        if words >= 5 or not toks or _starts_task(toks, 0) or _has_modal(toks, 0, 3) or toks[0].is_cap \
                or len(toks) > 4 or any(not t.is_word for t in toks):
            break
        words += len(piece.split())
    return words


# Words that make what follows them a purpose or a means, no instruction of its own ("để đánh giá và đề xuất").
_PURPOSE = frozenset({"để", "nhằm", "mà", "nhưng"})


def _split_and_verb(piece: str) -> list[str]:
    """"cắm biển dừng xe trên quốc lộ 1 xong trước 30/4 và rà soát các điểm đón khách trên tuyến": each side
    of "và" an instruction of its own, a task verb opening the right side; not verbs that share one object
    ("điều tra, làm rõ và xử lý nghiêm ..."), a short left side, or a purpose clause ("để đánh giá và đề xuất")."""
    toks = tokenize(piece)
    for k in range(4, len(toks) - 4):
        if toks[k].low != "và":
            continue
        if _then_clause(toks, k + 1) and _instruction(piece[:toks[k].start]):
            # "phải kiên quyết với xe vi phạm và những xe không có sổ nhật trình thì không cho hoạt động": a
            # condition of its own and what to do then
            return [piece[:toks[k].start].rstrip(" ,"), piece[toks[k + 1].start:]]
        m = task_verbs().match(toks, k + 1) or _went_to_act(toks, k + 1, place=True)
        if m is None or m[1].value != "yes" or len(toks) - m[0] < 3:
            continue
        start = max((j + 1 for j in range(k) if toks[j].text == ","), default=0)
        while start > 0 and not (_starts_task(toks, start) or toks[start].low in _MODAL) and toks[start].is_word:
            # "xác định trách nhiệm của từng cá nhân, tập thể và xử lý ...": the part after the comma is a noun of
            # the list the verb before it governs; the left side starts with that verb
            start = max((j + 1 for j in range(start - 1) if toks[j].text == ","), default=0)
        left = toks[start:k]
        head = start + (1 if toks[start].low in _MODAL else 0)
        first = task_verbs().match(toks, head) or _went_to_act(toks, head)
        if first is None:
            # "đơn vị này cần công bố kế hoạch và giải thích cho người dân": a short subject, "cần"/"phải", the verb
            said = next((j for j in range(head + 1, min(k, head + 5)) if _modal_at(toks, j) or toks[j].low == "nên"),
                        None)
            if said is not None and all(t.is_word for t in toks[head:said]):
                head = said + 1
                first = task_verbs().match(toks, head)
                if first is None or k - head < 4:
                    continue  # ("các xã phải kiểm tra và xử lý ...": two verbs, one object)
                start = 0
        if start > 0 and first is None or first is not None and first[1].value != "yes":
            continue  # ("các công trình nghiên cứu lý luận và tổng kết thực tiễn": nouns)
        # (a verb of one syllable inside is often a noun's part: "cắm biển dừng xe")
        inner = any((v := task_verbs().match(toks, j)) and v[0] - j >= 2 and not _manner(v[1])
                    for j in range((first[0] if first else head) + 1, k))
        bare = any((v := task_verbs().match(toks, j)) and v[0] == k and not _manner(v[1]) for j in (k - 2, k - 1))
        if len(left) < 3 or bare or len(left) < 5 and (first is None or first[0] >= k) \
                or inner or any(t.low in _PURPOSE for t in left):
            continue  # ("chỉ đạo kiểm tra và xử lý nghiêm các đơn vị": two verbs, one object; "đề án thành lập
            # đơn vị chống tội phạm và xử lý các vụ việc": "và" may join the inner verb's clause)
        return [piece[:toks[k].start].rstrip(" ,")] + _split_and_verb(piece[toks[k + 1].start:])
    return [piece]


# Words of going somewhere to act that open an instruction with the verb after them ("xuống khảo sát trực tiếp",
# "lên văn phòng làm việc"): go down to, go up to.
_GO_TO_ACT = frozenset({"xuống", "lên"})


def _went_to_act(toks, i: int, place: bool = False):
    """("xuống"/"lên" at ``i``, a task verb within four words after it, no comma between) as a verb match
    (the verb's end, or with ``place`` the motion word's: the place is its object; a cue that opens a clause),
    or None."""
    if i >= len(toks) or toks[i].low not in _GO_TO_ACT:
        return None
    for q in range(i + 1, min(len(toks), i + 5)):
        if not toks[q].is_word:
            return None
        if not toks[q].is_cap and (v := task_verbs().match(toks, q)):
            return (i + 1 if place else v[0]), SimpleNamespace(value="yes")
    return None


def _manner(cue) -> bool:
    """A cue that is an adverb of manner ("trực tiếp", "kịp thời"): it ends no verb that shares an object."""
    return tuple(cue.phrase.split()) in _URGENT or cue.phrase == "trực tiếp"


def _then_clause(toks, i: int) -> bool:
    """"những xe không có sổ nhật trình thì không cho hoạt động" from ``i``: "những"/"các" opens a group, then
    "thì" and what is (not) to be done with it: an instruction of its own."""
    if i >= len(toks) or toks[i].low not in ("những", "các"):
        return False
    for j in range(i + 2, min(len(toks) - 1, i + 20)):
        if toks[j].text in ",;:“”\"()" or toks[j].low == "và":
            return False
        if toks[j].low == "thì":
            return toks[j + 1].low in ("không", "phải", "cần", "buộc", "cấm") or _starts_task(toks, j + 1)
    return False


def _order_follows(toks, k: int) -> str | None:
    """The directive verb of its own that follows a document within the clause: "có văn bản đề nghị ...", "ký
    văn bản gửi A, yêu cầu ..." (a plain "có văn bản trả lời, cho biết ... đã chỉ đạo" issues no order)."""
    sent = False
    for j in range(k, min(len(toks), k + 16)):
        if toks[j].text in ".;?!:(" or toks[j].text == "," and not sent:
            return None
        sent = sent or toks[j].low in ("gửi", "gởi")
        m = directive_verbs().match(toks, j)
        if m and m[1].value == "strong":
            return m[1].phrase
    return None


def _document(r, start: int, in_verb: bool = False):
    """The document a document verb issues, from ``start`` on; ``in_verb``: the verb phrase itself ends with
    the document's kind ("phát lệnh truy nã"), which then counts in lower case too."""
    toks = r.tokens
    for i in range(start, min(start + 3, len(toks))):
        m = document_kinds().match(toks, i)
        adopted = m and m[1].extra == "adopted" and start > 0 and toks[start - 1].low == "qua" or in_verb and i == start \
            or m and m[1].extra == "warrant" and warrant_acts().match(toks, m[0]) is not None  # "ký lệnh khởi tố"
        ordered = m and m[1].extra in ("ordered", "issued") and start > 0 and _order_follows(toks, m[0]) is not None \
            or m and m[1].extra == "issued" and _relays(toks, m[0])  # "có thông báo kết luận của Phó thủ tướng A"
        if m and not toks[i].is_cap and m[1].extra != "yes" and not adopted and not ordered \
                and not (m[1].extra == "issued" and start > 0 and toks[start - 1].low in ("ra", "hành")):
            # in lower case "ký kết luận", "ra lệnh", "có kế hoạch" are no signed documents; "ra quyết
            # định" is, and "ban hành/đưa ra kế hoạch" too
            continue
        if m and not toks[i].is_cap and any(t.low not in ("khẩn", "hỏa", "tốc", "mật", "các") for t in toks[start:i]):
            continue  # "có nhận điện thoại": a lower-case kind stands right after the verb ("sẽ có các quyết định")
        if m and m[0] < len(toks) and toks[m[0]].low in ("thoại", "tử", "lực", "năng", "ảnh"):
            continue  # "điện thoại", "điện tử": no dispatch
        if m and (toks[i].is_cap or toks[start - 1].low in ("ký", "ban", "hành", "có", "ra", "đạt", "duyệt", "chuẩn")
                  or adopted):
            rest = r.sentence.text[toks[m[0] - 1].end:] if m[0] <= len(toks) else ""
            num = _NUMBER.match(rest)
            number = num.group(1) if num else None
            after = rest[num.end():] if num else rest
            tail = _NUMBER_TAIL.match(after) if number and "/" in number else None
            if tail:
                number += tail.group(0)
                after = after[tail.end():]
            title = None
            tm = re.match(r"\s*(?:của [^,]*?)?\s*về\s+(?:việc\s+)?[\"“]?([^\"”.;]+)", after)
            if tm:
                title = tm.group(1).strip()
            return {"kind": m[1].value, "number": number, "title": title}, m[0]
    return None, start


def _relayed(r, refs) -> tuple[str, dict] | None:
    """"gửi công văn số 414 ... truyền đạt ý kiến chỉ đạo của Thủ tướng A": (A's id, the numbered document)."""
    if "truyền" not in r.words or "đạt" not in r.words:
        return None  # (most sentences: see SentenceReading.words)
    toks = r.tokens
    at = next((k for k in range(1, len(toks) - 1) if (toks[k].low, toks[k + 1].low) == ("truyền", "đạt")), None)
    if at is None:
        return None
    of = next((k for k in range(at + 2, min(len(toks), at + 8)) if toks[k].low == "của"), None)
    person = next((p for pm, p in refs if of is not None and of < pm.item.start <= of + 4
                   and all(t.is_word for t in toks[of + 1:pm.item.start])), None)  # "của Thủ tướng A"
    if person is None:
        return None
    for j in range(at - 1, -1, -1):
        m = document_kinds().match(toks, j)
        if m and m[1].value not in ("Văn bản",):
            num = _NUMBER.match(r.sentence.text[toks[m[0] - 1].end:])
            if num:
                return person["id"], {"kind": m[1].value, "number": num.group(1), "title": None}
    return None


def _relays(toks, k: int) -> bool:
    """At token ``k``: "(truyền đạt) ý kiến (chỉ đạo) / kết luận of A": what a document conveys of a leader."""
    if k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) == ("truyền", "đạt"):
        k += 2
    of = next((j for j in range(k, min(len(toks), k + 5)) if toks[j].low == "của"), None)
    return of is not None and of > k and all(t.low in ("ý", "kiến", "kết", "luận", "chỉ", "đạo") for t in toks[k:of])


def _leader_relayed(r, refs, reg, end: int) -> str | None:
    """"Văn phòng Chính phủ sẽ ra công văn truyền đạt ý kiến của Thủ tướng: ...", "có thông báo kết luận của Phó
    thủ tướng A": the id of the leader whose instruction the office's document conveys (a title alone stands for
    the one person of the article who holds it); "" where the article names no such leader; None where the
    document conveys no one's instruction."""
    toks = r.tokens
    if not _relays(toks, end):
        return None
    of = next(j for j in range(end, min(len(toks), end + 7)) if toks[j].low == "của")
    person = next((p for pm, p in refs if of < pm.item.start <= of + 4
                   and all(t.is_word for t in toks[of + 1:pm.item.start])), None)  # "của Phó thủ tướng A"
    if person is not None:
        return person["id"]
    post = next((it for it in r.items if it.kind == "post" and it.start == of + 1), None)
    if post is None:
        return None
    title = _loose(post.title or post.text)
    holders = [p for p in reg.persons.values() if any(_holds(p, x, title, None) for x in p["posts"])]
    return holders[0]["id"] if len(holders) == 1 else ""


def _only_holder(reg, title: str, org: str | None) -> dict | None:
    """The one person of the article who holds ``title`` (of ``org``, where given) as a current post, or None."""
    title, org = _loose(title), _loose(org) if org else None
    holders = [p for p in reg.persons.values() if any(
        _loose(x["title"]) == title and x.get("status") == "current" and (org is None or x["org"] and _loose(x["org"]) == org)
        for x in p["posts"])]
    return holders[0] if len(holders) == 1 else None


_DIRECTED_BY = frozenset({"chỉ", "đạo", "của"})


def _cited_document(r, refs, reg=None) -> list[tuple[str, dict]]:
    """"ý kiến chỉ đạo của Tổng Bí thư A và Thủ tướng B tại công văn 1289/VPCP-NC": (id, document) of each
    person named between "chỉ đạo của" and the numbered document it was given in."""
    if not _DIRECTED_BY <= r.words:
        return []  # (most sentences: see SentenceReading.words)
    toks = r.tokens
    out: list[tuple[str, dict]] = []
    for k in range(len(toks) - 3):
        if (toks[k].low, toks[k + 1].low, toks[k + 2].low) != ("chỉ", "đạo", "của"):
            continue
        at = next((j for j in range(k + 3, min(len(toks), k + 20)) if toks[j].low in ("tại", "theo", "trong")
                   or toks[j].text in ".;:"), None)
        people_end = at
        if at is None or toks[at].text in ".;:":
            # "..., trong Công văn số 1289/VPCP-NC ngày 16/3, Văn phòng Chính phủ đã thông báo ý kiến chỉ đạo của A
            # và B: ...": the document is named before
            people_end = at if at is not None else len(toks)
            at = next((j for j in range(k - 1, -1, -1) if toks[j].low in ("tại", "theo", "trong")
                       and document_kinds().match(toks, j + 1)), None)
            if at is None:
                continue
        m = document_kinds().match(toks, at + 1)
        num = _NUMBER.match(r.sentence.text[toks[m[0] - 1].end:]) if m else None
        if num is None or "/" not in num.group(1) and not num.group(1).isdigit():
            continue
        number = num.group(1).rstrip(".,")
        stop = people_end if at < k else at
        people = [p for pm, p in refs if k + 3 <= pm.item.start < stop]
        if reg is not None:
            # "... của Tổng Bí thư A và Thủ tướng Chính phủ tại công văn N": a title alone stands for the one person
            # of the article who holds it
            for it in r.items:
                if it.kind == "post" and k + 3 <= it.start < stop and not any(pm.item.start <= it.end and
                                                                              pm.item.end > it.start for pm, _ in refs):
                    holder = _only_holder(reg, it.title or it.text, it.org)
                    if holder is not None and holder not in people:
                        people.append(holder)
        out.extend((p["id"], {"kind": m[1].value, "number": number, "title": None}) for p in people)
    return list({(pid, doc["kind"], doc["number"]): (pid, doc) for pid, doc in out}.values())


_SAYS_CLEARLY = (("nói", "rõ"), ("nêu", "rõ"), ("ghi", "rõ"), ("chỉ", "rõ"))


# What a document named again as the subject does ("Công văn yêu cầu ...", "Chỉ thị cho biết sẽ ..."): "ask" names
# whom it tells before the task; "tell" reports what it says (kept only where that is an instruction).
_DOCUMENT_ACTS = ((("yêu", "cầu"), "ask"), (("chỉ", "đạo"), "ask"), (("giao",), "ask"),
                  (("nhấn", "mạnh"), "tell"), (("cho", "biết"), "tell"), (("lưu", "ý"), "tell"))


def _document_says(toks) -> tuple[str, int, str] | None:
    """"Công văn (này) nói rõ: ...": (the document's kind, the index after the colon, "says") for a sentence that
    opens with a document named again and what it says; also "Công văn yêu cầu Bộ X ..." ("ask": whom it tells,
    then the task) and "Chỉ thị (cũng) cho biết/nhấn mạnh ..." ("tell")."""
    m = document_kinds().match(toks, 0) if toks and toks[0].is_cap else None
    if m is None:
        return None
    k = m[0] + (m[0] < len(toks) and toks[m[0]].low in ("này", "trên", "đó"))
    if k + 2 < len(toks) and (toks[k].low, toks[k + 1].low) in _SAYS_CLEARLY and toks[k + 2].text == ":" \
            and not any(v.value == "strong" for _, _, v in directive_verbs().find(toks, k + 3)):
        return m[1].value, k + 3, "says"  # (not "Công văn nêu rõ: Thủ tướng yêu cầu ...": an order of its own)
    k += k < len(toks) and toks[k].low == "cũng"
    for words, mode in _DOCUMENT_ACTS:
        e = k + len(words)
        if e < len(toks) and tuple(t.low for t in toks[k:e]) == words:
            e += toks[e].text in ",:"
            if e < len(toks) and not any(v.value == "strong" for _, _, v in directive_verbs().find(toks, e)):
                return m[1].value, e, mode
    return None


def _past_report(text: str) -> bool:
    """"Công điện nêu rõ: “Tại Hà Nội, thời gian vừa qua đã xuất hiện ...”": what the document reports has
    happened ("đã"), with no "cần"/"phải" and no task verb opening it, is no instruction."""
    toks = [t for t in tokenize(text) if t.is_word]
    return bool(toks) and any(t.low == "đã" for t in toks) and not _starts_task(toks, 0) and not _has_modal(toks)


def _document_named_before(toks) -> str | None:
    """The kind of the document an opening "(Cũng) tại/trong <kind> này," refers back to, or None."""
    k = 1 if toks and toks[0].low == "cũng" else 0
    if k + 2 >= len(toks) or toks[k].low not in ("tại", "trong"):
        return None
    m = document_kinds().match(toks, k + 1)
    if m is None or m[0] >= len(toks) or toks[m[0]].low not in ("này", "trên", "đó"):
        return None
    return m[1].value


_SIGNED_LOWER = frozenset(row["kind"] for row in lexicons.load("documents") if row["lower_case"] in ("yes", "issued", "ordered"))


def _document_before(r, verb_at: int) -> dict | None:
    """The document named earlier in the sentence that a "do X ký" signs."""
    toks = r.tokens
    for i in range(verb_at - 1, -1, -1):
        if toks[i].low == "do":
            short = toks[i + 1].low in ("ông", "bà") and verb_at - i - 1 <= 2  # "do ông ký", "do ông Lâm ký"
            for j in range(i - 1, max(-1, i - 15), -1):
                doc, _ = _document(r, j)
                if doc is None and short and not toks[j].is_cap:
                    # "hỏi ông A về công văn ... do ông ký", "... do ông Lâm ký": signed by the person named before
                    # (a pronoun or a short reference), what is signed is a document, its kind in lower case too
                    # where that kind is a written order ("công văn", "văn bản"; not "kết luận điều tra")
                    doc, _ = _document(r, j, in_verb=True)
                    doc = doc if doc is not None and doc["kind"] in _SIGNED_LOWER else None
                if doc is not None:
                    return doc
            return None
    return None


def _private(readings, person_refs, persons_by_id) -> set[str]:
    """Persons with no post, no rank and never called "đồng chí": citizens, suspects, victims,
    whose "đề nghị"/"yêu cầu" asks and does not direct (annotation.md: authority is needed)."""
    comrades = set()
    for r, refs in zip(readings, person_refs):
        for pm, p in refs:
            k = pm.item.start
            if k >= 2 and (r.tokens[k - 2].low, r.tokens[k - 1].low) == ("đồng", "chí"):
                comrades.add(p["id"])
    return {pid for pid, p in persons_by_id.items() if not p.get("posts") and not p.get("rank") and pid not in comrades}


_THEREFORE = re.compile(r"(?:^|,\s*)(?:do vậy|vì vậy|vì thế|do đó|cho nên|bởi vậy)\s*,?\s+", re.IGNORECASE)


def _therefore_must(text: str) -> str | None:
    """"đây là cơn bão mạnh nhất, do vậy các ngành phải quyết liệt ...": a statement, then what follows from it
    for whom ("cần"/"phải" soon after "do vậy", "vì thế" ...): that is the instruction."""
    for m in _THEREFORE.finditer(text):
        rest = text[m.end():]
        if _has_modal(tokenize(rest), 0, 8):
            return rest
    return None


_IN_CASES = re.compile(r"trong\s+(?:những|các|nhiều|một số|mọi)?\s*(?:vụ|việc|lần|trường hợp)\b", re.IGNORECASE)


# Directive verbs that forbid: the task keeps the verb, or it would read as the opposite order.
_PROHIBITIONS = frozenset({"nghiêm cấm"})


_ISSUES = SimpleNamespace(phrase="ra", value="document")  # "ra lệnh khởi tố": the verb "ra" issues the Lệnh


def read_directives(readings, person_refs, reg, events) -> list[dict]:
    directives: dict[tuple, dict] = {}
    history: list[dict] = []
    persons_by_id = {p["id"]: p for p in reg.persons.values()}
    # suspects and defendants ask, they do not direct (and "orders inside a crime" are no directives)
    private = _private(readings, person_refs, persons_by_id) | _accused(readings, person_refs)
    last_person = None
    last_directive = None  # (sentence index, issuer) of the directive given or continued last
    bodies: list[str] = []  # the organisations named so far, in order
    quote_open = False  # a quotation opened in an earlier sentence of the paragraph is still open
    for idx, (r, refs) in enumerate(zip(readings, person_refs)):
        toks = r.tokens
        question = r.sentence.text.rstrip(" ”\"'").endswith("?")
        cited = None if question else _according_to(r, refs, reg)
        if cited is not None and cited[0] not in private:
            # "Theo chỉ đạo của Ban giám đốc Công an tỉnh thì từ ngày 20/4 tạm không phân công tác anh Hải"
            issuer, verb_phrase, task_text, told = cited
            d = directives.get((issuer,))
            if d is None:
                d = {"id": f"d{len(directives) + 1}", "issuer": issuer, "verb": verb_phrase, "addressees": [],
                     "event": None, "document": None, "period": None, "tasks": [], "evidence": reg.span(r.sentence)}
                directives[(issuer,)] = d
            if told and told not in d["addressees"]:
                d["addressees"].append(told)
            d["tasks"].extend(split_tasks(task_text) if task_text else [])
            d["cited"] = True  # a directive named only by the order it gave stays without a task
        decided = None if question else _decision_noun(r, readings, idx, reg)
        if decided is not None and not any(d["issuer"] == decided[0] for d in directives.values()):
            # "đã thông báo quyết định kỷ luật của Bộ Công an với ... Theo đó, ông A bị cảnh cáo; còn ông B ..."
            issuer, document, measures = decided
            directives[(issuer, document["kind"], None)] = {
                "id": f"d{len(directives) + 1}", "issuer": issuer, "verb": None, "addressees": [], "event": None,
                "document": document, "period": None, "tasks": measures, "evidence": reg.span(r.sentence)}
        relayed = None if question else _relayed(r, refs)
        if relayed is not None and relayed[0] not in private:
            # "Văn phòng Chính phủ gửi công văn số 414 ... truyền đạt ý kiến chỉ đạo của Thủ tướng A": A's
            # directive, in that document (the office is no issuer); what A asks follows
            issuer, document = relayed
            d = directives.get((issuer,))
            if d is None:
                directives[(issuer,)] = {"id": f"d{len(directives) + 1}", "issuer": issuer, "verb": "chỉ đạo",
                                         "addressees": [], "event": None, "document": document, "period": None,
                                         "tasks": [], "evidence": reg.span(r.sentence)}
            elif d["document"] is None:
                d["document"] = document
        for issuer, document in ([] if question else _cited_document(r, refs, reg)):
            # "thực hiện ý kiến chỉ đạo của Tổng Bí thư A và Thủ tướng B tại công văn 1289/VPCP-NC": each gave
            # that document (named, no task here)
            if issuer not in private and (issuer, document["kind"], document["number"]) not in directives:
                directives[(issuer, document["kind"], document["number"])] = {
                    "id": f"d{len(directives) + 1}", "issuer": issuer, "verb": "chỉ đạo", "addressees": [],
                    "event": None, "document": document, "period": None, "tasks": [], "evidence": reg.span(r.sentence)}
        says = None if question else _document_says(toks)
        recent = {x.sentence.text for x in readings[max(0, idx - 3):idx]}
        told = next((x for x in reversed(list(directives.values())) if says and x["document"]
                     and x["document"]["kind"] == says[0] and x["evidence"]["text"] in recent), None)
        if told is not None:
            # "... đã ký công văn ... Công văn nói rõ: A phải ...": what the document just signed says
            said = r.sentence.text[toks[says[1]].start:]
            if says[2] == "ask":
                # "Công văn yêu cầu Bộ Quốc phòng sớm điều tra ...": whom it tells, then what
                heads, said, _ = _addressees_and_task(said, r, reg)
                told["addressees"].extend(a for a in heads if _loose(a) not in {_loose(x) for x in told["addressees"]})
            tasks = [t for t in split_tasks(said) if not _past_report(t)]
            if says[2] == "tell":
                # "Chỉ thị cho biết sẽ xử lý ...": only what is to be done, not what the document reports
                tasks = [t for t in tasks if _instruction(t) or t.lower().startswith("sẽ ")]
            tasks += _follow_ups(readings, idx, True)
            told["tasks"].extend(tasks)
            for t in tasks:
                for a in _subject(t):
                    if _loose(a) not in {_loose(x) for x in told["addressees"]}:
                        told["addressees"].append(a)
        # "tại sao X lại yêu cầu ...?" asks, it reports no directive
        verbs = [] if question or told is not None else list(directive_verbs().find(toks))
        if verbs:  # (what the verbs' rules read of the sentence, for a sentence that has one)
            ends: dict[int, list] = {}
            for pm, person in refs:
                ends.setdefault(pm.end, []).append(("person", person))
            for it in r.items:
                if it.kind == "org":
                    ends.setdefault(it.end, []).append(("org", it))
            listed = _list_item(readings, idx)
            subject = _sentence_subject(r, refs)
            sentence_orgs = [it for it in r.items if it.kind == "org"]
        skip_until = 0
        for i, end, verb in verbs:
            if i < skip_until:
                continue
            if i > 0 and toks[i].is_cap and (toks[i - 1].low in _FORMS or any(
                    pm.item.start <= i < pm.item.end for pm, _ in refs)):
                continue  # "Ông Giao còn thấy ...": a person's name that reads like a verb ("giao", assign)
            objects: list[str] = []
            coissuers: list[str] = []
            # inside a quotation ("... với nội dung: “... Bộ yêu cầu ...”") the unit word is the speaker's own
            seen = [] if quote_open else bodies + [it.text for it in sentence_orgs if it.end <= i]
            issuer = _issuer(r, ends, i, reg, history, subject, objects, coissuers, seen, refs)
            if issuer is None:
                issuer = _quote_speaker(r, refs, i)  # "“Tôi đề nghị các đồng chí ...” - ông A nói"
            if issuer is None and last_directive is not None and _continues(r, readings, idx, last_directive[0], i, end):
                issuer = last_directive[1]  # "... vừa ký chỉ thị ... Yêu cầu các bộ trưởng ...": the same issuer goes on
            letter = _letter_before(toks, i) if issuer is None else None
            if letter is not None:
                # "Bộ trưởng A đã có văn bản gửi UBND các tỉnh, thành phố yêu cầu ...": A writes, they are told
                issuer = _issuer(r, ends, letter, reg, history, subject, objects, coissuers)
                if issuer is None and (wrote := _writes_before(toks, letter)) is not None:
                    # "Công an tỉnh A đã có thông báo gửi về Cục B yêu cầu ...": who wrote it, before its verb
                    issuer = _issuer(r, ends, wrote, reg, history, subject, objects, coissuers)
                recipients = _split_addressees(r.sentence.text[toks[letter].end:toks[i].start].strip(" ,"))
                if issuer is not None and recipients and (_loose(recipients[0]).startswith(_ABOVE)
                                                          or _below(issuer, _loose(recipients[0]), reg)):
                    continue  # a letter sent up asks, it does not direct
                if issuer is not None:
                    objects.extend(recipients)
            if issuer is not None and _relative(r, refs, reg, issuer, i):
                continue
            if verb.value == "strong" and i >= 2 and any((toks[k].low, toks[k + 1].low) in (("là", "người"), (",", "người"))
                                                         for k in range(max(0, i - 5), i - 1)):
                continue  # "thiếu tá A, (là) người (trực tiếp) chỉ đạo điều tra": who A is, not an order given
            if verb.value != "document" and _planned(toks, i):
                continue  # "UBND tỉnh sẽ giao Sở A ...": a plan, no order given yet (a document it "sẽ có" is still its own)
            if listed and issuer is not None and issuer not in persons_by_id:
                continue  # "2. Bộ Y chỉ đạo ...": a body named in a numbered list is told, it does not tell
            if issuer is None or issuer in private or _without_authority(issuer, verb, reg) or _upward(verb, toks, end, issuer, reg) \
                    or verb.phrase == "đề nghị" and end < len(toks) and (toks[end].low == "được" or end + 1 < len(toks)
                                                                          and toks[end].low in ("muốn", "xin")
                                                                          and toks[end + 1].low == "được"):
                continue  # "đề nghị được thanh toán": asking for oneself
            coissuers += _joined_people(r, refs, issuer, i)
            signer = _signer(issuer, reg, last_person, idx, r)
            signed_key = None
            if signer is not None:
                issuer = signer["id"]
                signed_key = last_person[2]  # the content of the document just signed
            if verb.phrase == "ra lệnh" and warrant_acts().match(toks, end) is not None:
                # "Cơ quan điều tra ra lệnh khởi tố bị can ...": the order is a document (Lệnh), issued ("ra")
                verb, end = _ISSUES, end - 1
            elif verb.phrase == "ra lệnh" and issuer in persons_by_id and not persons_by_id[issuer].get("rank") \
                    and not (end < len(toks) and toks[end].low == "cho"):
                continue  # a command word: an officer or a unit orders; a civilian's "ra lệnh dừng xe" tells no one
            document = None
            signed_before = False
            if verb.value == "document":
                named = end - 1 > i and document_kinds().match(toks, end - 1) is not None
                if named and issuer in persons_by_id:
                    continue  # "phát lệnh truy nã" is an agency's act: an officer who tells of it issues nothing
                document, end = _document(r, end - 1 if named else end, named)
                if document is None and verb.phrase == "ký":
                    document = _document_before(r, i)  # "công văn số 8869 ... do X ký"
                    signed_before = document is not None
                if document is None:
                    continue
                order = _order_follows(toks, end)
                before = _loose(r.sentence.text[toks[max(0, i - 8)].start:toks[i].start])
                if order is not None and (_without_authority(issuer, SimpleNamespace(phrase=order), reg) or order
                                          == "đề nghị" and any(u in before for u in _REQUESTER_UNITS)):
                    continue  # "Cơ quan CSĐT (Công an tỉnh A) đã có văn bản đề nghị ...": investigators ask
            named_before = _document_named_before(toks) if document is None and verb.value == "strong" else None
            if named_before is not None:
                # "Cũng tại quyết định này, Công an tỉnh đề nghị ...": the order is given in that document
                document = next((d["document"] for d in directives.values() if d["issuer"] == issuer and d["document"]
                                 and d["document"]["kind"] == named_before), None) \
                    or {"kind": named_before, "number": None, "title": None}
            sent_to: list[str] = []
            relayed_for = None
            if document is not None and named_before is None:
                signer = _signed_by(r, ends, end)
                issuer = signer or issuer  # "công văn số 8869 do Phó Chánh Văn phòng A ký": A issues it
                if issuer not in persons_by_id:
                    relayed_for = _leader_relayed(r, refs, reg, end)
                    if relayed_for == "":
                        continue  # "... truyền đạt ý kiến của Thủ tướng ..." where the article names no Thủ tướng
                    issuer = relayed_for or issuer  # the office conveys; the leader whose instruction it is issues
                end_before = end
                end, sent_to = _after_document(r, end)
                if relayed_for and end == end_before:
                    end = len(toks)  # "có thông báo kết luận của A tại cuộc họp về ...": what it is about, no order
                asked = end >= 2 and (toks[end - 2].low, toks[end - 1].low) in (("đề", "nghị"), ("kiến", "nghị"))
                following = " ".join(t.low for t in toks[end:end + 5])
                if sent_to and _loose(sent_to[0]).startswith(_ABOVE) and not _oversees(issuer, reg, _loose(sent_to[0])) or \
                        sent_to and _below(issuer, _loose(sent_to[0]), reg) or \
                        asked and following.startswith(_ABOVE) and not _oversees(issuer, reg, following) or \
                        asked and _below(issuer, following, reg) or \
                        end < len(toks) and toks[end].low == "được" and toks[end - 1].low == "nghị":
                    # a report sent up ("gửi Thủ tướng", "có công văn đề nghị Chính phủ ...") or a request for
                    # oneself ("đề nghị được ...")
                    continue
            rest_start = toks[end].start if end < len(toks) else len(r.sentence.text)
            second = _second_verb(toks, end)
            other = _other_issuer_at(r, refs, ends, reg, end, issuer)
            stop = min(x for x in (second[0] if second else len(toks), other[0] if other else len(toks)))
            inside = _quoted(toks, i) or _closes_earlier_quote(toks, i)
            if inside:
                # "“Tôi đề nghị X làm Y” - bà A phát biểu ...": the order ends where the quotation closes
                stop = min(stop, next((k for k in range(end, len(toks)) if toks[k].text in "”\""), len(toks)))
            rest = r.sentence.text[rest_start:toks[stop].start if stop < len(toks) else len(r.sentence.text)]
            if signed_before and re.match(r"\s*,", rest):
                rest = ""  # "Bằng quyết định do A ký, một công dân ... bị đưa đi ...": the clause after is no content
            dateline = _DATELINE.search(rest)
            lead_at = None
            if dateline:
                # "Thủ tướng chỉ thị: Đẩy nhanh ... (NLĐ)- Thủ tướng A vừa có chỉ thị yêu cầu ...": the headline
                # ends at the outlet's mark; the lead after it is read on its own
                cut = rest_start + dateline.end()
                lead_at = next((k for k, t in enumerate(toks) if t.start >= cut), None)
                rest = rest[:dateline.start()]
            stripped = rest.lstrip(" ,:“”\"'‘’")
            quoted = bool(re.match(r"\s*[:“\"]", rest)) or end > 0 and toks[end - 1].text == ":"
            period, cut = _period(stripped)
            if period:
                stripped = stripped[cut:].lstrip(" ,:“”\"'‘’")
            content = _CONTENT.match(stripped)
            if content:
                # "có điện gửi A với nội dung: “Tại Hà Nội, ... đã xuất hiện ...": what was sent is
                # quoted; a statement opening it is no task, the instructions follow
                stripped, quoted = stripped[content.end():].lstrip(" “”\"'‘’"), True
            # "chỉ đạo, trước ngày 25-3, Sở X phải ...": after a comma the instruction is reported whole, the
            # subject it names stays in the task as after a colon
            said_whole = quoted or bool(re.match(r"\s*,", rest))
            addressees, task_text, late_period = _addressees_and_task(stripped, r, reg, said_whole)
            handed = _GIVEN_TO.match(stripped) if verb.phrase == "giao" and (not addressees or " cho " in addressees[0]) \
                else None
            if handed and not task_verbs().match(tokenize(handed.group(1)), 0):
                # "giao dự án này cho đơn vị khác quản lý", "giao toàn bộ hồ sơ cho Cơ quan X điều tra": what is
                # handed over, then who is given it (and the task); the whole stays the task
                given, _, _ = _addressees_and_task(stripped[handed.end(1):], r, reg)
                if given:
                    addressees, task_text = given, stripped
            if content and not _instruction(task_text):
                task_text = ""
            if document is None and _IN_CASES.match(task_text) and not _has_modal(tokenize(task_text)):
                continue  # "chỉ đạo ông B trong những vụ án ...": who led whom in the cases, no order given
            earlier: list[str] = []
            before_verb = False
            if not stripped.strip(" .!”\"'") and not document:
                # "“Các đơn vị phải ...” - ông X nhấn mạnh.": the instruction is the quotation before
                (task_text, earlier), quoted = _quote_before(readings, idx, i), True
                before_verb = bool(task_text)
            period = period or late_period
            addressees = objects + sent_to + addressees
            passive = _passive_subject(r, refs, reg, issuer, i) if verb.value == "strong" else None
            if passive and not addressees:
                # "A được B giao điều tra vụ án": A is told; "A được B yêu cầu “C phục hồi quyền lợi ...”": C is,
                # A only gains by it
                addressees.insert(0, passive)
            if verb.value == "weak":
                so = _therefore_must(task_text) if not before_verb else None
                if so is not None:
                    task_text = so  # "nhấn mạnh, đây là cơn bão mạnh nhất ..., do vậy các địa phương phải ..."
                    # the statement's subject ("mọi sai sót ... bắt nguồn từ ...") is told nothing
                    addressees = [a for a in addressees if _loose(a) in _loose(so)]
                # a quotation before the verb is the speech itself: "cần"/"phải" anywhere in it instructs
                tt = tokenize(task_text)[:None if before_verb else 12]
                # after a colon the head named is the subject of a statement ("nhấn mạnh: “Bệnh viện X có vai
                # trò ...”"), told nothing unless "cần"/"phải" follows
                if not (addressees and not (quoted and objects == [] and not sent_to) or _has_modal(tt)):
                    if not _follow_ups(readings, idx, quoted):
                        continue
                    task_text = ""  # "nêu rõ, ... là ...": a statement; the instructions follow
                    addressees = objects + sent_to
            elif quoted and not addressees and task_text:
                tt = tokenize(task_text)
                if not (_starts_task(tt, 0) or _has_modal(tt)):
                    task_text = ""  # "lưu ý: Mặc dù ..., tình hình vẫn phức tạp": a statement before the instructions
            dkey = (issuer, document["kind"], document["number"]) if document else signed_key or (issuer,)
            if relayed_for and ((issuer,) not in directives or directives[(issuer,)]["evidence"]["text"] == r.sentence.text):
                # the leader's relayed order: "Theo đó, A yêu cầu: ..." after it goes on with it (and one read
                # already from this sentence is the same)
                dkey = (issuer,)
            if document is None and not signed_key:
                # "Trong Công văn N, ... chỉ đạo của A: “Yêu cầu ...”": the order of the document named in the sentence
                dkey = next((k for k, x in directives.items() if x["issuer"] == issuer and x["document"]
                             and x["evidence"]["text"] == r.sentence.text), dkey)
            d = directives.get(dkey)
            if d is None:
                d = {"id": f"d{len(directives) + 1}", "issuer": issuer, "verb": verb.phrase,
                     "addressees": [], "event": None, "document": document, "period": None,
                     "tasks": [], "evidence": reg.span(r.sentence)}
                directives[dkey] = d
            elif verb.value == "strong" and d["verb"] in ("nêu rõ", "chỉ rõ", "nhấn mạnh", "có", "ra"):
                d["verb"] = verb.phrase
            d["period"] = d["period"] or period
            for a in addressees:
                if _loose(a) not in {_loose(x) for x in d["addressees"]}:
                    d["addressees"].append(a)
            tt = tokenize(task_text)
            lead = directive_verbs().match(tt, 0) if tt else None
            # "có văn bản khẩn chỉ đạo về việc ...": past the document's own verb, if the task opens with it
            after = task_text[tt[lead[0]].start:] if lead and lead[1].value == "strong" and lead[0] < len(tt) \
                else task_text
            if re.match(r"(?:về|về việc|tại|ở)\s", after):
                # "có văn bản chỉ đạo về việc phòng chống dịch": the subject, not a task; "trực tiếp chỉ đạo tại
                # TP Hải Phòng": where the leader directs, no instruction
                task_text = ""
            if verb.phrase in _PROHIBITIONS and task_text:
                task_text = f"{verb.phrase} {task_text}"  # "nghiêm cấm việc dùng xe công ...": what is forbidden
            tasks = split_tasks(task_text) if document is None or len(task_text.split()) > 3 else []
            if document is not None and document["title"]:
                # "ký chỉ thị về việc tiếp tục ...": what the document is about is its title, no task of it
                tasks = [t for t in tasks if _loose(t) != _loose(document["title"])]
            if document is not None and not tasks and not earlier:
                tasks = _lead_quotation(readings, idx)
            for e in reversed(earlier):
                # the quotation's first sentences: "Bộ yêu cầu các địa phương ..." names who, too
                et = tokenize(e)
                lead = next((m for k in range(min(len(et), 6)) if (m := directive_verbs().match(et, k))
                             and m[1].value == "strong"), None)
                if lead is not None and lead[0] < len(et):
                    adds, e, _ = _addressees_and_task(e[et[lead[0]].start:], r, reg)
                    d["addressees"][:0] = [a for a in adds if _loose(a) not in {_loose(x) for x in d["addressees"]}]
                tasks = [t for t in split_tasks(e) if _instruction(t)] + tasks
            after_verb = r.sentence.text[rest_start:]
            if _opens_quote(after_verb):
                tasks += _quoted_content(readings, idx)
            else:
                # an order given inside a quotation that goes on: the rest of the quotation is the speech
                tasks += _follow_ups(readings, idx, quoted or inside and _opens_quote(r.sentence.text))
            if len(tasks) > 1:
                # "tập trung vào một số việc sau": it announces the instructions listed after it, no task of its own
                tasks = [t for t in tasks if not _ANNOUNCED.search(t)]
            d["tasks"].extend(tasks)
            if second:
                # "chỉ đạo X làm rõ ... và yêu cầu Y làm tốt ...": the same issuer's second instruction
                more = r.sentence.text[toks[second[1]].start:] if second[1] < len(toks) else ""
                adds2, task2, _ = _addressees_and_task(more.lstrip(" ,:“”\"'‘’"), r, reg)
                addressees = addressees + adds2
                tasks = split_tasks(task2) + tasks
                d["tasks"].extend(tasks)
                for a in adds2:
                    if _loose(a) not in {_loose(x) for x in d["addressees"]}:
                        d["addressees"].append(a)
            for t in tasks:
                for a in _subject(t):
                    if d["addressees"] and a.split()[-1].casefold() in _BACK_REFS:
                        continue  # "Bên cạnh đó, đơn vị này cần ...": one of those already told, named again
                    if _loose(a) not in {_loose(x) for x in d["addressees"]}:
                        d["addressees"].append(a)
            for co in coissuers:
                named = next((x for x in directives.values() if x["issuer"] == co and x["document"]
                              and x["evidence"]["text"] == r.sentence.text and x is not d), None)
                if named is not None:  # (its document named in the sentence, as for the issuer above)
                    named["addressees"] += [a for a in d["addressees"] if a not in named["addressees"]]
                    named["tasks"] += list(tasks)
                elif (co,) not in directives:
                    directives[(co,)] = {**d, "id": f"d{len(directives) + 1}", "issuer": co,
                                         "addressees": list(d["addressees"]), "tasks": list(tasks)}
            if other is None and lead_at is None:
                break
            # "..., ông B, Trưởng ban X, đề nghị ...": another issuer's directive follows (or the lead)
            skip_until = other[1] if other is not None else lead_at
        history.extend(p for _, p in refs)
        bodies.extend(it.text for it in r.items if it.kind == "org")
        nxt = readings[idx + 1].sentence.paragraph if idx + 1 < len(readings) else None
        quote_open = nxt == r.sentence.paragraph and (quote_open or _opens_quote(r.sentence.text)) \
            and not (quote_open and _closes_quote(r.sentence.text))
        for dk, d in directives.items():
            if d["evidence"]["text"] == r.sentence.text and d["issuer"] in persons_by_id:
                last_person = (idx, persons_by_id[d["issuer"]], dk)
            if d["evidence"]["text"] == r.sentence.text or d["tasks"] and d["tasks"][-1] in r.sentence.text:
                last_directive = (idx, d["issuer"])
    # a directive names what must be done, by whom, or the document that says it ("bị X nhắc nhở": none)
    out = [d for d in directives.values() if d["tasks"] or d["document"] or d["addressees"] or d.pop("cited", False)]
    for d in out:
        d.pop("cited", None)
    for d in out:
        for e in events:
            if any(part["person"] == d["issuer"] for part in e["participants"]):
                d["event"] = e["id"]
                break
    # a proposal of a speaker at a workshop, with no one named to carry it out, directs no one
    workshops = {e["id"] for e in events if e["kind"] in _DEBATES}
    out = [d for d in out if not (d["event"] in workshops and d["verb"] in ("đề nghị", "kiến nghị") and not d["addressees"]
                                  and not d["document"])]
    # ... nor does a speaker who stresses what a draft provides ("nhấn mạnh: ... thì cơ quan cấp phép phải ...")
    out = [d for d in out if not (d["event"] in workshops and d["verb"] in ("nhấn mạnh", "nêu rõ", "chỉ rõ")
                                  and not d["document"])]
    # a proposal put to no one ("Ban Chấp hành Trung ương đề nghị kiên định ...", "Chính phủ đề nghị hai phương
    # án"), with no document and no "cần/phải/nên" saying what must be done, directs no one (annotation.md:
    # "đề nghị" downward only)
    out = [d for d in out if not (d["verb"] in ("đề nghị", "kiến nghị") and not d["addressees"] and not d["document"]
                                  and not any(_must_say(t) for t in d["tasks"]))]
    _same_occasion_views(readings, person_refs, out)
    for d in out:
        d["issuer"] = _investigators_named(d["issuer"], reg)
    for k, d in enumerate(out):
        d["id"] = f"d{k + 1}"
        d["tasks"] = list(dict.fromkeys(d["tasks"]))
        # a person told to act stays as written, "ông"/"bà" or the title before the name kept (gold README,
        # session-6 review, point 2)
        d["addressees"] = _same_person_dropped(_short_forms_dropped(list(dict.fromkeys(d["addressees"]))),
                                               persons_by_id)
    return out


# Verbs that report a view ("Chủ tịch X cho rằng ..."): what is said is no order unless the speaker directs on
# that occasion too.
_VIEWS = (("cho", "rằng"), ("nói",), ("khẳng", "định"), ("nhận", "định"))
_VIEW_MODALS = _MODAL | {"nên"}


def _must_clause(text: str) -> tuple[str, str] | None:
    """"Sở Xây dựng phải có cách thức ...", "Đồng thời, các cơ quan chức năng phải khảo sát ...": a clause that names
    who must act and then "phải"/"cần"/"nên" and a verb; (who, the clause) or None."""
    text = _LINKING_OPENER.sub("", text.strip(), count=1).strip()
    toks = tokenize(text)
    q = next((k for k in range(1, min(len(toks) - 1, 10)) if toks[k].low in _VIEW_MODALS
              and (toks[k].low == "nên" or _modal_at(toks, k))), None)
    if q is None or not (toks[q + 1].is_word and not toks[q + 1].is_cap) or toks[q + 1].low in ("là", "chăng"):
        return None
    head = text[:toks[q].start].strip(" ,")
    ht = tokenize(head)
    if len(ht) == 1 and ht[0].low in _WHOLE_ADDRESSEES and ht[0].is_cap:
        return "", text  # "Sở phải xem xét ...": the unit named before, said short
    if any(t.text in ",;:" for t in ht) or not _looks_like_addressee(head, initial=True):
        return None
    return head, text


def _same_occasion_views(readings, person_refs, directives: list[dict]) -> None:
    """A person who directs on an occasion ("ông X chỉ đạo có báo cáo ...") makes the views he states there
    instructions too: after "Chủ tịch X cho rằng ..." or "Cũng theo Chủ tịch X, ...", each clause of his
    paragraph that names who must act ("Sở Xây dựng phải ...", "các cơ quan chức năng phải ...") is a task of
    that directive, and who it names an addressee."""
    at = {r.sentence.text: idx for idx, r in enumerate(readings)}
    for d in directives:
        idx = at.get(d["evidence"]["text"])
        if idx is None or not any(m[1].value == "strong" and m[0] - k == len(d["verb"].split())
                                  for k in range(len(readings[idx].tokens))
                                  if (m := directive_verbs().match(readings[idx].tokens, k))
                                  and " ".join(t.low for t in readings[idx].tokens[k:m[0]]) == d["verb"]):
            continue
        para = readings[idx].sentence.paragraph
        for j in range(idx - 1, -1, -1):
            r = readings[j]
            if r.sentence.paragraph < para - 1:
                break
            start = _view_start(r, person_refs[j], d["issuer"])
            if start is None:
                continue
            clauses = [r.sentence.text[start:]]
            for k in range(j + 1, len(readings)):
                nxt = readings[k]
                if nxt.sentence.paragraph != r.sentence.paragraph or k == idx or nxt.people:
                    break
                clauses.append(nxt.sentence.text)
            for clause in clauses:
                found = _must_clause(clause)
                if found is None:
                    continue
                who, task = found
                if who and _loose(who) not in {_loose(a) for a in d["addressees"]}:
                    d["addressees"].append(who)
                # each sentence of the view stays whole, split only where "và" opens a verb of its own
                parts = [p for chunk in task.rstrip(" .;").split(";") for p in _split_and_verb(chunk.strip())]
                d["tasks"].extend(t for t in parts if t and t not in d["tasks"])


def _view_start(r, refs, person: str) -> int | None:
    """Where the view of ``person`` starts in the sentence: after "A cho rằng", "A nói", or after "(Cũng) theo
    A,"; None when the sentence reports no view of that person."""
    toks = r.tokens
    for pm, ref in refs:
        if ref["id"] != person:
            continue
        e = pm.item.end if pm.item.end < len(toks) and toks[pm.item.end].text == "," else pm.end
        opening = [t.low for t in toks[:2]]
        if e + 1 < len(toks) and toks[e].text == "," and (opening[:1] == ["theo"] or opening == ["cũng", "theo"]) \
                and not any(t.text == "," for t in toks[:e]):
            return toks[e + 1].start  # "Cũng theo Chủ tịch X, Sở phải ..."
        k = e
        while k < len(toks) and toks[k].low in _GLUE and toks[k].low != "cho":
            k += 1
        for view in _VIEWS:
            if tuple(t.low for t in toks[k:k + len(view)]) == view and k + len(view) < len(toks):
                return toks[k + len(view)].start
    return None


def _short_forms_dropped(addressees: list[str]) -> list[str]:
    """"đề nghị TPHCM nên ... đề nghị TP quan tâm ...": an abbreviation that begins another addressee of the same
    directive ("TP" of "TPHCM", "TP.HCM") is that body named short, not one more."""
    def short(a: str, b: str) -> bool:
        first = b.split()[0]
        return a != b and " " not in a and a.isupper() and len(first) > len(a) and first.startswith(a)
    return [a for a in addressees if not any(short(a, b) for b in addressees)]


def _same_person_dropped(addressees: list[str], persons_by_id: dict) -> list[str]:
    """"yêu cầu Bộ trưởng Bộ X Lê Văn A kiểm điểm ... Bộ trưởng Lê Văn A phải báo cáo ...": one person told twice,
    named with a shorter title the second time, is one addressee (the first form kept)."""
    names = [p["name"] for p in persons_by_id.values() if len(p["name"].split()) >= 2]
    out, seen = [], set()
    for a in addressees:
        who = {n for n in names if a == n or a.endswith(" " + n)}
        words, at = a.split(), tokenize(a)
        if not who and 2 <= len(at) <= 3 and at[-1].is_cap and (at[0].low in _FORMS or (
                m := lex().ranks.match(at, 0) or lex().posts.match(at, 0)) and m[0] == len(at) - 1):
            # "trung tá Kim", "ông Kim" after "trung tá Đỗ Huy Kim": the same person named short
            who = {n for n in seen if n.split()[-1] == words[-1]}
        if who and who & seen:
            continue
        seen |= who
        out.append(a)
    return out


# "giao <what> cho <whom> ...": up to eight plain lower-case words handed over, then "cho".
_GIVEN_TO = re.compile(r"((?:[a-zà-ỹđ0-9]+\s+){1,8}?)(?=cho\s)")


# Events where speakers put forward views ("hội thảo", "tọa đàm"): an "đề nghị" there proposes.
_DEBATES = frozenset({"Hội thảo", "Tọa đàm"})


def _addressees_and_task(text: str, r, reg, quoted: bool = False) -> tuple[list[str], str, str | None]:
    """Split what follows the verb into addressees and the task.

    Named units or persons right after the verb ("yêu cầu Bộ Tài chính cùng Bộ Thương mại
    chủ trì ...", "giao cho Sở X ...", "yêu cầu ông B phải ...") are addressees whatever
    verb follows; else a generic head ("các cơ quan, đơn vị") up to the first task verb or
    "cần"/"phải". After a colon or a quotation mark the head is the subject of the quoted
    instruction and stays in the task too ("nhấn mạnh: “Mỗi cán bộ, đảng viên phải ...").
    """
    toks = tokenize(text)
    if len(toks) > 1 and toks[0].low == "và" and directive_verbs().match(toks, 1):
        text = text[toks[1].start:]  # "chỉ đạo và đề nghị các cơ quan ...": the second verb names who
        toks = tokenize(text)
    lead = directive_verbs().match(toks, 0) if toks else None
    if lead and lead[1].value == "strong" and lead[0] < len(toks):
        # "chỉ đạo: Yêu cầu Bộ GTVT báo cáo ...": the quoted instruction opens with its own verb
        text, quoted = text[toks[lead[0]].start:], False
        toks = tokenize(text)
    duty = re.match(r"(?:nhiệm vụ|trách nhiệm)\s+(?=cho\s)", text, re.IGNORECASE)
    if duty:
        # "giao nhiệm vụ cho Phòng X truy bắt ...", "giao trách nhiệm cho Sở Y kiểm tra ...": who is given the duty
        text = text[duty.end():]
        toks = tokenize(text)
    first = 1 if toks and toks[0].low == "cho" else 0
    if len(toks) > 2 and toks[0].low == "để" and toks[1].is_cap and _named_list(text, toks, 1)[0]:
        first = 1  # "chỉ đạo để Ủy ban X họp bàn ...": (so that) the body named does it
    me = _SPEAKER.get(tuple(t.low for t in toks[first:first + 2])) or _SPEAKER.get((toks[first].low,)) \
        if first < len(toks) else None
    if me and first + me < len(toks) and (_starts_task(toks, first + me) or _modal_at(toks, first + me)):
        # "yêu cầu tôi trình bày ...", "giao cho chúng tôi kiểm sát ...": the one who tells of it was told, as written
        head = text[toks[first].start:toks[first + me - 1].end]
        task = text[toks[first + me].start:]
        return [head], (head + " " + task if quoted else task), None
    named, q = _named_list(text, toks, first, offices=True)
    if named and q + 2 < len(toks) and toks[q].text == "," and lex().posts.match(toks, q + 1):
        # "giao cho đồng chí A, phó chủ tịch huyện, mời ...": his post between commas, then the task
        close = next((k for k in range(q + 2, min(len(toks), q + 10)) if toks[k].text in ",.;:"), None)
        if close is not None and toks[close].text == "," and close + 1 < len(toks) and toks[close + 1].is_word \
                and not toks[close + 1].is_cap:
            q = close + 1
    if named and q < len(toks) and toks[q].text not in ",.;:?!" and toks[q].low not in _PRONOUNS \
            and toks[q].low not in _CLAUSE_ADVERBS and toks[q].low not in ("là", "được", "bị"):
        # "Thượng tướng A là tấm gương ...", "Bộ X đã ...": a statement about them, no one told
        # ("yêu cầu CQĐT cần phải làm rõ ...": "cần" right after the name is already the modal)
        must = None if _modal_at(toks, q) else _modal_soon(toks, q)
        if must is not None:
            # "yêu cầu công ty Khai thác và sản xuất vật liệu xây dựng phải ...": the lower-case words before
            # "phải" still name who must act, the name read short
            named[-1] += text[toks[q - 1].end:toks[must - 1].end]
            q = must
        head = text[toks[first].start:toks[q].start]
        named, time, period = _cut_time(named)
        task = time + text[toks[q].start:]
        return named, (head.strip() + " " + task if quoted else task), period
    moved = _moved(toks)
    if moved is not None:
        head = _clean_head(text[:toks[moved[0]].start].strip(" ,:"))
        ht = tokenize(head)
        # who is sent may be long ("đoàn cán bộ thuộc Ban chỉ huy ..."): a known start word vouches for it
        if head and (_looks_like_addressee(head, quoted and text.startswith(head))
                     or ht[0].low in _ADDRESSEE_STARTS and not ht[0].is_cap and len(ht) <= 20):
            heads, time, period = _cut_time(_split_addressees(head))
            return heads, (text if quoted else time + text[toks[moved[1]].start:]), period
    as_above = _AS_ABOVE.match(text)
    if as_above and _looks_like_addressee(as_above.group(1).strip(" ,"), quoted):
        # "vừa có điện chỉ đạo công an các địa phương như trên": who is told; the instructions were given before
        heads, _, period = _cut_time(_split_addressees(as_above.group(1).strip(" ,")))
        return heads, "", period
    listed = _long_list(text, toks, first)
    if listed is not None:
        heads, q = listed
        return heads, (text if quoted else text[toks[q].start:]), None
    # a generic head may be long ("tất cả các cơ quan chức năng, chính quyền địa phương có liên quan tiến hành ...")
    reach = _LONG_HEAD if first < len(toks) and toks[first].low in _PLURALS else 14
    for q in range(len(toks)):
        if q > reach:
            break
        if q - 1 > first and toks[q - 1].low in _PLURALS and _starts_task(toks, q):
            continue  # "cho phép các tổ chức môi giới ...": a verb's word after a plural is a noun ("the organisations")
        if _starts_task(toks, q) or _modal_at(toks, q) or q > 0 and toks[q].low == "nên":
            if q == 0:
                return [], text, None
            if q > 14 and not _generic_list(text[toks[first].start:toks[q].start], toks[first:q]):
                break  # a long run before the verb that is no list of who is told: read as the task
            if not _modal_at(toks, q):
                q = _modal_soon(toks, q) or q  # "công ty ... vật liệu xây dựng phải ...": the verb was part of the name
            listed = _list_past_verb(text, toks, first, q)
            if listed is not None:
                heads, q = listed
                return heads, (text if quoted else text[toks[q].start:]), None
            head = _clean_head(text[toks[first].start if first < q else 0:toks[q].start].strip(" ,:"))
            if _loose(head).endswith(_SAYS):
                # "lưu ý quan hệ người dân - bộ máy hành chính, cho rằng cải cách hành chính đã đạt ...": what
                # follows a verb of saying is a view reported, no instruction
                return [], "", None
            if not head or not _looks_like_addressee(head, quoted and text.startswith(head)):
                # "nếu quy hoạch chưa ổn là phải ...": a condition stays with its instruction
                return [], (text if quoted or toks[0].low in _CONDITIONS else text[toks[q].start:]), None
            heads, time, period = _cut_time(_split_addressees(head))
            task = time + text[toks[q].start:]
            return heads, (text if quoted else task), period
    return [], text, None


# The writer or speaker as the one told ({words: how many}): "tôi" (I), "chúng tôi" (we, not you), kept as written.
_SPEAKER = {("tôi",): 1, ("chúng", "tôi"): 2}

# "chỉ đạo X như trên" (as above), "như vậy" (so): the order refers back to what was said; only who is told is new.
_AS_ABOVE = re.compile(r"^(?:cho\s+)?(.+?)\s+như\s+(?:trên|vậy)\s*[.;!]?\s*$", re.IGNORECASE)

# Verbs of saying: a clause after them reports a view ("cho rằng cải cách đã đạt ...").
_SAYS = ("cho rằng", "cho biết", "khẳng định", "nhận định", "nhận xét", "đánh giá", "nói rằng", "nói")


# Manner words that open an instruction before its verb ("lực lượng quản lý thị trường khẩn trương phối hợp ..."):
# where one follows a verb closely, that verb was part of who is told.
_URGENT = (("khẩn", "trương"), ("nhanh", "chóng"), ("kịp", "thời"), ("tích", "cực"), ("chủ", "động"))


def _modal_soon(toks, q: int) -> int | None:
    """Index of a "phải"/"cần" one to three plain words after ``q`` (or "khẩn trương" and the like right before
    a task verb, up to four words after it), or None."""
    for m in range(q + 1, min(len(toks), q + 5)):
        if m + 2 < len(toks) and (toks[m].low, toks[m + 1].low) in _URGENT and _starts_task(toks, m + 2):
            return m
        if m == q + 4:
            return None
        if _modal_at(toks, m):
            return m
        t = toks[m]
        if not t.is_word or t.low in _CLAUSE_ADVERBS or t.low in ("và", "thì", "là", "nếu", "khi", "không", "chưa"):
            return None
    return None


# Going somewhere before the task ("cử đoàn cán bộ vào Đà Nẵng nắm tình hình", "chỉ đạo lực lượng
# công an xuống hiện trường điều tra"): who goes is the addressee, the task is what they do there.
_MOTION = frozenset({"vào", "xuống", "lên", "đến", "tới", "ra", "sang", "về"})
_PLACE_AFTER_MOTION = frozenset({"hiện", "tận", "nơi", "địa", "các", "từng", "tỉnh", "thành", "huyện", "xã", "cơ"})


def _moved(toks) -> tuple[int, int] | None:
    """(index of the motion word, index of the task verb after the place), or None."""
    for m in range(1, min(len(toks) - 2, 20)):
        if toks[m].text in ",;:" or _starts_task(toks, m) or _modal_at(toks, m):
            return None
        if toks[m].low in _MOTION and (toks[m + 1].is_cap or toks[m + 1].low in _PLACE_AFTER_MOTION):
            for q in range(m + 2, min(len(toks), m + 9)):
                if toks[q].text in ",;:.":
                    break
                if _starts_task(toks, q) and not toks[q].is_cap:
                    return m, q
            # "chỉ đạo nhân viên của mình đến Phòng CSGT xin đăng ký ...": going there is the task
            return (m, m) if m > 0 and toks[m - 1].is_word and not toks[m - 1].is_cap else None
    return None


# A kind of place written alone after another in a list ("các tỉnh, TP", "các tỉnh, thành phố").
_PLACE_KINDS = frozenset({"tp", "thành phố", "thành", "huyện", "quận", "thị xã", "xã", "phường"})


def _long_list(text: str, toks, first: int) -> tuple[list[str], int] | None:
    """"yêu cầu các bộ, ngành, UBND các tỉnh, tập đoàn kinh tế, tổng công ty Nhà nước tiến hành ...": a
    list of who is told too long for a head, each item short and opening like an addressee;
    (the list as written, index of the task verb), or None."""
    q = next((k for k in range(first, min(len(toks), 32)) if _starts_task(toks, k) or _modal_at(toks, k)), None)
    if q is None or q - first <= 14 or any(t.text in ".;:(\"“" for t in toks[first:q]):
        return None
    head = text[toks[first].start:toks[q].start].strip(" ,")
    pieces = [x.strip() for x in re.split(r",|\s+và\s+", head) if x.strip()]
    if len(pieces) < 3 or any(len(x.split()) > 10 for x in pieces):
        return None
    out: list[str] = []
    generic = False  # the last item of ``out`` is a run of generic ones
    for x in pieces:
        xt = tokenize(x)
        if out and " ".join(t.low for t in xt) in _PLACE_KINDS and tokenize(out[-1])[-1].low in _PLURAL_PLACES:
            out[-1] += ", " + x  # "chủ tịch UBND các tỉnh, TP": one kind of place after another
            continue
        if org_end(xt, 0) > 0 or xt[0].is_cap:
            out.append(x)  # "Ngân hàng Phát triển nhà đồng bằng sông Cửu Long", "UBND các tỉnh": a body of its own
            generic = False
        elif xt[0].low not in _ADDRESSEE_STARTS or len(xt) > 6:
            return None
        elif generic and len(xt) == 1:
            out[-1] += ", " + x  # "các bộ, ngành": a bare unit word goes on with the "các" before it
        else:
            out.append(x)
            generic = True
    return out, q


def _list_past_verb(text: str, toks, first: int, q: int) -> tuple[list[str], int] | None:
    """"yêu cầu cảnh sát hình sự, cảnh sát biển, điều tra hải quân, biên phòng và cả Interpol Việt Nam vào
    cuộc": a verb right after a comma of a list of short names of forces is one of them ("điều tra hải
    quân"); the list goes on to its "và" item and the task verb after it. (the items, index of that verb)"""
    if q - first < 2 or toks[q - 1].text != "," or toks[first].low in _PRONOUNS or toks[first].low in ("các", "những"):
        return None
    joint = None
    for k in range(q + 1, min(len(toks), q + 12)):
        if toks[k].text in ".;:()\"“”" or _modal_at(toks, k):
            return None
        if toks[k].low == "và":
            joint = k
            break
    if joint is None:
        return None
    start = joint + 2 if joint + 1 < len(toks) and toks[joint + 1].low == "cả" else joint + 1
    verb = next((k for k in range(start + 1, min(len(toks), start + 6)) if _starts_task(toks, k) or _modal_at(toks, k)
                 or toks[k].low in _MOTION), None)
    if verb is None or any(toks[k].text in ",;:" for k in range(start, verb)):
        return None
    head = text[toks[first].start:toks[verb].start].strip(" ,")
    pieces = [x.strip() for x in re.split(r",|\s+và\s+(?:cả\s+)?", head) if x.strip()]
    if len(pieces) < 3 or any(len(x.split()) > 4 for x in pieces) or \
            any(tokenize(x)[0].low in _PLURAL_PLACES | {"các", "những"} for x in pieces[1:]):
        return None
    return pieces, verb


_FORMS = frozenset({"ông", "bà", "anh", "chị"})
_CONDITIONS = frozenset({"nếu", "khi", "trường", "trong", "đối", "trước", "sau"})  # nếu, khi, trường hợp, trong trường hợp, đối với, trước/sau khi
_LIST_JOIN = frozenset({",", "và", "cùng", "với"})


_LIST_HEADS = frozenset(lexicons.column("list_heads", "word"))


def _shared_head_end(text: str, toks, q: int, e: int) -> int:
    """"các bộ Tài chính, Thương mại và Công nghiệp", "Bộ Công an, Thương mại, Tài chính": one head noun
    (lexicon list_heads) shared by the bare names listed after it, one addressee; the end of the list from ``q``
    (``e``: the end of the unit read there, ``q`` when none)."""
    k = q + 1 if q + 2 < len(toks) and toks[q].low == "các" else q
    if k >= len(toks) - 1 or toks[k].low not in _LIST_HEADS or not toks[k + 1].is_cap:
        return e

    def named(j: int) -> int:
        if lex().places.match(toks, j) or toks[j].low in _FAMILY_NAMES:
            return j  # "Bộ Tài chính và Hà Nội": a place or a person, not another ministry
        probe = tokenize(f"{toks[k].text.capitalize()} {text[toks[j].start:]}")
        end = j + org_end(probe, 0) - 1 if org_end(probe, 0) > 1 else j
        # (the name stops before "và Đà Nẵng": a place joined on is another addressee)
        return next((m for m in range(j + 1, end) if toks[m].low == "và" and lex().places.match(toks, m + 1)), end)

    if e == q and k > q:
        e = named(k + 1)  # "các bộ Tài chính": the unit a capital letter would name
        if e == k + 1:
            return q
    if e <= k + 1:
        return e
    end = e
    while end + 1 < len(toks) and toks[end].low in (",", "và") and toks[end + 1].is_cap \
            and org_end(toks, end + 1) == end + 1 and toks[end + 1].low not in _FORMS:
        nxt = named(end + 1)
        if nxt == end + 1:
            break
        end = nxt
    return end if end > e or k > q else e


def _named_list(text: str, toks, i: int, offices: bool = False) -> tuple[list[str], int]:
    """Units ("Bộ Tài chính") and persons by form of address ("ông Tiến") listed from ``i``,
    joined by ",", "và", "cùng (với)"; the names and the index after the list. ``offices``: also
    posts written with their unit and no holder ("Bộ trưởng Bộ Quốc phòng")."""
    names: list[str] = []
    q = i
    addressed = False  # the name before was a person's with a form of address ("ông Dũng")
    while q < len(toks):
        e = org_end(toks, q)
        form = 2 if q + 2 < len(toks) and (toks[q].low, toks[q + 1].low) == ("đồng", "chí") \
            and not lex().posts.match(toks, q + 2) else int(toks[q].low in _FORMS)  # (not "đồng chí Chủ tịch ...")
        if e == q and (form or addressed and names and q > i and toks[q - 1].text == ",") \
                and q + form < len(toks) and toks[q + form].is_cap:
            # "ông Dũng, Bắc": the form of address goes on to a bare name after the comma; "đồng chí A"
            e = q + form
            while e < len(toks) and toks[e].is_cap and e - q <= 4:
                e += 1
            addressed = True
        else:
            addressed = False
        e = max(e, _titled_person_end(toks, q))
        e = _shared_head_end(text, toks, q, e)
        if e == q and offices:
            e = _office_end(toks, q)
        if e == q:
            break
        if e + 1 < len(toks) and toks[e].low == "khóa" or e + 2 < len(toks) and \
                (toks[e].low, toks[e + 1].low) == ("nhiệm", "kỳ") and toks[e + 2].is_number:
            e += 2 if toks[e].low == "khóa" else 3  # "Ban Chấp hành ... nhiệm kỳ 2006-2010", "... khóa IX"
        if e + 2 < len(toks) and toks[e].text == "(":
            # "Tổng công ty Cấp nước Sài Gòn (SAWACO) và ...": the short name in brackets is part of the name
            close = next((k for k in range(e + 1, min(len(toks), e + 8)) if toks[k].text == ")"), None)
            e = close + 1 if close is not None else e
        e = _places_after(toks, e)
        names.append(re.sub(r"\s*\([^)]*\)", "", text[toks[q].start:toks[e - 1].end]))
        q = e
        j = q
        while j < len(toks) and toks[j].low in _LIST_JOIN:
            j += 1
        if j == q or j >= len(toks):
            break
        if org_end(toks, j) == j and toks[j].low not in _FORMS and _titled_person_end(toks, j) == j \
                and not (offices and _office_end(toks, j) > j) and not (addressed and _bare_name(toks, j)):
            # "Bộ Giao thông vận tải và các cấp chính quyền địa phương phải ...": a generic one ends the list
            k = next((k for k in range(j + 1, min(len(toks), j + 8))
                      if _starts_task(toks, k) or _modal_at(toks, k) or toks[k].text in ",.;:"
                      or toks[k].low == "và" and k + 1 < len(toks) and toks[k + 1].low in _ADDRESSEE_STARTS), None)
            if toks[j].low in _ADDRESSEE_STARTS and not toks[j].is_cap and k is not None and toks[k].text not in ",.;:":
                names.append(text[toks[j].start:toks[k - 1].end])
                q = k
                if toks[k].low == "và":
                    continue  # "..., các tổng công ty nhà nước và các tỉnh ...": the list goes on
            break
        q = j
    return names, q


def _bare_name(toks, j: int) -> bool:
    """A person's bare name at ``j`` in a list after "ông A, ...": one to four capitalised words, no unit, and
    then a task verb, "phải"/"cần", or the list going on."""
    if not (toks[j].is_cap and toks[j].is_word) or org_end(toks, j) > j or lex().posts.match(toks, j) \
            or lex().places.match(toks, j):
        return False
    e = j
    while e < len(toks) and toks[e].is_cap and e - j < 4:
        e += 1
    return e < len(toks) and (_starts_task(toks, e) or _modal_at(toks, e) or toks[e].low in _LIST_JOIN)


# "Sở Y tế các tỉnh, thành phố", "Sở Giao thông vận tải các địa phương": a kind of unit in every place
_PLURAL_PLACES = frozenset({"tỉnh", "thành", "huyện", "quận", "xã", "phường", "địa", "vùng", "khu", "thị"})


def _places_after(toks, e: int) -> int:
    """End of "các tỉnh, thành phố" (places a unit's name is repeated for) right after index ``e``, or ``e``."""
    if not (e + 1 < len(toks) and toks[e].low == "các" and toks[e + 1].low in _PLURAL_PLACES):
        return e
    k = e + 2
    while k < len(toks):
        t = toks[k]
        more_places = t.text == "," and k + 1 < len(toks) and (toks[k + 1].low in _PLURAL_PLACES or toks[k + 1].text == "TP")
        central = t.low in ("trung", "ương") and k > 0 and toks[k - 1].low in ("thuộc", "trung")
        place_word = (t.is_word and not t.is_cap or central) and t.low not in ("và", "cùng", "với") \
            and not _starts_task(toks, k) and not _modal_at(toks, k) and t.low not in _CLAUSE_ADVERBS and k - e < 9
        if not (more_places or place_word):
            break
        k += 1
    return k


_FAMILY_NAMES = frozenset(n.casefold() for n in lexicons.column("family_names", "name"))


def _office_end(toks, q: int) -> int:
    """End of "Bộ trưởng Bộ Quốc phòng", "Chủ tịch UBND các tỉnh" from ``q``: a post written with its unit
    and no holder's name (the office is told); ``q`` when there is none."""
    m = lex().posts.match(toks, q)
    if not m or not toks[q].is_cap:
        return q
    e = org_end(toks, m[0])
    unit = lex().units.match(toks, m[0]) if e == m[0] else None
    if unit and _places_after(toks, unit[0]) > unit[0]:
        e = _places_after(toks, unit[0])  # "Chủ tịch UBND các tỉnh, thành phố": the office in every place
    if e == m[0] or e < len(toks) and (toks[e].is_cap or toks[e].text == "("):
        return q  # a bare title, or a holder's name follows ("Bộ trưởng Bộ X Trần Văn B")
    return e


def _titled_person_end(toks, q: int) -> int:
    """End of "Phó Thủ tướng Nguyễn Văn A", "Bộ trưởng Bộ X Trần Văn B", "Đại tá Lê C" from ``q``: a
    rank or post (with its unit) and a full name; ``q`` when there is none."""
    m = lex().ranks.match(toks, q) or lex().posts.match(toks, q)
    if not m:
        return q
    e = org_end(toks, m[0])
    e = max(e, lex().posts.match(toks, e)[0]) if lex().posts.match(toks, e) else e  # "Bộ trưởng, Phó Thủ tướng"
    if e >= len(toks) or not toks[e].is_cap or toks[e].low not in _FAMILY_NAMES:
        return q
    k = e + 1
    while k < len(toks) and toks[k].is_cap and k - e < 4:
        k += 1
    return k if k - e >= 2 else q


_TIME = re.compile(r"\s+((?:trong|trước|đến|từ|ngay|chậm nhất)\s+(?:ngày|tháng|tuần|năm|quý|dịp|thời gian)\b.*"
                   r"|năm\s+\d{4}\b.*)$"  # "báo chí năm 2005": the year is the period
                   r"|[\s,]+((?:thời gian|tuần|tháng|năm)\s+(?:tới|sắp tới)\b.*)$",  # "công an các địa phương, thời gian tới"
                   re.IGNORECASE)


def _cut_time(heads: list[str]) -> tuple[list[str], str, str | None]:
    """"các quận này trong tháng 3": the time at the end of the addressees belongs to the task
    (a period such as "trong năm 2024" is read as the directive's period, not cut here)."""
    if heads:
        m = _TIME.search(heads[-1])
        if m:
            said = m.group(1) or m.group(2)
            period, cut = _period(said)
            rest = said[cut:].strip() if period else said
            return heads[:-1] + [heads[-1][:m.start()]], (rest + " " if rest else ""), period
    return heads, "", None


_ADDRESSEE_STARTS = frozenset(lexicons.column("addressee_starts", "word"))
# Demonstratives that end a noun phrase pointing back ("đơn vị này", "cơ quan đó").
_BACK_REFS = frozenset({"này", "đó", "ấy", "trên"})
# Words a generic plural head ("tất cả các ...", "các ...", "mọi ...") may take; other heads take 14.
_LONG_HEAD = 20
_PLURALS = frozenset({"các", "tất", "toàn", "mọi", "mỗi", "những"})
# Start words that name who must act on their own ("ngành phải ...", "các sở ..." cut to "sở").
_WHOLE_ADDRESSEES = frozenset({"ngành", "bộ", "sở", "quận", "huyện", "tỉnh", "đội", "đoàn", "ban", "cục", "vụ",
                               "phòng", "viện", "trường", "hội", "báo", "thành"})
# Tense and degree adverbs belong to a clause; a noun phrase naming who must act has none.
_CLAUSE_ADVERBS = frozenset({"đã", "đang", "sẽ", "càng", "rất", "chưa", "vẫn", "từng"})
# Things an instruction is about, which a plural opens like a list of who must act.
_NOT_ACTORS = ("trường hợp", "vụ", "việc", "hồ sơ", "công trình", "dự án", "sai phạm", "vi phạm", "thủ tục", "văn bản",
               "khoản", "nội dung", "vấn đề", "giải pháp", "biện pháp", "chương trình", "đối tượng", "phương tiện",
               "xe", "bộ hồ sơ", "sản phẩm", "hàng", "loại")
_COUNTS = frozenset({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})
_GROUPS = frozenset({"đoàn", "tổ", "đội", "nhóm", "người", "cán", "chiến", "đồng", "chuyên", "lực", "thanh", "điều",
                     "kíp", "cảnh", "trinh", "bác", "kỹ", "ê"})
_PRONOUNS = frozenset({"tôi", "chúng", "ông", "bà", "anh", "chị", "nếu", "dù", "để", "khi", "vì"})


def _generic_list(head: str, toks) -> bool:
    """"tất cả các cơ quan chức năng, chính quyền địa phương có liên quan": a plural opening a list whose every
    item is short and starts like who must act (a long head is read only so)."""
    pieces = [tokenize(x) for x in head.split(",")]
    return toks[0].low in _PLURALS and len(pieces) > 1 and all(
        x and len(x) <= 8 and (x[0].is_cap or x[0].low in _ADDRESSEE_STARTS) for x in pieces)


# Verbs of advising or saying ("khuyến cáo", "kêu gọi", "cho rằng"): inside a head they make it a clause of its own.
_ADVISES = frozenset({("khuyến", "cáo"), ("kêu", "gọi"), ("cho", "rằng"), ("cho", "biết"), ("đề", "xuất"),
                      ("kiến", "nghị"), ("khẳng", "định"), ("kết", "luận")})


def _looks_like_addressee(head: str, initial: bool = False) -> bool:
    """Who must act: "các cơ quan, đơn vị", "Bộ Tài chính", "lãnh đạo các tỉnh" — not a clause.

    ``initial``: the head opens a sentence or a quotation, where every first word is
    capitalised; there a capital says nothing and the head must be a known start or a unit.
    """
    toks = tokenize(head)
    if not toks or len(toks) > (_LONG_HEAD if _generic_list(head, toks) else 14) or toks[0].low in _PRONOUNS:
        return False
    if len(toks) > 1 and (toks[0].low, toks[1].low) == ("công", "tác"):
        return False  # "chỉ đạo công tác cứu hộ": the work directed, not who does it
    if any(t.low in _CLAUSE_ADVERBS for t in toks[1:]):
        return False  # "Thủ đoạn tham nhũng ngày càng tinh vi": a statement, not who must act
    if any((m := directive_verbs().match(toks, k)) and (m[1].value != "document" or document_kinds().match(toks, m[0]))
           for k in range(1, len(toks))):
        return False  # "TP giao cho Sở Tài chính": a clause with a directive of its own
    if any((toks[k].low, toks[k + 1].low) in _ADVISES for k in range(1, len(toks) - 1)):
        return False  # "các cơ quan chức năng khuyến cáo tàu cá ...": a clause with its own verb of advising
    if len(toks) == 1 and not toks[0].is_cap and toks[0].low not in _WHOLE_ADDRESSEES:
        return False  # "những", "tổng": the first word of an addressee cut short
    if toks[0].low in ("các", "những", "mọi", "toàn") and " ".join(t.low for t in toks[1:3]).startswith(_NOT_ACTORS):
        return False  # "Các trường hợp sai phạm phải xử lý nghiêm": what must be dealt with, not who
    if toks[0].low in _ADDRESSEE_STARTS:
        return True
    if _sent_group(toks):
        return True  # "cử 2 đoàn cán bộ tới khảo sát", "cử một tổ công tác đến làm việc": who is sent
    if initial:
        return org_end(toks, 0) > 0 or len(toks) > 1 and toks[1].is_cap
    return toks[0].is_cap


# Words that open a phrase before the subject ("Trước yêu cầu mới, quận 5 phải"; "Để làm tốt
# ..., các địa phương phải"; "Theo đó, UBND các cấp phải") and adverbs between subject and verb.
_OPENERS = frozenset({"để", "trước", "trong", "đối", "về", "hiện", "theo", "sau", "nhằm", "qua", "với", "tại", "là",
                      "ngoài", "từ", "kể", "riêng", "đồng", "bên", "cụ", "do", "vì", "nếu", "khi", "đặc"})
_TRAILING = frozenset({"càng", "cũng", "đều", "thì", "sẽ", "nên", "vẫn", "lại", "cần", "phải", "là", "tự"})


def _clean_head(head: str) -> str:
    """"Trước yêu cầu nhiệm vụ mới, quận 5 càng" -> "quận 5"; "đồng chí Chủ tịch UBND TP" -> "Chủ tịch UBND TP"."""
    head = head.strip()
    if head.startswith("đồng chí ") and head[9:10].isupper():
        head = head[9:]
    while True:
        toks = tokenize(head)
        if toks and toks[0].low in _OPENERS and ", " in head:
            head = head.split(", ", 1)[1]
            continue
        break
    toks = tokenize(head)
    if len(toks) > 1 and toks[-1].low == "còn":
        # "Trung tá Kim còn phải kiểm điểm ...": "còn" (also, still) before the modal ("còn lại", the rest, stays)
        head = head[:toks[-1].start].rstrip()
        toks = toks[:-1]
    while toks and toks[-1].low in _TRAILING and not (toks[-1].low == "lại" and len(toks) > 1 and toks[-2].low == "còn"):
        head = head[:toks[-1].start].rstrip()
        toks = toks[:-1]
    if _sent_group(toks):
        # "cử một đoàn công tác đi kiểm tra", "cử 10 cảnh vệ đến nhà tang lễ để bảo vệ": who is sent, not where
        go = next((k for k in range(2, len(toks)) if toks[k].low in _MOTION or toks[k].low == "đi"), None)
        if go is not None:
            head = head[:toks[go].start].rstrip()
    return head.strip(" ,")


def _sent_group(toks) -> bool:
    """"2 đoàn cán bộ", "một tổ công tác": a number of people or of teams."""
    return len(toks) > 1 and (toks[0].is_number or toks[0].low in _COUNTS) and toks[1].low in _GROUPS


def _split_addressees(head: str) -> list[str]:
    toks = tokenize(head)
    orgs = []
    i = 0
    while i < len(toks):
        e = org_end(toks, i)
        if e > i:
            orgs.append(head[toks[i].start:toks[e - 1].end])
            i = e
            continue
        if toks[i].text not in "," and toks[i].low != "và":
            pieces = [x.strip() for x in head.split(", ")]
            if len(pieces) > 1 and all(x[:1].isupper() for x in pieces):
                return pieces  # "Công ty Điện lực TP, Bưu điện TP": named units of their own
            return _name_and_others(head)
        i += 1
    return orgs or [head]


def _name_and_others(head: str) -> list[str]:
    """"Charles Charlton White và người đàn ông đi cùng": a proper name (capitalised words, no title) and a
    generic who ("người ...", "các ...") after "và" are two addressees; "người chất vấn và người trả lời chất
    vấn", "Chủ tịch và Phó Chủ tịch UBND TP" stay one."""
    m = re.search(r"\s+và\s+", head)
    if m:
        left, right = tokenize(head[:m.start()]), tokenize(head[m.end():])
        if len(left) >= 2 and all(t.is_word and t.is_cap for t in left) and not lex().posts.match(left, 0) \
                and not lex().ranks.match(left, 0) and right and right[0].low in _ADDRESSEE_STARTS \
                and not right[0].is_cap:
            return [head[:m.start()].strip(), head[m.end():].strip()]
    return [head]


def _signed_by(r, ends, start: int) -> str | None:
    """"... công văn số 8869 do Phó Chánh Văn phòng A ký ...": the person who signed it."""
    toks = r.tokens
    for j in range(start, min(len(toks), start + 15)):
        if toks[j].text in ".;:":
            return None
        if toks[j].low == "ký" and j > start and any(toks[k].low == "do" for k in range(start, j)):
            people = [ref for kind, ref in ends.get(j, ()) if kind == "person"]
            if people:
                return people[-1]["id"]
    return None


def _quote_before(readings, idx: int, i: int) -> tuple[str, list[str]]:
    """The words before "- <issuer> <verb>." or "”, <issuer> <verb>." at the end of a sentence, and
    the sentences of the paragraph where that quotation opened (it may span several)."""
    r = readings[idx]
    toks = r.tokens
    for j in range(i - 1, 0, -1):
        if toks[j].text in "-–—" or toks[j].text == "," and toks[j - 1].text in "\"”":
            head = r.sentence.text[:toks[j].start]
            earlier: list[str] = []
            if not any(c in head.rstrip(" \"”") for c in "“\"") and toks[j - 1].text in "\"”":
                for k in range(idx - 1, max(-1, idx - 5), -1):
                    prev = readings[k].sentence
                    if prev.paragraph != r.sentence.paragraph:
                        break
                    earlier.insert(0, prev.text.strip(" “”\"'"))
                    if any(c in prev.text for c in "“\""):
                        break
                else:
                    earlier = []
            return head.strip(" “”\"'"), earlier
    return "", []


_LEAD_QUOTE = re.compile(r"^\s*“([^“”]+)”\s*[.?!…]*\s*$")


def _lead_quotation(readings, idx: int) -> list[str]:
    """The instructions of a quotation that makes up the sentence before, in the same paragraph: a lead
    quoting the document the next sentence names ("“Thực hiện ngay ..., không thu ...”? Hôm qua, Thứ
    trưởng A đã ký công điện khẩn gửi ... về ...")."""
    para = readings[idx].sentence.paragraph
    texts: list[str] = []
    for k in range(idx - 1, max(-1, idx - 5), -1):  # the quotation may be cut into sentences ("thuốc men... để ...")
        if readings[k].sentence.paragraph != para:
            break
        texts.insert(0, readings[k].sentence.text.strip())
        if "“" in texts[0]:
            break
    m = _LEAD_QUOTE.match(" ".join(texts))
    if m is None or not _instruction(m.group(1)):
        return []
    return split_tasks(m.group(1))


def _second_verb(toks, end: int) -> tuple[int, int] | None:
    """A second directive verb of the same subject later in the sentence ("... và yêu cầu ...",
    ", đồng thời chỉ đạo ..."): (index of the joining word, index after the verb)."""
    for j in range(end + 2, len(toks)):
        if toks[j].text in ":;“\"":
            return None
        m = directive_verbs().match(toks, j)
        if not m or m[1].value != "strong":
            continue
        k = j - 1
        while k > end and toks[k].low in _GLUE:
            k -= 1
        glue = " ".join(t.low for t in toks[k + 1:j])
        if toks[k].low == "và" or toks[k].text == "," and glue.startswith("đồng thời"):
            return k, m[0]
    return None


def _after_document(r, end: int) -> tuple[int, list[str]]:
    """Past the document's number and title to its own verb: "có công điện số 236 đề nghị X ...",
    "có điện chỉ đạo công an các địa phương ..."; "gửi A, B và C" names the addressees."""
    toks = r.tokens
    for j in range(end, min(len(toks), end + 15)):
        if toks[j].text == ":":
            return j + 1, []  # "ra công văn truyền đạt ý kiến của Thủ tướng: một, ...; hai, ...": the content
        if toks[j].low in ("khẩn", "hỏa", "tốc", "mật"):
            continue  # "có văn bản khẩn chỉ đạo ...": how urgent, not the content
        if toks[j].text in ".;?!" or j > end and _starts_task(toks, j):
            break  # "ký quyết định thành lập đoàn X và giao Sở Y ...": the decision's content comes first
        m = directive_verbs().match(toks, j)
        if m and m[1].value == "strong" and not (m[0] < len(toks) and toks[m[0]].low in ("gửi", "gởi")):
            return m[0], []  # ("có điện chỉ đạo gửi A và B": the recipients follow)
        if toks[j].low in ("gửi", "gởi"):
            text = r.sentence.text[toks[j].end:]
            to = re.match(r"\s*(?:về|đến|tới)(?=\s+\w)", text)  # "gửi về Cục Hải quan": sent to it
            text = text[to.end():] if to else text
            stop = re.search(r"\s+(?:về|để|nhằm|với|yêu cầu|đề nghị|chỉ đạo)\s|[.;:](?:\s|$)", text)
            listed = text[:stop.start()] if stop else text
            names: list[str] = []
            for piece in listed.split(","):
                piece = re.sub(r"\s*\([^)]*\)", "", piece).strip()
                pt = tokenize(piece)
                if names and pt and pt[0].low in _PLURAL_PLACES and not pt[0].is_cap \
                        and tokenize(names[-1])[-1].low in _PLURAL_PLACES:
                    names[-1] += ", " + piece  # "gửi các tỉnh, thành phố": one kind of place after another
                    continue
                if names and pt and pt[0].low in _ADDRESS_LEVELS and not pt[0].is_cap \
                        and re.search(r"\s(?:ở|tại)\s", names[-1]):
                    names[-1] += ", " + piece  # "gửi 16 trường hợp ở thôn Thọ Đa, xã Kim Nỗ": the address goes on
                    continue
                counted = len(pt) > 1 and pt[0].is_number and pt[1].low in _ADDRESSEE_STARTS  # "gửi 64 tỉnh thành"
                if not pt or not (pt[0].is_cap or pt[0].low in _ADDRESSEE_STARTS or counted):
                    break  # "..., thông báo về ...": the list has ended
                names.extend(_split_and(piece))
            k = j + 1 + (1 if to else 0) + len(tokenize(listed))
            return k, names
    return end, []


# The levels of an address written after "ở"/"tại", from the smallest up: thôn, ấp, xã, phường, huyện, quận ...
_ADDRESS_LEVELS = frozenset({"thôn", "ấp", "bản", "xóm", "xã", "phường", "thị", "huyện", "quận", "tỉnh", "thành", "tp"})


def _split_and(piece: str) -> list[str]:
    """"A và B" is two addressees when B is one of its own ("giám đốc Công an X", "Bộ Y"),
    not when B only completes A ("hai sở Y tế Huế và Đà Nẵng")."""
    m = re.search(r"\s+và\s+", piece)
    if m:
        right = tokenize(piece[m.end():])
        if right and (right[0].low in _ADDRESSEE_STARTS and not right[0].is_cap or org_end(right, 0) > 0
                      or lex().posts.match(right, 0)):
            return [piece[:m.start()].strip()] + _split_and(piece[m.end():])
    return [piece]


_LEADING_TIME = re.compile(r"(?:(?:đầu|cuối|giữa|trước|sau|đến|từ|trong|hạn chót)\s+)?(?:ngày|tháng|tuần|năm|quý)\s+"
                           r"[\dIVX][\d/.-]*\s*,?\s*", re.IGNORECASE)


_OPENER = re.compile(r"^(?:(?:[Cc]ụ thể|[Tt]heo đó|[Tt]rong đó|[Nn]goài ra|[Đđ]ồng thời)\s*,\s*|[Rr]iêng\s+)(?=[A-ZĐ])"
                     r"|^[Đđ]ồng thời\s+(?=(?:các|những|mọi|mỗi|từng)\s)")  # ("Đồng thời mỗi quận ... chọn ...")
# Words that open who is told in general: "các địa phương", "mỗi quận, huyện" (each), "từng đơn vị" (every).
_GENERAL_HEADS = ("các", "những", "mọi", "toàn", "mỗi", "từng")


def _kinds_comma(toks, k: int) -> bool:
    """A comma between two plain lower-case nouns of one list ("quận, huyện"), not the end of a clause."""
    return toks[k].text == "," and 0 < k < len(toks) - 2 and toks[k - 1].is_word and not toks[k - 1].is_cap \
        and toks[k + 1].is_word and not toks[k + 1].is_cap and not _starts_task(toks, k + 1) \
        and not _modal_at(toks, k + 1)


def _subject(task: str) -> list[str]:
    """The addressees a task names as its subject: "Các bộ trưởng phải ...", "Sở X phải ...",
    "Công ty A, Bưu điện B đến ngày 15-4 bàn giao ..."; also after "Cụ thể,", "Riêng" ("Riêng Sở X sẽ ...")."""
    task = _OPENER.sub("", task, count=1)
    toks = tokenize(task)
    named, q = _named_list(task, toks, 0)
    late = _verb_after_name(toks, q) if named and q < len(toks) and toks[q].low in _PLAIN_AFTER_NAME else None
    if late is not None:
        # "Riêng Hội đồng Nghiệm thu Nhà nước các công trình xây dựng sẽ kiểm tra ...": the lower-case words
        # before "sẽ"/"phải" finish the name
        named[-1] += task[toks[q - 1].end:toks[late - 1].end]
        q = late
    if named and q + 1 < len(toks) and toks[q].low == "sẽ":
        q += 1  # "Bộ Xây dựng sẽ kiểm tra ..."
    if named and q < len(toks):
        q = _after_assigned(toks, q)  # "Bộ Xây dựng được giao chủ trì ...": the unit given the duty is told
    if named and q < len(toks) and (_starts_task(toks, q) or _modal_at(toks, q)):
        return named
    if named and q + 2 < len(toks) and toks[q].low == "và" and toks[q + 1].low in _ADDRESSEE_STARTS:
        # "Các bộ A, B, các tổng công ty nhà nước và các tỉnh, thành cần ...": the last of the list, a general
        # one in lower case (its own commas: "tỉnh, thành"), up to "cần"/"phải"
        m = next((k for k in range(q + 2, min(len(toks), q + 6)) if _modal_at(toks, k)
                  or not (toks[k].text == "," or toks[k].is_word and not toks[k].is_cap)), None)
        if m is not None and _modal_at(toks, m) and any(toks[k].text == "," for k in range(q + 2, m)):
            return named + [task[toks[q + 1].start:toks[m - 1].end]]
    when = _LEADING_TIME.match(task)
    if when and when.end() < len(task):
        # "đầu tháng 5 Khu QLGTĐT phải tiến hành ...": a time before the named subject
        rest = task[when.end():]
        rt = tokenize(rest)
        named, q = _named_list(rest, rt, 0)
        if named and q < len(rt) and (_starts_task(rt, q) or _modal_at(rt, q)):
            return named
    told = next((k for k in range(2, min(len(toks), 8)) if (m := directive_verbs().match(toks, k))
                 and m[1].value == "strong" and not toks[k].is_cap), None)
    if told is not None and toks[0].low in _ADDRESSEE_STARTS and not any(t.text in ",;:" for t in toks[:told]) \
            and not _has_modal(toks, 0, told) and toks[told - 1].low not in _CLAUSE_ADVERBS \
            and not task_verbs().match(toks, 0):  # ("tập trung chỉ đạo ...": a task verb, then what to direct)
        # "...; hai, lãnh đạo các tỉnh chỉ đạo lực lượng hữu quan điều tra ...": who is told to pass the order on
        head = task[:toks[told].start].strip()
        if _looks_like_addressee(head, initial=True):
            return [head]
    if toks and toks[0].low in _GENERAL_HEADS:
        # "...; các địa phương kiểm tra việc sử dụng vốn": who is told in general, then their verb; a comma
        # between two plain nouns is a list of kinds ("mỗi quận, huyện ngoại thành chọn ...")
        q = next((k for k in range(2, min(len(toks), 8)) if toks[k].text in ",;:" and not _kinds_comma(toks, k)
                  or _starts_task(toks, k) or _modal_at(toks, k)), None)
        if q is not None and toks[q].is_word and not _modal_at(toks, q) \
                and not any(t.low in ("không", "chưa") for t in toks[:q]):
            # ("những phiên tòa không có yêu cầu bảo vệ nhưng ...": a negated clause, no one told)
            head = task[:toks[q].start].strip()
            if _looks_like_addressee(head, initial=True):
                return [head]
    for q in range(1, min(len(toks), 20)):
        if _modal_at(toks, q):
            head = _clean_head(task[:toks[q].start])
            ht = tokenize(head)
            verb = task_verbs().match(toks, 0)  # ("chủ động nghiên cứu, đề xuất những nội dung cần bổ sung": no subject)
            if verb is not None and verb[0] < len(toks) and toks[verb[0]].text == ",":
                verb = None  # ("Bên cạnh đó, đơn vị này cần ...": an opening phrase)
            if head and toks[0].low not in _MODAL and verb is None and len(ht) <= 12 \
                    and _looks_like_addressee(head) and \
                    (ht[0].low in _ADDRESSEE_STARTS or org_end(ht, 0) > 0 or head != task[:len(head)]):
                return _split_addressees(head)
            return []
    return []


# Lower-case words that may go on a unit's name before its verb ("Hội đồng Nghiệm thu Nhà nước các công trình
# xây dựng sẽ ..."): a plural or a plain noun, not a clause word.
_PLAIN_AFTER_NAME = frozenset({"các", "những"})


def _verb_after_name(toks, q: int) -> int | None:
    """Index of "sẽ"/"cần"/"phải" up to five plain lower-case words after ``q`` (the name read short), or None."""
    for m in range(q + 1, min(len(toks), q + 6)):
        t = toks[m]
        if _modal_at(toks, m) or t.low == "sẽ" and m + 1 < len(toks) and _starts_task(toks, m + 1):
            return m
        if not t.is_word or t.is_cap or t.low in _CLAUSE_ADVERBS or t.low in ("và", "thì", "là", "nếu", "khi", "không",
                                                                              "chưa", "được", "bị", "đã", "của"):
            return None
    return None


_UNQUOTE = re.compile(r"^[\s“”\"]+|[\s“”\".]+$")


def _opens_quote(text: str) -> bool:
    """A quotation opens in ``text`` and does not close there."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _closes_quote(text: str) -> bool:
    return "”" in text or text.count('"') % 2 == 1


def _quoted_content(readings, idx: int) -> list[str]:
    """The sentences of a quotation the directive opened ("... với nội dung: “Tại Hà Nội ... Bộ yêu
    cầu: Đ/c Giám đốc X tiến hành ... Tập trung lực lượng ...”"), up to where it closes in the
    paragraph: what is asked there ("Bộ yêu cầu: ..." gives what follows its verb) and each
    instruction; the statements between are skipped."""
    out: list[str] = []
    para = readings[idx].sentence.paragraph
    for r in readings[idx + 1:]:
        if r.sentence.paragraph != para or not r.tokens:
            break
        text = r.sentence.text
        closes = "”" in text or text.count('"') % 2 == 1
        toks = r.tokens
        asked = next((m for k in range(len(toks)) if (m := directive_verbs().match(toks, k))
                      and m[1].value == "strong"), None)
        bare = _UNQUOTE.sub("", text)
        if _instruction(bare) or _has_modal(toks, 0, 12) or not r.people and _is_to(toks, 30):
            # "Để thực hiện nhiệm vụ đó, điều kiện tiên quyết là phải ...": what is to be done, said late
            out.extend(split_tasks(bare))
        elif asked is not None and asked[0] < len(toks) and toks[asked[0]].text == ":":
            out.extend(split_tasks(_UNQUOTE.sub("", text[toks[asked[0]].end:])))  # "Bộ yêu cầu: ..."
        elif asked is not None:
            out.extend(split_tasks(bare))  # "Đ/c Tổng cục trưởng X chỉ đạo các đơn vị ..."
        if closes:
            break
    return out


def _carries_on(toks) -> bool:
    """The sentence opens with "Cụ thể,", "Theo đó,", "Trong đó," (a connective that details what came before)."""
    comma = next((j for j in range(min(len(toks), 4)) if toks[j].text == ","), None)
    return comma is not None and " ".join(t.low for t in toks[:comma]) in ("cụ thể", "theo đó", "trong đó")


def _is_to(toks, b: int) -> bool:
    """"là phải"/"là cần" (is to, must) among the first ``b`` tokens: "nhiệm vụ trước mắt là phải ..."."""
    return any(toks[k].low == "là" and _modal_at(toks, k + 1) for k in range(min(b, len(toks) - 1)))


def _follow_ups(readings, idx: int, speech: bool = False) -> list[str]:
    """Subject-less sentences after the directive, in its paragraph, that start with a task verb
    or "cần"/"phải" (also after an opening phrase: "Trong đó, X phải ...").

    After a colon ("nhấn mạnh: ...") the paragraph is the issuer's speech: every sentence of
    it with "cần"/"phải" is an instruction and the statements between them do not end it; a
    sentence that names a person does.
    """
    out: list[str] = []
    para = readings[idx].sentence.paragraph
    before = readings[idx].sentence.text
    reason_seen = False
    for r in readings[idx + 1:]:
        if r.sentence.paragraph == para + 1 and _ANNOUNCED.search(before) and r.tokens and not r.people:
            para = r.sentence.paragraph  # "... tập trung vào một số việc sau.": the next paragraph lists them
        elif r.sentence.paragraph != para and r.tokens and _carries_on(r.tokens):
            para = r.sentence.paragraph  # "Cụ thể, Thanh tra Chính phủ chủ trì ...": the next paragraph details it
        elif r.sentence.paragraph == para + 1 and r.tokens and not r.people and _ordered_next(r):
            para = r.sentence.paragraph  # "Các doanh nghiệp vận tải phải ký hợp đồng ...": the order goes on
        attributed = _attributed_quote(r.sentence.text)
        if r.sentence.paragraph == para + 1 and attributed and attributed[1]:
            para = r.sentence.paragraph  # "“Nghiêm cấm ...”, chỉ thị nêu rõ.": the document's words go on
        if r.sentence.paragraph != para or not r.tokens:
            break
        toks = r.tokens
        if attributed and not r.people:
            out.extend(split_tasks(attributed[0]))  # "“Chấm dứt ngay ...”, chỉ thị nhấn mạnh."
            before = r.sentence.text
            continue
        if _own_directive(r) or _opens_with_directive(toks):
            break  # "Phó Thủ tướng cũng yêu cầu ...", "Yêu cầu Bộ X ...": a directive read on its own
        if toks[0].low in ("tôi", "chúng") and not speech:
            break  # "Chúng ta sẽ phải chờ ...": the writer or the speaker talks, no instruction
        if toks[0].low == "theo" and any(it.kind == "org" and it.start == 1 for it in r.items):
            break  # "Theo Sở NN-PTNT, đến năm 2010 phải giảm ...": another source speaks
        if _starts_task(toks, 0) or _has_modal(toks, 0, 6) or _modal_after_opening(toks) or toks[0].low in _DONT \
                or _task_after_connective(toks) \
                or _subject_then_task(r) or _told_after_consequence(r) or _plural_subject_must(toks) \
                or speech and not r.people and _has_modal(toks, 0, 30) or _as_for_must(r):
            clause = _opening_then_plural_must(toks)
            if clause is not None and toks[0].low in ("cùng", "ngoài", "bên"):
                # "Cùng với quan tâm phát triển kinh tế, các địa phương phải ...": the opening phrase is no part of it
                out.extend(split_tasks(r.sentence.text[toks[clause].start:]))
                before = r.sentence.text
                continue
            out.extend(split_tasks(_LINKING_OPENER.sub("", _quoted_instruction(r.sentence.text), count=1)))
            before = r.sentence.text
            continue
        condition = _condition_then_must(toks)
        if condition is not None:
            # "Đặc biệt là những phiên tòa ... khi xảy ra sự cố thì cảnh sát phải ...": what to do in that case
            out.extend(split_tasks(r.sentence.text[toks[condition].start:]))
            before = r.sentence.text
            continue
        besides = _besides_then_must(toks)
        if besides is not None:
            # "Ngoài việc tiếp tục tiêu hủy gia cầm, lực lượng công an phải ...": what goes on and what is added
            text = r.sentence.text
            out.extend(split_tasks(text[toks[besides[0]].start:toks[besides[1]].start]))
            out.extend(split_tasks(text[toks[besides[1]].end:]))
            continue
        clause = _opening_then_plural_must(toks)
        if clause is not None:
            out.extend(split_tasks(r.sentence.text[toks[clause].start:]))
            continue
        if not reason_seen and _gives_reason(toks) and not r.people:
            reason_seen = True  # "Vì chỉ có ... mới cải thiện được đời sống.": why, between two instructions
            continue
        if not speech or r.people:
            break
    return out


def _as_for_must(r) -> bool:
    """"Đối với các cơ sở giết mổ nhỏ đã được cấp phép ... hạn chót đến ngày 15-11 phải ngưng hoạt động": "as for"
    a group (no person named), then "phải"/"cần" and a verb: what that group is to do."""
    toks = r.tokens
    if len(toks) < 6 or (toks[0].low, toks[1].low) != ("đối", "với") or r.people:
        return False
    return any(_modal_at(toks, k) and toks[k + 1].is_word and not toks[k + 1].is_cap
               for k in range(3, min(len(toks) - 1, 45)))


# Words that open a condition ("nếu", "khi", "trường hợp": if, when, in case).
_IF = frozenset({"nếu", "khi", "trường"})


def _condition_then_must(toks) -> int | None:
    """"Đặc biệt là những phiên tòa ... khi xảy ra sự cố thì cảnh sát phải có phương án ...", "Văn bản nêu rõ, nếu
    ... thì phía công ty phải ...": a condition (after a connective, or a short opening closed by a comma) and "thì",
    then "cần"/"phải" within a few words (who must act, or no one named): what is to be done in that case; where
    it starts (the condition word after a comma, else the first word after the connectives), or None."""
    j = 0
    while j < min(len(toks), 5) and toks[j].low in _CONNECTIVES:
        j += 1
    cond = next((k for k in range(j, min(len(toks), j + 12)) if toks[k].low in _IF), None)
    if cond is None:
        return None
    for k in range(cond + 2, min(len(toks) - 1, 40)):
        if toks[k].text in ";:“”\"()":
            return None
        if toks[k].low == "thì":
            q = next((q for q in range(k + 1, min(len(toks) - 1, k + 13)) if _modal_at(toks, q)), None)
            if q is None or not all(t.is_word for t in toks[k + 1:q]):
                return None
            return cond if cond <= 6 and cond > 0 and toks[cond - 1].text == "," else j
    return None


# Words that open a sentence giving the reason for what was just asked ("Vì chỉ có đẩy mạnh sản xuất mới ...").
_BECAUSE = (("vì",), ("bởi", "vì"), ("bởi", "lẽ"), ("bởi",))


def _gives_reason(toks) -> bool:
    """The sentence opens with "Vì"/"Bởi vì"/"Bởi lẽ" and has no "cần"/"phải" of its own."""
    return any(tuple(t.low for t in toks[:len(w)]) == w for w in _BECAUSE) and not _has_modal(toks)


# A sentence that is a quotation, then who says it ("“Chấm dứt ngay ...”, chỉ thị nhấn mạnh."): the speaker is
# the document (a word of _DOCUMENT_SPEAKERS) or an untold one ("Bộ trưởng lưu ý", "ông cũng nói").
_ATTRIBUTED = re.compile(r"^\s*[“\"]([^“”\"]{8,})[”\"]\s*[,-–]?\s*((?:\w+\s+){0,3}?)(?:cũng\s+|còn\s+)?"
                         r"(?:nhấn\s+mạnh|nêu\s+rõ|chỉ\s+rõ|ghi\s+rõ|lưu\s+ý|yêu\s+cầu|khẳng\s+định|nói|viết)\s*[.!]?\s*$")
_DOCUMENT_SPEAKERS = frozenset({"chỉ thị", "công điện", "công văn", "văn bản", "quyết định", "thông báo", "nghị quyết",
                                "kết luận", "thông tư", "lệnh"})


def _attributed_quote(text: str) -> tuple[str, bool] | None:
    """(the quoted instruction, whether the document says it) of a sentence that is only a quotation and
    who says it; None when it is none or the quotation is no instruction."""
    m = _ATTRIBUTED.match(text)
    if not m:
        return None
    quoted = m.group(1).strip().rstrip(".!")
    toks = tokenize(quoted)
    if not toks or not (_starts_task(toks, 0) or _has_modal(toks, 0, 8) or toks[0].low in _DONT
                        or " ".join(t.low for t in toks[:2]) in _PROHIBITIONS or toks[0].low == "cấm"):
        return None
    speaker = " ".join(m.group(2).lower().split()).removesuffix(" này")
    return quoted, speaker in _DOCUMENT_SPEAKERS


# A sentence that announces the instructions listed after it ("tập trung vào một số việc sau", "các nhiệm vụ sau
# đây:").
_ANNOUNCED = re.compile(r"\b(?:việc|nhiệm vụ|giải pháp|biện pháp|nội dung|vấn đề|công việc|điểm)\s+"
                        r"(?:chính\s+|cụ thể\s+|trọng tâm\s+|chủ yếu\s+)?sau(?:\s+đây)?\s*[:.]?[\s”\"]*$",
                        re.IGNORECASE)


# A linking phrase that opens a follow-up ("Bên cạnh đó, đơn vị này cần ..."): no part of the instruction.
_LINKING_OPENER = re.compile(r"^\s*(?:[Bb]ên cạnh đó|[Nn]goài ra|[Đđ]ồng thời|[Mm]ặt khác|[Tt]rước mắt|[Tt]rước hết)\s*,\s*")


def _ordered_next(r) -> bool:
    """A paragraph that opens with whom the order tells and "phải"/"cần" ("Các doanh nghiệp vận tải phải
    ..."): the instruction of the paragraph before goes on."""
    toks = r.tokens
    return bool(_subject(r.sentence.text)) and _has_modal(toks, 0, 10) or _plural_subject_must(toks)


# Words that make a long plural subject a clause of its own before "phải"/"cần" ("Các đại biểu cho rằng
# cần ...", "Các doanh nghiệp đã ... nên phải ..."): no subject of an instruction.
_NOT_IN_SUBJECT = _CLAUSE_ADVERBS | {"cho", "rằng", "nói", "là", "thì", "nếu", "khi", "không", "đều", "nên", "vì", "mà",
                                    "cũng", "đề", "nghị", "yêu", "cầu", "muốn", "mong"}


def _plural_subject_must(toks) -> bool:
    """"Các doanh nghiệp khai thác tuyến đi qua quốc lộ 1 từ Hà Nội đến TP HCM phải ký hợp đồng ...": a
    plural subject, however long, then "phải"/"cần" and a verb (an order to those named)."""
    if len(toks) < 4 or toks[0].low not in ("các", "những"):
        return False
    for k in range(2, min(len(toks) - 1, 32)):
        if _modal_at(toks, k):
            return toks[k + 1].is_word and not toks[k + 1].is_cap
        if toks[k].low == "cũng" and k + 1 < len(toks) and _modal_at(toks, k + 1):
            continue  # "các lãnh đạo ... cũng phải kiểm điểm": also must
        if toks[k].low in _NOT_IN_SUBJECT or toks[k].text in ";:“”\"()":
            return False
    return False


def _besides_then_must(toks) -> tuple[int, int] | None:
    """"Ngoài việc/Bên cạnh việc <task verb> ..., <who> phải ...": besides an instruction that goes on, one more;
    (where the first task starts, the comma that ends it)."""
    words = [t.low for t in toks[:3]]
    start = 2 if words[:2] == ["ngoài", "việc"] else 3 if words == ["bên", "cạnh", "việc"] else None
    if start is None or start >= len(toks) or not task_verbs().match(toks, start):
        return None
    comma = next((j for j in range(start + 2, min(len(toks), 24)) if toks[j].text in ",;:“”"), None)
    if comma is None or toks[comma].text != ",":
        return None
    for k in range(comma + 1, min(len(toks), comma + 14)):
        if toks[k].text in ";:“”\"()":
            return None
        if _modal_at(toks, k):
            return start, comma
    return None


def _opening_then_plural_must(toks) -> int | None:
    """"Ngoài việc ông A phải kiểm điểm, các lãnh đạo của Bộ X cũng phải ...", "Cùng với ..., các địa phương phải
    ...": after an opening phrase closed by a comma, a plural subject and "phải"/"cần"; where that clause starts."""
    comma = next((j for j in range(1, min(len(toks), 12)) if toks[j].text in ",;:"), None)
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks):
        return None
    return comma + 1 if _plural_subject_must(toks[comma + 1:]) else None


# Words that open a negative instruction ("Đừng ngại gần doanh nghiệp.").
_DONT = frozenset({"đừng", "chớ"})


_QUOTATION = re.compile(r"“([^“”]+)”")


def _quoted_instruction(text: str) -> str:
    """"Phê bình chương trình X là “chưa đến nơi” - Bí thư cho rằng - “phải tính sao để di dời ...”": where
    "cần"/"phải" stand only inside a quotation of the sentence, that quotation is the instruction."""
    quotes = [m for m in _QUOTATION.finditer(text) if _instruction(m.group(1))]
    if not quotes:
        return text
    outside = _QUOTATION.sub(" ", text)
    if _has_modal(tokenize(outside)):
        return text
    return "; ".join(m.group(1) for m in quotes)


def _opens_with_directive(toks) -> bool:
    m = directive_verbs().match(toks, 0) if toks else None
    return bool(m) and m[1].value == "strong" and m[0] < len(toks) and \
        (toks[m[0]].is_cap or toks[m[0]].low in _ADDRESSEE_STARTS or toks[m[0]].low == "cho")


def _continues(r, readings, idx: int, last: int, i: int, end: int) -> bool:
    """The sentence opens with a directive verb and whom it tells ("Yêu cầu Bộ Quốc phòng điều tra ...", "Giao
    cho lãnh đạo cấp cơ sở ..."), right after a directive of the same paragraph or the sentence before."""
    toks = r.tokens
    j = 0
    while j < i and toks[j].low in _CONNECTIVES:
        j += 1
    if j != i or end >= len(toks) or not (i == 0 or toks[i - 1].text == ","):
        return False
    k = end + 1 if toks[end].low == "cho" else end
    if k >= len(toks) or not (toks[k].is_cap or toks[k].low in _ADDRESSEE_STARTS) or toks[end].low == "được" \
            or any(t.low == "của" for t in toks[end:end + 4]):
        return False  # "Yêu cầu chính đáng của ông A ...": a noun; "Đề nghị được ...": asking for oneself
    return idx - last == 1 or readings[last].sentence.paragraph == r.sentence.paragraph


def _own_directive(r) -> bool:
    """The sentence has a directive verb right after a person, title or unit (its issuer)."""
    ends = {it.end for it in r.items if it.kind in ("name", "post", "org")}
    return any(ends & set(range(max(0, i - 4), i + 1)) for i, _, v in directive_verbs().find(r.tokens)
               if v.value != "document" or v.phrase in ("ký", "ban hành"))


# Connectives that may open an instruction ("Cụ thể sẽ tập trung ...", "Ngoài ra, tổ chức ...").
_CONNECTIVES = frozenset({"cụ", "thể", "ngoài", "ra", "trước", "mắt", "hết", "sẽ", "cũng", "đồng", "thời", "bên", "cạnh",
                          "đó", "đặc", "biệt", "nhất", "là", "tiếp", "theo", "sau", ","})


def _task_after_connective(toks) -> bool:
    if toks and toks[0].low == "theo" and (len(toks) < 2 or toks[1].low != "đó"):
        return False  # "Theo thống kê của Bộ X, ...": according to a source, no connective before a task
    j = 0
    while j < min(len(toks), 5) and toks[j].low in _CONNECTIVES:
        j += 1
    return 0 < j < len(toks) and task_verbs().match(toks, j) is not None


def _told_after_consequence(r) -> bool:
    """"Theo đó, UBND các tỉnh tập trung tiêu hủy ...": after "theo đó" (what was just signed or said says),
    a sentence whose subject is someone told to act, or that hands a duty to someone ("... được giao cho A")."""
    toks = r.tokens
    comma = next((j for j in range(min(len(toks), 4)) if toks[j].text == ","), None)
    if comma is None or " ".join(t.low for t in toks[:comma]) not in _CONSEQUENCE or comma + 1 >= len(toks):
        return False
    # "Theo đó, chức vụ X đã được giao cho Thứ trưởng A": a duty handed to someone
    given = any(toks[k].low == "cho" and _after_assigned(toks, k - 2) == k for k in range(comma + 3, len(toks)))
    return given or bool(_subject(r.sentence.text[toks[comma + 1].start:]))


def _subject_then_task(r) -> bool:
    """"Bộ Xây dựng phối hợp với ...", "Chủ tịch Viện X chỉ định ...": a named unit or office
    opens the sentence and a task verb follows it."""
    toks = r.tokens
    begin = 0
    comma = next((j for j in range(min(len(toks), 5)) if toks[j].text == ","), None)
    if comma is not None and " ".join(t.low for t in toks[:comma]) in _CONSEQUENCE | {"ngoài ra", "bên cạnh đó",
                                                                                      "đồng thời", "trước mắt"}:
        begin = comma + 1  # "Theo đó, UBND các tỉnh tập trung ...": the content of what was just signed
    elif toks and toks[0].low == "riêng":
        begin = 1  # "Riêng Hội đồng X sẽ kiểm tra ...": as for X
    items = [it for it in r.items if it.kind != "sep" and it.start >= begin]
    if not items or items[0].start != begin or items[0].kind not in ("org", "post"):
        return False
    e = items[0].end
    for it in items[1:]:
        if it.start == e + 1 and r.tokens[e].text == "," and it.kind == "org" or it.start == e and it.kind == "org":
            e = it.end
    said = next((k for k in range(e, min(len(toks), e + 7)) if toks[k].low in ("sẽ", "cần", "phải")), None)
    if said is not None and all(t.is_word and not t.is_cap for t in toks[e:said]):
        e = said + 1  # "Riêng Hội đồng Nghiệm thu các công trình xây dựng sẽ kiểm tra ..."
    e = _after_assigned(toks, e)  # "Bộ Xây dựng được giao chủ trì ...": the duty the document gives the unit
    # "Cụ thể, Thanh tra Chính phủ chủ trì lập các đoàn thanh tra ...": takes the lead in a task
    return e < len(toks) and (_starts_task(toks, e) or (toks[e].low, toks[e + 1].low if e + 1 < len(toks) else "")
                              == ("chủ", "trì"))


# Passive phrases that give a named unit or office a duty ("Bộ Xây dựng được giao chủ trì ...", lexicon
# assignment_passives), longest first.
_ASSIGNED = sorted((tuple(p.split()) for p in lexicons.column("assignment_passives", "phrase")), key=len, reverse=True)


def _after_assigned(toks, e: int) -> int:
    """Where the duty begins when "được giao (nhiệm vụ)" follows the subject ending at ``e`` (after "cũng",
    "còn", "đã" at most); else ``e``."""
    k = e
    while k < len(toks) and k - e < 2 and toks[k].low in ("cũng", "còn", "đã", "sẽ"):
        k += 1
    words = tuple(t.low for t in toks[k:k + 4])
    for phrase in _ASSIGNED:
        if words[:len(phrase)] == phrase:
            return k + len(phrase)
    return e


def _modal_after_opening(toks) -> bool:
    """"Hiện nay, trước yêu cầu mới, báo chí phải ...": "cần"/"phải" or a task verb opens the
    clause after an opening phrase of a few words closed by a comma."""
    commas = [j for j in range(min(len(toks), 16)) if toks[j].text == ","]
    for n, c in enumerate(commas[:2]):
        if n and any(toks[j].low in _CLAUSE_ADVERBS or _starts_task(toks, j) for j in range(commas[0] + 1, c)):
            break  # ("Sau đó, các cơ quan đã tiến hành kiểm tra, thanh tra ...": a clause, not a second opening)
        if _starts_task(toks, c + 1) or _has_modal(toks, c + 1, c + 10):
            return True
    return False
