"""Events (meetings, ceremonies, visits ...) and the roles people play in them.

A role needs a cue ("chủ trì" -> chair, "trình bày" -> presenter; see
``lexicons/role_cues.tsv``) right after a person's name and posts, and an event named in
the same sentence or earlier in the article. Roles go to the event of the sentence, else
to the event last named.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.cues import Cue, directive_verbs, event_kinds, interview_cues, role_cues, task_verbs
from kg.extract.mentions import lex

# Adverbs allowed between a person's posts and the cue ("đã chủ trì", "cũng đến dự", "phấn khởi báo tin").
_GLUE = frozenset(["đã", "cũng", "vừa", "đến", "trực", "tiếp", "còn", "thì", "sẽ", "đang", "tới", "về",
                   "phấn", "khởi", "xúc", "động", "vui", "mừng", "trân", "trọng", "lên", "đều"])
# Event kinds that are ordinary verbs too: an event only when a role cue is in the sentence.
_WEAK_KINDS = frozenset({"Kiểm tra", "Thăm", "Buổi làm việc", "Buổi tiếp", "Đoàn đại biểu"})
# Conjunctions that open a clause of another subject: a cue past them is not the person's.
_FAR_STOP = frozenset(["khiến", "nhưng"])
# Words right before a delegation that name it in passing, as what is sent, set up or given to ("cử đoàn công tác",
# "thành lập tổ công tác", "biếu cho đoàn công tác"): send, set up, set up, to, give, send
_SENT = frozenset(["cử", "thành lập", "lập", "cho", "biếu", "gửi"])
_SENT_GLUE = frozenset(["ngay", "một", "1", "các", "những", "hai", "2", "ba", "3"])
_NAME_STOP = frozenset(["diễn", "ra", "khai", "mạc", "bế", "đã", "do", "tại", "vào", "chủ", "trì", "được", "sẽ", "đang", "với", "nhằm", "để"])
_DATE = re.compile(
    r"(?:(?P<part>[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/.-])"
)
_RELATIVE = re.compile(r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?(?P<rel>hôm nay|hôm qua|nay|qua)\b")
_OFFSETS = {"hôm nay": 0, "nay": 0, "hôm qua": -1, "qua": -1}


def resolve_date(text: str, published: str | None) -> tuple[str | None, str | None]:
    """(ISO date or None, the written form) of the first date in ``text``.

    A day and month take the year written with them, else the year of the article's
    publication date; "hôm qua"/"sáng nay" count from the publication date. Without a
    known year the ISO date stays empty: the written form is kept, nothing is guessed.

    >>> resolve_date("Sáng 22/11, hội nghị khai mạc", "2023-11-23")
    ('2023-11-22', 'Sáng 22/11')
    >>> resolve_date("Chiều ngày 23-4-2019, đoàn kiểm tra", None)
    ('2019-04-23', 'Chiều ngày 23-4-2019')
    >>> resolve_date("Sáng 22/11, hội nghị khai mạc", None)
    (None, 'Sáng 22/11')
    >>> resolve_date("Chiều qua, Bộ trưởng đã chủ trì", "2006-03-15")
    ('2006-03-14', 'Chiều qua')
    """
    pub = None
    if published and re.match(r"\d{4}-\d{2}-\d{2}", published):
        pub = dt.date.fromisoformat(published[:10])
    m = _DATE.search(text)
    if m:
        d, mth = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mth <= 12):
            return None, None
        y = int(m.group("y")) if m.group("y") else (pub.year if pub else None)
        if y and not m.group("y") and pub and (mth, d) > (pub.month, pub.day):
            y -= 1  # "22/12" in an article of 3 January is last year's
        try:
            iso = dt.date(y, mth, d).isoformat() if y else None
        except ValueError:
            iso = None
        return iso, m.group(0).strip()
    r = _RELATIVE.search(text)
    if r and (r.group(0)[0].isupper() or r.start() == 0 or r.group("rel").startswith("hôm")):
        iso = (pub + dt.timedelta(days=_OFFSETS[r.group("rel")])).isoformat() if pub else None
        return iso, r.group(0).strip()
    return None, None


def _cue_after(tokens, start: int, starts=frozenset(), bodies=None, agent=False):
    """The role cue that follows position ``start`` (after separators and adverbs), as (Cue, end).

    A cue marked ``far`` ("phát biểu", "chủ trì") may also stand further on in the same
    clause ("Bộ trưởng X với dáng vẻ mệt mỏi đứng lên phát biểu"), before any other person.
    ``agent``: the person is introduced by "do" ("đoàn do bà A phụ trách"), which lets the cues
    marked ``after_do`` count.
    """
    i = start
    if bodies and i + 1 < len(tokens) and tokens[i].low == "và" and i + 1 in bodies:
        i = bodies[i + 1]  # "Chủ tịch Hội A và Ban Thường vụ Hội đã báo cáo": the person acts with the body
    elif i + 1 < len(tokens) and tokens[i].low == "và" and tokens[i + 1].text == "Ban" and i + 1 not in starts:
        # "Chủ tịch Hội A và Ban Thường vụ hội đã báo cáo": a board of the unit, written too loosely to be read as one
        k = i + 2
        while k < min(len(tokens), i + 6) and tokens[k].is_word and k not in starts and tokens[k].low not in _GLUE \
                and role_cues().match(tokens, k) is None:
            k += 1
        if k < len(tokens) and (tokens[k].low in _GLUE or role_cues().match(tokens, k)):
            i = k
    steps = 0
    while i < len(tokens) and steps < 4:
        m = role_cues().match(tokens, i)
        if m and (m[1].extra == "after" or agent and m[1].extra == "after_do") and not _negated(tokens, i) \
                and not _directs(tokens, i, m[0]):
            return m[1], m[0]
        if tokens[i].low == "cùng" and i + 1 not in starts and not (i + 2 < len(tokens) and tokens[i + 1].low == "với"
                                                                      and i + 2 in starts):
            # "Chủ tịch nước A cùng nhiều vị lãnh đạo các ban, ngành đã tham dự": the cue past those who come with A
            found = _cue_in_clause(tokens, i + 1, starts, 45)
            if found is not None:
                return found
        if tokens[i].low == "thay" and i + 2 < len(tokens) and tokens[i + 1].low == "mặt":
            # "Thủ tướng A thay mặt Đoàn Chủ tịch cám ơn ...": the cue past the body the person speaks for
            found = _cue_in_clause(tokens, i + 2, starts, 15)
            if found is not None:
                return found
        if (past := _occasion(tokens, i)) is not None:
            # "Đại tá A trong cuộc họp với Sở X chiều nay cho biết": the event named between the person and the cue
            found = _cue_in_clause(tokens, past, starts)
            if found is not None:
                return found
        t = tokens[i]
        if t.text in ",)" or t.low in _GLUE:
            i += 1
            steps += 1
            continue
        break
    for j in range(start, min(len(tokens), start + 10)):
        if tokens[j].text in _CLAUSE_END or tokens[j].text == "," or (j > start and j in starts):
            break
        if directive_verbs().match(tokens, j):
            break  # "A giao Sở X chủ trì kiểm tra": the cue after a directive verb is the addressee's task
        if tokens[j].low in _FAR_STOP:
            break  # "số nhà của anh A khiến chủ tọa phiên tòa phải ...": a clause of its own, about someone else
        m = role_cues().match(tokens, j)
        if m and m[1].extra == "after" and m[1].far and not _negated(tokens, j):
            return m[1], m[0]
    if agent:
        # "đoàn do bà A - Phó Cục trưởng X - Bộ Y, phụ trách": the verb that closes the "do" phrase, past posts
        # the posts reader did not take
        found = _cue_in_clause(tokens, start, starts, 25, agent=True)
        if found is not None:
            return found
    return _cue_after_apposition(tokens, start, starts) or _cue_after_dash(tokens, start, starts)


def _cue_after_dash(tokens, start: int, starts):
    """"Bà A - ĐHDL Thăng Long, Hà Nội cho biết": the unit or place the person comes from, set off by a dash
    and written in capitals (no post the posts reader took), stands between the person and the cue."""
    if 0 < start < len(tokens) and tokens[start - 1].text in "-–":
        start -= 1  # the person's mention may end past its dash
    if start >= len(tokens) or tokens[start].text not in "-–":
        return None
    k = start + 1
    while k < len(tokens) and k - start <= 12 and k not in starts \
            and (tokens[k].is_cap or tokens[k].text == "," and k > start + 1 and k + 1 < len(tokens)
                 and tokens[k + 1].is_cap):
        k += 1
    if k == start + 1 or k >= len(tokens) or k in starts or not tokens[k - 1].is_word:
        return None
    while k < len(tokens) and tokens[k].low in _GLUE:
        k += 1
    m = role_cues().match(tokens, k)
    if m and m[1].extra == "after" and not _negated(tokens, k) and not _directs(tokens, k, m[0]):
        return m[1], m[0]
    return None


def _bracketed(tokens, start: int, end: int) -> bool:
    """The person at ``start`` is named inside brackets opened before them and closed right after their mention ends
    at ``end``: what follows the closing bracket is said of the one named before the brackets."""
    depth = sum(t.text == "(" for t in tokens[:start]) - sum(t.text == ")" for t in tokens[:start])
    if depth <= 0:
        return False
    close = next((k for k in range(start, min(len(tokens), end + 3)) if tokens[k].text == ")"), None)
    return close is not None and all(not t.is_word for t in tokens[max(end, start):close])


def _occasion(tokens, i: int) -> int | None:
    """"tại/trong" and an event named right after ("trong cuộc họp", "tại buổi làm việc"): the index past the
    event's name, else None."""
    if i + 1 < len(tokens) and tokens[i].low in ("tại", "trong"):
        m = event_kinds().match(tokens, i + 1)
        if m:
            return m[0]
    return None


def _cue_in_clause(tokens, i: int, starts, reach: int = 30, agent=False):
    """The first role cue from ``i`` to the end of the clause (commas do not end it here) or the next person
    (``agent``: the cues marked ``after_do`` count too)."""
    for j in range(i, min(len(tokens), i + reach)):
        if tokens[j].text in _CLAUSE_END or j in starts:
            return None
        m = role_cues().match(tokens, j)
        if m and not (m[1].extra == "after" or agent and m[1].extra == "after_do"):
            m = None
        if directive_verbs().match(tokens, j) and not m:
            return None  # "A thay mặt UBND tỉnh yêu cầu các sở báo cáo": the cue after it is the addressee's task
        if m:
            if _negated(tokens, j) or _directs(tokens, j, m[0]):
                return None
            return m[1], m[0]
    return None


def _cue_in_posts(tokens, pm):
    """A cue that the posts reader took into the person's posts and that runs to their end ("do ông A, Bí
    thư Thành ủy làm trưởng đoàn": "trưởng đoàn" read as a post)."""
    for j in range(pm.item.end, pm.end):
        m = role_cues().match(tokens, j)
        if m and m[1].extra == "after" and m[0] >= pm.end:
            return m[1]
    return None


def _introduced_by_do(tokens, start: int, items=()) -> bool:
    """The person is the agent of a passive phrase: "do" stands before the name and its posts, rank or
    form of address ("đoàn công tác do Thứ trưởng A phụ trách")."""
    for it in reversed(items):
        if it.end == start and it.kind in ("post", "rank", "cue", "honorific"):
            start = it.start
    while start > 0 and tokens[start - 1].low in ("đích", "thân", "ông", "bà"):
        start -= 1
    return start > 0 and tokens[start - 1].low == "do"


def _cue_after_apposition(tokens, start: int, starts):
    """"PGS A, thành viên tổ công tác, cho biết": a short description between commas that is no post
    stands between the person and the cue."""
    if start < len(tokens) and tokens[start].text != "," and start > 0 and tokens[start - 1].text == ",":
        start -= 1  # the person's mention may end past its comma
    if start >= len(tokens) or tokens[start].text != ",":
        return None
    for k in range(start + 1, min(len(tokens), start + 10)):
        if tokens[k].text in _CLAUSE_END or k in starts or role_cues().match(tokens, k) \
                or directive_verbs().match(tokens, k) or task_verbs().match(tokens, k) and not tokens[k].is_cap:
            return None  # ", cử ông B nắm tình hình, báo cáo ...": a clause of its own, no description
        if tokens[k].text == ",":
            i = k + 1
            while i < len(tokens) and tokens[i].low in _GLUE:
                i += 1
            m = role_cues().match(tokens, i)
            if k > start + 1 and m and m[1].extra == "after" and not _negated(tokens, i) \
                    and not _directs(tokens, i, m[0]):
                return m[1], m[0]
            return None
    return None


def _directs(tokens, i: int, end: int) -> bool:
    """A speech verb that is a directive verb too, followed by "cần"/"phải" or a task verb ("nhấn mạnh:
    các đơn vị phải ...", "nêu rõ, các cơ quan quán triệt ..."): it gives an instruction, which makes a
    directive and no speaker role."""
    m = directive_verbs().match(tokens, i)
    if m is None or m[1].value == "document" and m[0] < end:
        return False  # "đưa ra tại hội nghị": the cue runs past a verb that gives only a document
    first = end
    while first < len(tokens) and not tokens[first].is_word:
        first += 1
    if first == len(tokens) and tokens and tokens[0].text in "“\"":
        # "“... vấn đề là phải rút kinh nghiệm ...” - ông A, Trưởng ban X, nhấn mạnh.": the quotation before says it
        close = next((k for k in range(1, len(tokens)) if tokens[k].text in "”\""), len(tokens))
        return any(t.low in ("cần", "phải") for t in tokens[1:close])
    if first < len(tokens) and tokens[first].low in ("tôi", "chúng"):
        return False  # "nhấn mạnh: “Tôi không cho rằng ... mà phải ...”": an opinion, a speech
    if any(t.text == ":" for t in tokens[end - 1:first]) and any(t.text in "“\"" for t in tokens[end - 1:first]):
        # "đề nghị: “Trong giai đoạn đền bù, ngân sách có thể cho mượn vốn ...”": a quoted speech instructs only
        # where it opens with a task verb or says "cần"/"phải"
        return first < len(tokens) and (task_verbs().match(tokens, first) is not None
                                        or any(t.low in ("cần", "phải") for t in tokens[first:first + 12]))
    return any((t.low in ("cần", "phải") or task_verbs().match(tokens, k) and not t.is_cap)
               and not _enough(tokens, k) for k, t in enumerate(tokens[end:end + 12], end))


def _enough(tokens, k: int) -> bool:
    """"công dân chỉ cần (đáp ứng) ...": "chỉ cần" says what is enough, a condition, and neither it nor the verb
    it governs is an obligation."""
    return tokens[k].low == "cần" and tokens[k - 1].low == "chỉ" \
        or k >= 2 and tokens[k - 1].low == "cần" and tokens[k - 2].low == "chỉ"


def _roles_after(tokens, start: int, starts=frozenset(), bodies=None, agent=False) -> list:
    """The cues after a person: the first, then more chained by "," or "và" ("chủ trì, phát
    biểu khai mạc"; "đến dự và phát biểu chỉ đạo"), up to the next person or clause end."""
    found = _cue_after(tokens, start, starts, bodies, agent)
    if found is None:
        return []
    out = [found[0]]
    i = found[1]
    while True:
        nxt = None
        for j in range(i, min(len(tokens), i + 8)):
            t = tokens[j]
            if t.text in _CLAUSE_END or j in starts:
                break
            if t.text == "," or t.low in ("và", "rồi"):
                k = j + 1
                while k < len(tokens) and tokens[k].low in _GLUE:
                    k += 1
                if k in starts:
                    break
                m = role_cues().match(tokens, k)
                if m and m[1].extra == "after" and not (m[0] < len(tokens) and tokens[m[0]].low == "có"):
                    nxt = m
                    break
        if nxt is None or nxt[1] in out:
            break
        out.append(nxt[1])
        i = nxt[0]
    return out


_CLAUSE_END = frozenset([".", ";", ":", "!", "?", "\"", "“", "”", "("])


_LIST_WORDS = frozenset({"và", "cùng", "các", "đồng", "chí", "ông", "bà", "cả", "hai", "ba", "2", "3"})


def _joined(tokens, a, b, items=()) -> bool:
    """Persons ``a`` and ``b`` stand in one list ("A, Phó Thủ tướng B và Đại tướng C")."""
    covered = {j for it in items if it.kind in ("post", "rank", "cue", "honorific", "marker")
               for j in range(it.start, it.end)}
    gap = range(min(a.end, a.item.end), b.item.start)
    # "A, Tổng Bí thư - Bí thư Đảng ủy X; B, nguyên Tổng Bí thư; C ...": a dash joins the posts of one person
    return all(tokens[j].text in ",;-–" or tokens[j].low in _LIST_WORDS or j in covered for j in gap) \
        and any(tokens[j].text in ",;" or tokens[j].low == "và" for j in gap)


def _quoted(tokens, i: int, opened: bool = False) -> bool:
    """Token ``i`` stands inside a quotation opened earlier in the sentence. ``opened``: a quotation of an earlier
    sentence of the paragraph is still open, and the sentence's first quotation mark closes it, so what follows
    that mark is no quotation ("... B", ông A nói.); the words before it are read as outside, as they always were
    (a quoted communiqué or letter that reports "Ông A cũng sẽ tham dự ...”" gives its roles)."""
    return _open_at(tokens, i, False) and _open_at(tokens, i, opened)


def _open_at(tokens, i: int, opened: bool) -> bool:
    # (quotation marks are one-character tokens: counted with list.count over the texts, which runs in C; this
    # runs for every sentence and every person a role is looked for)
    before = [t.text for t in tokens[:i]]
    straight = before.count('"')
    curly = before.count("“") - before.count("”")
    if opened:
        texts = [t.text for t in tokens]
        if "”" in texts:
            curly += 1
        elif '"' in texts:
            straight += 1
    return straight % 2 == 1 or curly > 0


def _still_open(tokens, opened: bool) -> bool:
    """A quotation is open at the end of the sentence (``opened``: one was open at its start)."""
    # (as _open_at over all the tokens, with the marks counted once)
    texts = [t.text for t in tokens]
    straight, closed = texts.count('"'), texts.count("”")
    if opened and not straight and not closed:
        return True
    curly = texts.count("“") - closed
    if opened:
        if closed:
            curly += 1
        else:
            straight += 1
    return straight % 2 == 1 or curly > 0


def _clause_starts(tokens):
    """0 and the index after each comma or colon (but the last)."""
    # (one pass over the tokens with plain comparisons: this runs twice for every sentence)
    starts = [0]
    for j, t in enumerate(tokens, 1):
        if t.text == "," or t.text == ":":
            if j >= 2 and tokens[j - 2].low == "ảnh":
                # "Ảnh: B.TRUNG Báo cáo với Ban X, ông A ...": a photo credit run on into the next sentence
                while j < len(tokens) and tokens[j].text.isupper() and j + 1 < len(tokens):
                    j += 1
            starts.append(j)
    if starts[-1] == len(tokens):
        starts.pop()
    return starts


def _openings(tokens, ref_starts) -> list:
    """Cues that open a clause closed by a comma; they are the next person's ("Phát biểu tại
    hội nghị, Phó Thủ tướng X nêu rõ"; "Báo cáo với đoàn giám sát, Giám đốc Sở Y cho biết")."""
    out = []
    prev = 0
    for j in _clause_starts(tokens):
        m = role_cues().match(tokens, j)
        start, prev = prev, j
        if not m or m[1].extra not in ("after", "opening") or m[1].needs_event \
                or m[1].value not in ("speaker", "chair", "presenter", "director") \
                or any(role_cues().match(tokens, k) for k in range(start, j)):  # a cue of the clause before
            continue
        c = next((k for k in range(m[0], min(len(tokens), m[0] + 15)) if tokens[k].text == ","), None)
        if c is None or any(j <= s < c for s in ref_starts):
            continue
        if c + 2 < len(tokens) and (tokens[c + 1].low, tokens[c + 2].low) == ("thay", "mặt"):
            # "Phát biểu với đại hội, thay mặt Ban Chấp hành Trung ương, Tổng Bí thư A ...": who A speaks for
            c = next((k for k in range(c + 3, min(len(tokens), c + 15)) if tokens[k].text == ","), c)
        if any(tokens[k].low in ("có", "đã", "đang", "sẽ") for k in range(m[0], c)) or role_cues().match(tokens, m[0]):
            # "Chủ tọa phiên tòa có công bố ..., khi anh A ...", "Báo cáo nêu rõ, ...": the cue word is a
            # subject with a verb of its own, no opening participle
            continue
        nxt = [s for s in ref_starts if c < s <= c + 12]
        if nxt:
            out.append((min(nxt), m[1]))
    return out


def _final_attendance(tokens, starts):
    """An attendee cue that ends the sentence ("... đã về dự.", "... cùng đến dự lễ."): (index, Cue)."""
    n = len(tokens)
    while n and tokens[n - 1].text in ".!\"”)":
        n -= 1
    for k in range(max(0, n - 5), n):
        m = role_cues().match(tokens, k)
        if m and m[1].value != "attendee" and m[0] >= n - 3:
            return None  # "... cũng được mời tới dự.": a guest, the persons before are not said to attend
        if m and m[1].extra == "after" and m[1].value == "attendee" and m[0] >= n - 3 and not _negated(tokens, k) \
                and not any(k < s for s in starts) and all(t.text not in ",;:" for t in tokens[k:n]):
            if m[0] < n and event_kinds().match(tokens, m[0]) and _referred(tokens, m[0]):
                return None  # "... xin rút khỏi danh sách đại biểu đi dự Đại hội.": the list of delegates, no one attends
            return k, m[1]
    return None


def _negated(tokens, k: int) -> bool:
    """"không tham dự được", "chưa dự": the cue is denied."""
    return any(t.low in ("không", "chưa", "chẳng") for t in tokens[max(0, k - 2):k])


_ANSWER = Cue("trả lời", "speaker", extra="after", needs_event=True)
# Events where people answer questions in public: an answer set out as "- Ông A: ..." is a role only in an article
# that names one (elsewhere it is an interview with the paper, no event role)
_QA_KINDS = frozenset({"Họp báo", "Giao lưu", "Đối thoại", "Chất vấn", "Tiếp xúc cử tri"})


_SAID = Cue(":", "speaker", extra="after", needs_event=True)
# Words that introduce a list or a definition before a colon, no speech ("A như: ...", "A gồm: ..."), or set what
# was said in the past ("A từng khẳng định: ...")
_NOT_SPEECH = frozenset(["như", "gồm", "là", "sau", "và", "với", "của", "có", "từng"])


def _colon_speech(tokens, end: int) -> bool:
    """The person's words follow a colon after one to four lower-case words that say how they are said ("Bà A
    dứt khoát: ...", "Ông B lo lắng: ...", "chủ tọa C liền phân tích: “...”", "Đại biểu D tỏ ý băn khoăn: ..."): a
    speech, unless those words give an instruction (a directive) or introduce a list. The words may stand in scare
    quotes ("Đại biểu E “nhặt lỗi” kỹ thuật: ..."): a pair of quotation marks does not count among the four."""
    for k in range(end + 1, min(len(tokens), end + 7)):
        if tokens[k].text != ":":
            continue
        words = [t for t in tokens[end:k] if t.text not in _SCARE]
        marks = k - end - len(words) + (end > 0 and tokens[end - 1].text in _SCARE)  # the mention may end past one
        return k + 1 < len(tokens) and 1 <= len(words) <= 4 and marks in (0, 2) \
            and all(t.is_word and not t.is_cap and t.low not in _NOT_SPEECH for t in words) \
            and not any(directive_verbs().match(tokens, j) or task_verbs().match(tokens, j) for j in range(end, k))
    return False


_SCARE = frozenset(['"', "“", "”"])


def _answers(tokens, pm) -> bool:
    """The sentence opens with the person, a parenthesis at most, then a colon ("- Ông A (Tổng
    giám đốc X): Thưởng phạt là ...")."""
    j = 0
    while j < len(tokens) and tokens[j].text in "-–—":
        j += 1
    if pm.item.start > j + 1:
        return False
    e = pm.item.end
    if e < len(tokens) and tokens[e].text == "(":
        while e < len(tokens) and tokens[e].text != ")":
            e += 1
        e += 1
    e = max(e, pm.end - 1) if pm.end - 1 < len(tokens) and tokens[pm.end - 1].text == ":" else e
    return e < len(tokens) and tokens[e].text == ":"


def _attributed_speech(tokens, pm, starts, items=()):
    """"“...” - bà A, Chủ nhiệm Ủy ban X, Thanh niên ..., phát biểu tại ...": the person named right after a
    quotation closes and a dash says it; likewise "Bà A, Chủ nhiệm Ủy ban X, Thanh niên ..., tại buổi làm việc
    ... đã đặt vấn đề: ...", the person opening the sentence before a description. The speech cue may stand past
    a long description with commas (before any other person and the end of the clause)."""
    k = pm.item.start
    while k > 0:
        # (an item that ends at k but is empty would never move k: the loop must go left)
        before = next((it for it in items if it.end == k and it.start < k
                       and it.kind in ("post", "rank", "honorific", "cue")), None)
        if before is not None:
            k = before.start  # "Đại tá A, ...": the rank or the form of address opens the mention
        elif tokens[k - 1].low in ("ông", "bà", "đồng", "chí"):
            k -= 1
        elif k >= 2 and f"{tokens[k - 2].low} {tokens[k - 1].low}" in lex().honorific_forms:
            k -= 2  # "- tiến sĩ A ... nêu ý kiến": a degree written out in lower case
        else:
            break
    opens = k == 0 and pm.item.end < len(tokens) and tokens[pm.item.end].text == ","

    if not opens and (k < 2 or tokens[k - 1].text not in "-–—" or tokens[k - 2].text not in "”\""):
        return None
    for j in range(pm.end, min(len(tokens), pm.end + 30)):
        if tokens[j].text in ".;:!?(“" or j in starts:
            return None
        m = role_cues().match(tokens, j)
        if m and m[1].extra == "after" and m[1].value == "speaker" and not _negated(tokens, j):
            return None if _directs(tokens, j, m[0]) else m[1]
    return None


def _attendance_list(tokens):
    """"Tham dự hội nghị có đồng chí A, B ...": persons after the "có" attend; (index, Cue)."""
    for j in _clause_starts(tokens):
        m = role_cues().match(tokens, j)  # "Cùng đi có ..."
        if m is None and j + 1 < len(tokens) and tokens[j].low in ("về", "tới", "cùng"):
            m = role_cues().match(tokens, j + 1)  # "Về dự có ...", "Cùng dự có ..."
        if not m or m[1].extra != "after" or m[1].needs_event:
            continue
        for k in range(m[0], min(len(tokens), m[0] + 10)):
            if tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].low == "có":
                continue  # "Đến dự lễ khánh thành, có Phó Thủ tướng A"
            if tokens[k].text in ",.;:":
                break
            if tokens[k].low in ("có", "gồm") or tokens[k].low == "là" and m[1].value != "attendee":
                # "Chủ trì hội nghị là đồng chí X", "Dự hội nghị có ...", "Có mặt hôm đó gồm (có) các ông: ..."
                return (k + 2 if k + 1 < len(tokens) and tokens[k + 1].low == "có" else k + 1), m[1]
    return None


# Words of address that may stand between a cue written before its persons and the colon that opens their list
_ADDRESS = frozenset(["các", "ông", "bà", "đồng", "chí", "vị", "anh", "chị"])


def _colon_list(tokens):
    """"với sự có mặt của các ông: A, trực ban X; B, Đội phó Y; ... và bà C": a cue written before its persons that
    ends in a colon gives its role to the whole list after it; (index, Cue)."""
    if not any(t.text == ":" for t in tokens):
        return None
    for _, end, cue in role_cues().find(tokens):
        if cue.extra != "before" or cue.needs_event:
            continue
        k = end
        while k < len(tokens) and k - end < 3 and tokens[k].low in _ADDRESS:
            k += 1
        if k < len(tokens) and tokens[k].text == ":":
            return k + 1, cue
    return None


def _list_follows(tokens, at: int, starts, items) -> bool:
    """A person is named right after ``at``, with nothing but posts, ranks, names of units and forms of
    address between (no lower-case verb: "có công bố")."""
    first = min((s for s in starts if s >= at), default=None)
    if first is None:
        return False
    covered = {j for it in items if it.kind in ("post", "rank", "cue", "honorific", "org", "marker")
               for j in range(it.start, it.end)}
    return all(j in covered or not tokens[j].is_word or tokens[j].is_cap or tokens[j].low in _LIST_WORDS
               for j in range(at, first))


def _role_before(tokens, start: int, items=()):
    """A cue written before the person ("dưới sự chủ trì của Phó Thủ tướng X"): the posts,
    rank or form of address between the cue and the name belong to the person."""
    for it in reversed(items):
        if it.end == start and it.kind in ("post", "rank", "cue", "honorific", "org"):
            start = it.start
    for j in range(max(0, start - 5), start):
        m = role_cues().match(tokens, j)
        if m and m[1].extra == "before" and m[0] == start:
            if j and tokens[j - 1].low == "trích":
                return None  # "(Trích tham luận của đại tướng A)": an excerpt quoted in the story, no part in the event
            return m[1]
    j = start - 2
    if j >= 2 and (tokens[j].low, tokens[j + 1].low) in (("phiên", "tòa"), ("phiên", "xử")):
        j -= 2  # "chủ tọa phiên tòa Trần Văn A"
    if j >= 0 and (tokens[j].low, tokens[j + 1].low) == ("chủ", "tọa") and not (j and tokens[j - 1].low == "đồng"):
        return _PRESIDING  # "Đến đây, chủ tọa Nguyễn Đức A liền phân tích: ...": the presiding judge
    return None


_PRESIDING = Cue("chủ tọa", "chair", extra="before")


def _accused(readings, person_refs) -> set[str]:
    """Persons the article calls "bị cáo"/"bị can": defendants take no role at their trial
    (annotation.md), and what they say elsewhere in the story is testimony, not speech at an event."""
    out = set()
    for r, refs in zip(readings, person_refs):
        for pm, person in refs:
            start = pm.item.start
            while start >= 2:
                if (r.tokens[start - 2].low, r.tokens[start - 1].low) in (("bị", "cáo"), ("bị", "can")):
                    out.add(person["id"])
                    break
                before = next((it for it in r.items if it.end == start and it.kind in ("post", "rank", "honorific",
                                                                                      "marker")), None)
                if before is None:
                    break
                start = before.start
    return out


# A headline with its date in brackets at the end of a line: the related articles VnExpress lists after the text
_RELATED = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$", re.MULTILINE)


def read_events(readings, person_refs, reg, published: str | None = None) -> list[dict]:
    """Events with participants for the whole article."""
    events: dict[str, dict] = {}
    order: list[dict] = []
    last = None
    # the event last named is no scene for later statements: it was named as the backdrop of talking to the press
    # ("Trả lời báo chí sau cuộc họp") or as one still to come ("chiều nay sẽ họp", "sẽ dẫn đầu đoàn công tác")
    press = False
    pending = []  # speeches in the sentences before any event is named: (person id, Cue, evidence)
    accused = _accused(readings, person_refs)
    flashback = False  # the story has gone back to years past ("Năm 1941, ...") since the event last named
    now = _present_year(readings, published)
    opened, para = False, None  # a quotation opened in an earlier sentence of the paragraph and still open
    for r, refs in zip(readings, person_refs):
        toks = r.tokens
        if _RELATED.search(r.sentence.text):
            # "Giáo sư A trả lời trực tuyến về dịch cúm (30/01/2004)": the headline of a related article listed
            # after the text, no part of the story
            continue
        if r.sentence.paragraph != para:
            opened, para = False, r.sentence.paragraph
        past = _flashback(toks, now)
        flashback = flashback or past
        starts = {pm.item.start for pm, _ in refs}
        # (a sentence that names no one gives no one a role: its organisations are not looked up)
        bodies = {it.start: it.end for it in r.items if it.kind == "org"} if refs else {}
        roles: list[list] = []
        before = []
        for pm, person in refs:
            if _quoted(toks, pm.item.start, opened):
                roles.append([])  # a person named inside someone else's quote plays no role
                before.append(None)
                continue
            role_b = _role_before(toks, pm.item.start, r.items)
            after = _roles_after(toks, pm.end, starts, bodies, _introduced_by_do(toks, pm.item.start, r.items))
            if after and _bracketed(toks, pm.item.start, pm.end):
                after = []  # "Dũng (bạn của ông A) nói rằng": the person named inside brackets does not speak
            if not after and (inside := _cue_in_posts(toks, pm)) is not None:
                after = [inside]
            if role_b is not None and role_b.value == "presenter":
                # "Báo cáo của tổng giám đốc A cho rằng ...": what the report says is the presentation
                after = [c for c in after if not (c.value == "speaker" and c.needs_event)]
            roles.append(after + ([role_b] if role_b and role_b not in after else []))
            before.append(role_b)
        if refs:  # the cues give roles to the persons named: none where the sentence names no one
            for k, (pm, _) in enumerate(refs):
                if not roles[k] and not _bracketed(toks, pm.item.start, pm.end):
                    said = _attributed_speech(toks, pm, starts, r.items)
                    if said is not None:
                        roles[k] = [said]  # "“...” - bà A, Chủ nhiệm X, phát biểu như trên tại buổi làm việc"
                    elif (refs[k][1].get("posts") or refs[k][1].get("rank")) and _colon_speech(toks, pm.end):
                        # "Bà A dứt khoát: Chỉ cần ...", "chủ tọa A liền phân tích: “...”" (an official's words: a
                        # witness's "năn nỉ: ..." in the story of a case is no speech at an event)
                        roles[k] = [_SAID]
            for at, cue in _openings(toks, starts):
                k = next(k for k, (pm, _) in enumerate(refs) if pm.item.start == at)
                if cue.value == "presenter":
                    # "Báo cáo với Ban X tại buổi làm việc, ông A cho biết ...": what he says is the report
                    roles[k] = [c for c in roles[k] if not (c.value == "speaker" and c.needs_event)]
                if cue not in roles[k]:
                    roles[k].append(cue)
            final = _final_attendance(toks, starts)
            if final is not None:
                # "Chủ tịch nước A; Bộ trưởng B, Đại tướng C đã đến dự.": everyone named before attends
                for k, (pm, _) in enumerate(refs):
                    if pm.item.start < final[0] and not roles[k]:
                        roles[k] = [final[1]]
            if _answers(toks, refs[0][0]):
                roles[0] = roles[0] or [_ANSWER]  # "- Ông A (Giám đốc X): ...": an answer at a press conference
            listed = _attendance_list(toks) or _colon_list(toks)
            if listed and not _list_follows(toks, listed[0], starts, r.items):
                listed = None  # "Chủ tọa phiên tòa có công bố ..., khi anh A ...": "có" is a verb here, no list follows
            if listed:
                for k, (pm, _) in enumerate(refs):
                    if pm.item.start >= listed[0] and not roles[k]:
                        roles[k] = [listed[1]]
            if r.sentence.text.rstrip(" ”\"')").endswith("?") and not any(t.text == ":" for t in toks):
                # "Ông A nói gì?": a question about speech reports none ("A đặt vấn đề: Tại sao ...?" does)
                roles = [[c for c in rs if not c.needs_event] for rs in roles]
            if any(not _quoted(toks, i, opened) for i, _, _ in interview_cues().find(toks)):
                # (inside a quotation, "cho chúng tôi biết" is the speaker's "us", not the reporter's)
                # "Trao đổi với Tuổi Trẻ, ông X cho biết": talking to the press is no event role
                roles = [[c for c in rs if c.value != "speaker"] for rs in roles]
            for k in range(1, len(refs)):
                # "dưới sự chủ trì của A, B và C": a role written before a list goes to all of it
                if not roles[k] and before[k - 1] and _joined(toks, refs[k - 1][0], refs[k][0], r.items):
                    before[k] = before[k - 1]
                    roles[k] = [before[k]]
            for k in range(len(refs) - 2, -1, -1):
                # "X và Y chủ trì": a person joined to the next one shares its role
                if not roles[k] and roles[k + 1] and _joined(toks, refs[k][0], refs[k + 1][0], r.items):
                    roles[k] = list(roles[k + 1])
        strong = any(not c.needs_event for rs in roles for c in rs)  # "cho biết" alone makes no visit
        found = list(event_kinds().find(toks))
        here = None
        if any(cue.value == "-" for _, _, cue in found):
            # "bữa cơm ... với sự có mặt của A, B": a meal is a private occasion, no event; those present there play
            # no role (neither at an event named earlier)
            found = []
            roles = [[] for _ in roles]
        for i, end, cue in found:
            if cue.value in _WEAK_KINDS and not strong and not _subject_before(toks, i, refs) \
                    and not (cue.value == "Kiểm tra" and any(t.low == "buổi" for t in toks[max(0, i - 4):i])) \
                    and not (toks[i].low in ("buổi", "cuộc", "chuyến") and (i and toks[i - 1].low in ("tại", "trong")
                                                                          or any(roles))):
                # ("Chốt lại buổi làm việc, Chủ tịch A cho rằng ...": the noun names the session where A speaks)
                continue  # ("trong buổi đi thực tế kiểm tra ...", "tại buổi làm việc": an occasion, an event)
            if cue.value == "Đoàn công tác" and not strong and _sent(toks, i):
                continue  # "Hội X cử ngay đoàn công tác vào tỉnh Y": a delegation sent, no scene for later speakers
            if end < len(toks) and toks[end].low == "nào":
                continue  # "chưa tham gia cuộc họp nào": no meeting
            if any(pm.item.start <= i < pm.item.end for pm, _ in refs):
                continue  # "anh Lễ cho biết": a person's name, no ceremony
            if _announced(toks, i, starts):
                continue  # "Ông A cho biết Đại hội X sẽ được tiến hành tại Hà Nội": an event still to come, said
            if _instead(toks, i) or _denied(toks, i):
                # "lùi thời hạn trình Quốc hội vào đầu năm 2005 thay vì kỳ họp cuối năm nay", "tôi chưa có điều kiện
                # họp thường vụ", "việc có cuộc gặp gỡ ở khách sạn như thế thì ...": no session held, none told of
                continue
            if _referred(toks, i):
                continue  # "Ban thẩm tra tư cách đại biểu Đại hội Đảng", "Tuyên bố chung của Hội nghị X": no scene
            if _quoted(toks, i, opened):
                continue  # "Bà A nói: “... trừ khi anh B tiếp chuyện lãnh đạo ...”": an occasion a speaker talks of
            if _venue(toks, i):
                continue  # "tầng hầm Trung tâm Hội nghị Quốc tế": the name of a building, no conference
            ev = events.get(cue.value)
            if cue.extra == "joins" and last is not None:
                # "Sau khi nghe báo cáo của các bộ, Phó Thủ tướng A lưu ý": a verb naming a sitting in the story of
                # a meeting already named is that meeting, no new one
                ev = last
            if ev is None:
                ev = _new_event(cue.value, r, i, toks, published, reg, len(events) + 1)
                events[cue.value] = ev
                order.append(ev)
            here = here or ev
            here_at = i
            break
        if here is None and last is None and any(c is _PRESIDING for rs in roles for c in rs):
            # "Đến đây, chủ tọa A liền phân tích ..." in the story of a trial that names no "phiên tòa": the presiding
            # judge makes the trial an event
            here = last = {"id": f"e{len(events) + 1}", "kind": "Phiên tòa", "name": None, "organizer": None,
                           "date": None, "date_text": None, "participants": []}
            events["Phiên tòa"] = here
            order.append(here)
            here_at = 0
        target = here or last
        if here is not None and last is None and pending and _back_reference(toks, here_at):
            # "Theo ông A, Phó giám đốc Sở X, ... Ông A cho biết ... Chốt lại buổi làm việc, Chủ tịch B ...": the
            # speeches before the first event word were made there
            for person_id, c, span in pending:
                if not any(p["person"] == person_id and p["role"] == c.value for p in here["participants"]):
                    here["participants"].append({"person": person_id, "role": c.value, "evidence": span})
                    here.setdefault("evidence", span)
        if target is None and not found:
            pending.extend((person["id"], c, reg.span(r.sentence)) for (_, person), cues in zip(refs, roles)
                           if person["id"] not in accused for c in cues
                           if c.value == "speaker" and c.needs_event and c is not _ANSWER and not c.here)
        if target is not None:
            dated = here is None and refs and _own_day(r.sentence.text, target, published)
            for (pm, person), cues in zip(refs, roles):
                if person["id"] in accused:
                    continue
                for c in cues:
                    if c.here and here is None:
                        continue  # "tình cờ chứng kiến những hành vi nhũng nhiễu": no event witnessed
                    if c is _ANSWER and not any(e["kind"] in _QA_KINDS for e in order):
                        continue  # "- Ông A: Tỉnh ủy đã rút kinh nghiệm ...": an interview, no press conference
                    if press and here is None and c.needs_event:
                        continue
                    if dated and here is None and c.needs_event:
                        continue  # "Hôm qua (22-4), Tổng giám đốc A cho biết ...": a day of its own, not the event's
                    if here is None and target["kind"] in _TOLD_APART and c.phrase in _TOLD:
                        continue  # "Phiên tòa được mở ngày 16/12. ... Thượng tá A cho biết, ...": told to the press
                    if here is None and c.needs_event and target["kind"] in _NO_ACCOUNTING \
                            and _accounting(toks, pm, c):
                        continue  # "Ông A giải trình là tiền của người nhà ...": accounting for oneself to the
                        # authorities, not a speech at the delegation's trip or the ceremony named before
                    if flashback and here is None and c.needs_event:
                        continue  # "Năm 1941, ... Ông A hỏi ...": a speech of years past, not at the event named before  # "Trả lời báo chí sau cuộc họp, ông A cho biết ... Ông B cho biết ...": press talk
                    seen = any(p["person"] == person["id"] and p["role"] == c.value for p in target["participants"])
                    if not seen:
                        target["participants"].append({"person": person["id"], "role": c.value,
                                                       "evidence": reg.span(r.sentence)})
                        target.setdefault("evidence", reg.span(r.sentence))
        if here is not None:
            # ("Năm 1948, Thái tử A tổ chức lễ mừng thọ ...": an event of years past is no scene for what is said next)
            last, flashback = here, past
            press = any(not _quoted(toks, i, opened) for i, _, _ in interview_cues().find(toks)) \
                or any(t.low in ("sẽ", "sắp") for t in toks[max(0, here_at - 5):here_at]) or _reporters(toks, opened) \
                or _as_time(toks, here_at)
        opened = _still_open(toks, opened)
    return [e for e in order if e["participants"]]


# Years before the present that make a sentence a story of the past (more than these: not last year's news)
_PAST = 5
_YEAR = re.compile(r"(?:^|\d[/.-])((?:19|20)\d\d)$")
_YEAR_IN_TEXT = re.compile(r"(?:19|20)\d\d")  # a sentence with no match has no token that _year reads


def _year(t) -> int | None:
    """The year a token writes, alone or ending a date ("1941", "5-3-2004")."""
    m = _YEAR.search(t.text) if t.text[-1:].isdigit() else None
    return int(m.group(1)) if m else None


def _present_year(readings, published: str | None) -> int | None:
    """The year the article is written in: its publication's, else the latest year it writes but as a goal ("đến
    năm 2010", "trước năm 2010")."""
    if published and published[:4].isdigit():
        return int(published[:4])
    # (only the sentences whose text writes a year somewhere are read token by token)
    return max((y for r in readings if _YEAR_IN_TEXT.search(r.sentence.text) for k, t in enumerate(r.tokens)
                if (y := _year(t)) and not any(u.low in _GOAL for u in r.tokens[max(0, k - 2):k])), default=None)


_GOAL = frozenset(["đến", "tới", "trước"])


def _flashback(toks, now: int | None) -> bool:
    """The sentence opens with a year long before the article's ("Năm 1941, ...", "Cuối năm 1990, ..."): it tells of the
    past, until an event is named again. ("Cuối năm 1990, chúng tôi đã ...": a speaker's recollection in the first
    person, in a quotation that may run over paragraphs, keeps to the present scene.)"""
    if now is None:
        return False
    for t in toks[:4]:
        if (y := _year(t)) and y < now - _PAST:
            # (the first person is looked for only here: most sentences open with no year)
            return not any(u.low == "tôi" for u in toks)
        if t.text == ",":
            break
    return False


# Events whose participants speak only in the sentences that name them: at a trial, judges and prosecutors "nói",
# "hỏi", "tuyên"; what someone "cho biết" in a later sentence of a trial story is told to the press
_TOLD_APART = frozenset({"Phiên tòa"})
_TOLD = frozenset({"cho biết"})
# Events where no one accounts for himself ("giải trình": explains his conduct to an inspecting body, a sitting of its
# own): a trip, a delegation, a visit, a ceremony, a workshop, an exercise, a gathering
_NO_ACCOUNTING = frozenset({"Đoàn công tác", "Đoàn đại biểu", "Thăm", "Lễ", "Hội thảo", "Diễn tập", "Gặp mặt"})
# Accounting for oneself: explain one's conduct (to an inspecting body), write a statement (for investigators)
_ACCOUNTING = frozenset({("giải", "trình"), ("tường", "trình")})


def _accounting(toks, pm, cue) -> bool:
    """The person's speech is an account of himself: "ông A giải trình là ...", "Khi giải trình về việc này, ông A
    thừa nhận ...", "A tường trình rằng ..."."""
    if tuple(cue.phrase.split()) in _ACCOUNTING:
        return True
    return any((toks[i].low, toks[i + 1].low) in _ACCOUNTING for i in range(pm.item.start - 1)) \
        or tuple(t.low for t in toks[pm.end:pm.end + 2]) in _ACCOUNTING


# A sentence that opens with a day: "Chiều 12.4, ...", "Hôm qua (22-4), ...", "Ngày 10-11, ..."
_OPENING_DAY = re.compile(r"\s*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm)\s+)?"
                          r"(?:qua\b|nay\b|\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d]))")


def _own_day(text: str, event: dict, published: str | None) -> bool:
    """The sentence opens with a day other than the event's: what it reports was said on another occasion."""
    if not _OPENING_DAY.match(text):
        return False
    iso, written = resolve_date(text, published)
    return written is not None and not (iso and iso == event.get("date")) and written != event.get("date_text")


def _as_time(toks, i: int) -> bool:
    """The event at ``i`` only dates what is told: "sau"/"trước" (khi) stands right before it ("sẽ kỷ luật ông A sau Hội
    nghị Trung ương 15"): what is said later was not said there."""
    j = i - 1 if i and toks[i - 1].low == "khi" else i
    return j > 0 and toks[j - 1].low in ("sau", "trước")


def _back_reference(toks, i: int) -> bool:
    """The event at ``i`` is named as the occasion the story is already at, when it closes: "buổi/cuộc/phiên ..."
    after "Chốt lại", "Kết thúc", "Kết luận", "cuối" ("Chốt lại buổi làm việc, Chủ tịch A cho rằng ...")."""
    if toks[i].low not in ("buổi", "cuộc", "phiên") or i == 0:
        return False
    if toks[i - 1].low == "cuối":
        return True  # "cuối buổi làm việc"
    return i >= 2 and (toks[i - 2].low, toks[i - 1].low) in _CLOSING


# "Chốt lại", "Kết thúc", "Kết luận", "Khép lại" an occasion
_CLOSING = frozenset([("chốt", "lại"), ("kết", "thúc"), ("kết", "luận"), ("khép", "lại"), ("bế", "mạc")])


# Nouns an event's name may qualify ("đại biểu Đại hội", "danh sách dự Đại hội", "Nghị quyết Đại hội"): the event
# is referred to, not the scene of the story.
_REFERRING = frozenset([("đại", "biểu"), ("danh", "sách"), ("nghị", "quyết"), ("văn", "kiện"), ("tuyên", "bố"),
                        ("bố", "chung")])


def _referred(toks, i: int) -> bool:
    j = i
    while j >= 1 and toks[j - 1].low in ("dự", "tham", "đi", "của"):
        j -= 1  # "đại biểu tham dự Đại hội", "danh sách đi dự Đại hội"
    if i >= 3 and toks[i].is_cap and (toks[i - 2].text, toks[i - 1].low) == ("Tổ", "chức"):
        return True  # "thành viên của Tổ chức Diễn đàn Hợp tác Kinh tế châu Á": the name of an organisation
    return j >= 2 and (toks[j - 2].low, toks[j - 1].low) in _REFERRING


# Buildings named after what is held in them ("Trung tâm Hội nghị Quốc gia", "Cung Triển lãm"): a capitalised event
# word right after one of these names the place
_VENUES = frozenset(["trung tâm", "cung", "nhà", "hội trường"])


def _venue(toks, i: int) -> bool:
    if not toks[i].is_cap or i == 0:
        return False
    return toks[i - 1].low in _VENUES or i >= 2 and f"{toks[i - 2].low} {toks[i - 1].low}" in _VENUES


def _instead(toks, i: int) -> bool:
    """The event at ``i`` is the one something was NOT done at: "thay vì" (instead of) stands a few words before it,
    in its clause ("trình Quốc hội vào đầu năm 2005 thay vì kỳ họp cuối năm nay")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if not toks[j].is_word:
            return False
        if toks[j].low == "vì" and j and toks[j - 1].low == "thay":
            return True
    return False


def _denied(toks, i: int) -> bool:
    """The event at ``i`` is denied, only supposed or a habit in its clause: "không"/"chưa"/"chẳng" a few words
    before it ("chưa có điều kiện họp thường vụ", "không có người đến họp"; not "không có mặt trong buổi làm việc", a
    person absent from an event held), "việc có" right before it ("việc có cuộc gặp gỡ ... như thế thì ..."), "từng"
    (ever) or "hằng tháng" (every month) right before it."""
    for j in range(i - 1, max(-1, i - 8), -1):
        t = toks[j]
        if not t.is_word:
            return False
        if t.low in ("không", "chưa", "chẳng"):
            return not any(u.low in ("mặt", "vắng") for u in toks[j + 1:i])
        if t.low == "có" and j and toks[j - 1].low == "việc" and i - j <= 2:
            return True
        if t.low == "từng" and j == i - 1 or t.low in _EVERY and j == i - 2 and toks[j + 1].low in _PERIODS:
            return True  # "Tôi đã từng họp ...", "hằng tháng họp kiểm điểm": a habit or an experience, no scene
    return False


_EVERY = frozenset(["hằng", "hàng", "mỗi"])
_PERIODS = frozenset(["ngày", "tuần", "tháng", "quý", "năm", "kỳ"])


def _announced(toks, i: int, starts) -> bool:
    """The event at ``i`` is one still to come that a person named before speaks of: a speech verb stands between
    them and "sẽ"/"sắp" marks the future ("Ông A cho biết, ông sẽ xin giải trình tại cuộc họp của Đảng ủy", "cho
    biết Đại hội X sẽ được tiến hành ...")."""
    first = min(starts, default=None)
    if first is None or first >= i:
        return False
    for j in range(first, i):
        m = role_cues().match(toks, j)
        if m and m[1].needs_event and m[1].extra == "after":
            if m[0] < i and all(t.low in ("tại", "trong", "ở") or not t.is_word for t in toks[m[0]:i]):
                return False  # "cho biết tại hội nghị rằng ngành sẽ ...": said at the event
            return any(t.low in ("sẽ", "sắp") for t in toks[m[0]:i + 6])
    return False


def _reporters(toks, opened: bool = False) -> bool:
    """"chúng tôi" outside a quotation: the reporters take part ("Tiếp chúng tôi có ông A ..."), so what is said
    after is said to the press."""
    return any(t.low == "chúng" and k + 1 < len(toks) and toks[k + 1].low == "tôi" and not _quoted(toks, k, opened)
               for k, t in enumerate(toks))


def _sent(toks, i: int) -> bool:
    """"cử ngay một đoàn công tác", "thành lập tổ công tác": the delegation is what is sent or set up."""
    j = i
    while j > 0 and toks[j - 1].low in _SENT_GLUE:
        j -= 1
    return j > 0 and (toks[j - 1].low in _SENT or j > 1 and f"{toks[j - 2].low} {toks[j - 1].low}" in _SENT)


def _subject_before(toks, i: int, refs) -> bool:
    """"Phó Chủ tịch A đã làm việc với ...": a person right before a working-visit word makes it one."""
    for pm, _ in refs:
        # ("Phó Chủ tịch A cũng đã trực tiếp đến kiểm tra", "đã đi kiểm tra")
        # ("A và B cùng làm việc với ...", "A đã có buổi làm việc với ...")
        if pm.end <= i and all(t.low in _GLUE or t.low in ("đi", "cùng", "có") or t.text == "," for t in toks[pm.end:i]) \
                and i - pm.end <= 5:
            return True
    return False


def _new_event(kind: str, r, i: int, toks, published, reg, n: int) -> dict:
    j = i
    while j < len(toks) and j - i < 25 and toks[j].text not in ",.:;(\"“" and \
            not (j > i and toks[j].low in _NAME_STOP):
        j += 1
    name = r.sentence.text[toks[i].start:toks[j - 1].end] if j > i else None
    iso, written = resolve_date(r.sentence.text, published)
    organizer = None
    if i >= 2 and toks[i - 2].low == "tổ" and toks[i - 1].low == "chức":
        for it in r.items:
            if it.kind == "org" and it.end <= i - 2 and it.end >= i - 4:
                organizer = it.text
    return {"id": f"e{n}", "kind": kind, "name": name, "organizer": organizer, "date": iso,
            "date_text": written, "participants": []}
