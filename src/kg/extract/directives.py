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

from kg import lexicons
from kg.extract.cues import directive_verbs, document_kinds, task_verbs
from kg.extract.mentions import org_end
from kg.extract.tokens import tokenize

_GLUE = frozenset(["đã", "cũng", "vừa", "còn", "thì", "sẽ", "là", "người", "đồng", "thời", "khi", "lại", "tiếp", "tục", "đặc", "biệt",
                   "trực", "tiếp", "phát", "biểu", "có", "điện", "công", "văn", "bản"])
_PERIOD = re.compile(
    r"^(?:trong\s+)?(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|năm\s+\d{4}|thời\s+gian\s+tới"
    r"|quý\s+[IV]+(?:\s+năm\s+\d{4})?|từ\s+nay\s+đến\s+cuối\s+năm(?:\s+\d{4})?)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\s*(?:số\s+)?(\d+[\w/.-]*(?:\s+[A-ZĐ]{1,6}/[A-ZĐ0-9-]+)?)")
_MODAL = frozenset({"cần", "phải"})


def _starts_task(tokens, i) -> bool:
    return task_verbs().match(tokens, i) is not None


def _issuer(r, ends, i, reg, history):
    """The issuer right before the verb at token ``i``: a person, else an organisation.

    ``ends`` maps a token index to the persons and organisations that end there, so only
    the few tokens before the verb are looked at (a long sentence stays linear).
    """
    toks = r.tokens
    for e in range(i, max(-1, i - 7), -1):
        gap = toks[e:i]
        if not all(t.text in ",)" or t.low in _GLUE or t.low in ("chỉ", "đạo") for t in gap):
            break
        people = [ref for kind, ref in ends.get(e, ()) if kind == "person"]
        if people:
            return people[-1]["id"]
    for e in range(i, max(-1, i - 3), -1):
        if not all(t.low in _GLUE for t in toks[e:i]):
            break
        orgs = [ref for kind, ref in ends.get(e, ()) if kind == "org"]
        if orgs:
            return reg.org(orgs[-1].text)["id"]
    # "Ông cũng yêu cầu ...": the person last named in full
    j = i - 1
    while j >= 0 and toks[j].low in _GLUE:
        j -= 1
    if j >= 0 and toks[j].low in ("ông", "bà") and (j == 0 or toks[j - 1].text in ",.:") and history:
        return history[-1]["id"]
    return None


def _loose(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).casefold().split())


def _period(text: str) -> tuple[str | None, int]:
    m = _PERIOD.match(text)
    return (m.group(0).strip(), m.end()) if m else (None, 0)


def split_tasks(text: str) -> list[str]:
    """One string per instruction (see the module docstring).

    >>> split_tasks("Nâng cao các cuộc kiểm tra, giám sát; chủ động nắm tình hình, kịp thời phát hiện.")
    ['Nâng cao các cuộc kiểm tra, giám sát', 'chủ động nắm tình hình, kịp thời phát hiện']
    """
    text = text.strip().rstrip(".;:!…").strip()
    parts: list[str] = []
    for chunk in text.split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        toks = tokenize(chunk)
        if parts and not (toks and (_starts_task(toks, 0) or any(t.low in _MODAL for t in toks[:4]))):
            parts[-1] = parts[-1] + "; " + chunk
            continue
        parts.extend(_split_commas(chunk))
    return [p for p in parts if len(p.split()) >= 2]


def _split_commas(chunk: str) -> list[str]:
    pieces = chunk.split(", ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        toks = tokenize(piece)
        m = task_verbs().match(toks, 0) if toks else None
        if m and m[1].value == "yes" and len(out[-1].split()) >= 5 and len(piece.split()) >= 5:
            out.append(piece)
        else:
            out[-1] = out[-1] + ", " + piece
    return out


def _document(r, start: int):
    toks = r.tokens
    for i in range(start, min(start + 3, len(toks))):
        m = document_kinds().match(toks, i)
        if m and not toks[i].is_cap and m[1].extra != "yes":
            continue  # in lower case "ký kết luận", "ra lệnh" are no signed documents; "ra quyết định" is
        if m and (toks[i].is_cap or toks[start - 1].low in ("ký", "ban", "hành", "có", "ra")):
            rest = r.sentence.text[toks[m[0] - 1].end:] if m[0] <= len(toks) else ""
            num = _NUMBER.match(rest)
            number = num.group(1) if num else None
            after = rest[num.end():] if num else rest
            title = None
            tm = re.match(r"\s*(?:của [^,]*?)?\s*về\s+(?:việc\s+)?[\"“]?([^\"”.;]+)", after)
            if tm:
                title = tm.group(1).strip()
            return {"kind": m[1].value, "number": number, "title": title}, m[0]
    return None, start


def _document_before(r, verb_at: int) -> dict | None:
    """The document named earlier in the sentence that a "do X ký" signs."""
    toks = r.tokens
    for i in range(verb_at - 1, -1, -1):
        if toks[i].low == "do":
            for j in range(i - 1, max(-1, i - 15), -1):
                doc, _ = _document(r, j)
                if doc is not None:
                    return doc
            return None
    return None


def read_directives(readings, person_refs, reg, events) -> list[dict]:
    directives: dict[tuple, dict] = {}
    history: list[dict] = []
    for idx, (r, refs) in enumerate(zip(readings, person_refs)):
        toks = r.tokens
        ends: dict[int, list] = {}
        for pm, person in refs:
            ends.setdefault(pm.end, []).append(("person", person))
        for it in r.items:
            if it.kind == "org":
                ends.setdefault(it.end, []).append(("org", it))
        for i, end, verb in directive_verbs().find(toks):
            issuer = _issuer(r, ends, i, reg, history)
            if issuer is None:
                continue
            document = None
            if verb.value == "document":
                document, end = _document(r, end)
                if document is None and verb.phrase == "ký":
                    document = _document_before(r, i)  # "công văn số 8869 ... do X ký"
                if document is None:
                    continue
            rest_start = toks[end].start if end < len(toks) else len(r.sentence.text)
            rest = r.sentence.text[rest_start:]
            stripped = rest.lstrip(" ,:“”\"'‘’")
            period, cut = _period(stripped)
            if period:
                stripped = stripped[cut:].lstrip(" ,:“”\"'‘’")
            addressees, task_text = _addressees_and_task(stripped, r, reg)
            if verb.value == "weak":
                tt = tokenize(task_text)
                later = [t.low for r2 in readings[idx + 1:idx + 4] if r2.sentence.paragraph == r.sentence.paragraph
                         for t in r2.tokens[:8]]
                if not (addressees or any(t.low in _MODAL for t in tt) or _MODAL & set(later)):
                    continue
            dkey = (issuer, document["kind"], document["number"]) if document else (issuer,)
            d = directives.get(dkey)
            if d is None:
                d = {"id": f"d{len(directives) + 1}", "issuer": issuer, "verb": verb.phrase,
                     "addressees": [], "event": None, "document": document, "period": None,
                     "tasks": [], "evidence": reg.span(r.sentence)}
                directives[dkey] = d
            elif verb.value == "strong" and d["verb"] in ("nêu rõ", "chỉ rõ", "nhấn mạnh"):
                d["verb"] = verb.phrase
            d["period"] = d["period"] or period
            for a in addressees:
                if _loose(a) not in {_loose(x) for x in d["addressees"]}:
                    d["addressees"].append(a)
            if document is None or len(task_text.split()) > 3:
                d["tasks"].extend(split_tasks(task_text))
            d["tasks"].extend(_follow_ups(readings, idx))
            break
        history.extend(p for _, p in refs)
    out = list(directives.values())
    for d in out:
        for e in events:
            if any(part["person"] == d["issuer"] for part in e["participants"]):
                d["event"] = e["id"]
                break
        d["tasks"] = list(dict.fromkeys(d["tasks"]))
    return out


def _addressees_and_task(text: str, r, reg) -> tuple[list[str], str]:
    """Split what follows the verb into addressees and the task."""
    toks = tokenize(text)
    for q in range(len(toks)):
        if q > 14:
            break
        if _starts_task(toks, q) or toks[q].low in _MODAL:
            if q == 0:
                return [], text
            head = text[:toks[q].start].strip(" ,:")
            if not head or not _looks_like_addressee(head):
                return [], text[toks[q].start:]
            return _split_addressees(head), text[toks[q].start:]
    return [], text


_ADDRESSEE_STARTS = frozenset(lexicons.column("addressee_starts", "word"))
_PRONOUNS = frozenset({"tôi", "chúng", "ông", "bà", "anh", "chị", "nếu", "dù", "để", "khi", "vì"})


def _looks_like_addressee(head: str) -> bool:
    """Who must act: "các cơ quan, đơn vị", "Bộ Tài chính", "lãnh đạo các tỉnh" — not a clause."""
    toks = tokenize(head)
    if not toks or len(toks) > 14 or toks[0].low in _PRONOUNS:
        return False
    return toks[0].low in _ADDRESSEE_STARTS or toks[0].is_cap


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
            return [head]
        i += 1
    return orgs or [head]


def _follow_ups(readings, idx: int) -> list[str]:
    """Subject-less sentences after the directive, in its paragraph, that start with a task verb."""
    out: list[str] = []
    para = readings[idx].sentence.paragraph
    for r in readings[idx + 1:]:
        if r.sentence.paragraph != para or not r.tokens:
            break
        if not (_starts_task(r.tokens, 0) or any(t.low in _MODAL for t in r.tokens[:6])):
            break
        out.extend(split_tasks(r.sentence.text))
    return out
