"""Score extraction results against gold annotations, per fact type.

The fact definitions and the table are those of ``shared/tools/score.py`` (the project is
scored with it), kept here so an installed ``kg eval`` needs nothing outside the package:
every fact is a tuple of normalised strings (NFC, tone mark at the end of its word, case
folded, punctuation read as a space), compared as sets per article and summed (micro).

>>> gold = {"a": {"persons": [{"id": "p1", "name": "Đỗ Văn Thiện", "rank": "Trung tướng"}]}}
>>> pred = {"a": {"persons": [{"id": "x", "name": "ĐỖ VĂN THIỆN", "rank": None}]}}
>>> t = score(gold, pred)
>>> t["persons"]["f1"], t["ranks"]["recall"]
(1.0, 0.0)
"""

from __future__ import annotations

import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
KINDS = ("persons", "ranks", "posts", "posts_org", "posts_status", "posts_noncurrent", "organizations",
         "org_parents", "event_roles", "directives", "addressees", "documents", "authors")


def key(text) -> str:
    if text is None:
        return ""
    text = "".join(" " if unicodedata.category(c).startswith("P") else c
                   for c in unicodedata.normalize("NFD", str(text)))
    words = []
    for word in text.split():
        tones = [c for c in word if c in TONES]
        base = "".join(c for c in word if c not in TONES)
        words.append(unicodedata.normalize("NFC", base + "".join(tones)).casefold())
    return " ".join(words)


def post_key(title, org) -> str:
    t, o = key(title).split(), key(org).split()
    while t and o and t[-1] == o[0]:
        o = o[1:]
    return " ".join(t + o)


def facts(doc: dict, with_text: bool = False):
    """The comparable facts of one extraction result, and its (issuer, task words) list.

    With ``with_text`` also the (issuer, task text) list, in the same order."""
    persons = {p["id"]: p for p in doc.get("persons", [])}
    orgs = {o["id"]: o for o in doc.get("organizations", [])}

    def name(ref):
        if ref in persons:
            return key(persons[ref]["name"])
        return key(orgs[ref]["name"]) if ref in orgs else key(ref)

    out = {k: set() for k in KINDS}
    for p in persons.values():
        n = key(p["name"])
        out["persons"].add((n,))
        if p.get("rank"):
            out["ranks"].add((n, key(p["rank"])))
        for post in p.get("posts", []):
            full = post_key(post["title"], post.get("org"))
            status = post.get("status") or "current"
            out["posts"].add((n, key(post["title"])))
            if post.get("org"):
                out["posts_org"].add((n, full))
            out["posts_status"].add((n, full, status))
            if status != "current":
                out["posts_noncurrent"].add((n, full, status))
    for o in orgs.values():
        out["organizations"].add((key(o["name"]),))
        if o.get("parent"):
            out["org_parents"].add((key(o["name"]), key(o["parent"])))
    for e in doc.get("events", []):
        for part in e.get("participants", []):
            out["event_roles"].add((name(part["person"]), part["role"]))
    tasks, texts = [], []
    for d in doc.get("directives", []):
        issuer = name(d["issuer"])
        out["directives"].add((issuer,))
        for a in d.get("addressees", []):
            out["addressees"].add((issuer, name(a)))
        document = d.get("document") or {}
        if document.get("kind"):
            out["documents"].add((issuer, key(document["kind"]), key(document.get("number"))))
        tasks += [(issuer, set(key(t).split())) for t in d.get("tasks", [])]
        texts += [(issuer, t) for t in d.get("tasks", [])]
    for a in doc.get("article", {}).get("authors", []):
        out["authors"].add((key(a),))
    if with_text:
        return out, tasks, texts
    return out, tasks


def task_matches(gold_tasks, pred_tasks) -> int:
    return len(task_pairs(gold_tasks, pred_tasks))


def task_pairs(gold_tasks, pred_tasks) -> dict[int, int]:
    """The scorer's one-to-one task matching: {gold task index: predicted task index}."""
    used, pairs = set(), {}
    for gi, (issuer, gw) in enumerate(gold_tasks):
        best, best_i = 0.0, None
        for i, (pissuer, pw) in enumerate(pred_tasks):
            if i in used or pissuer != issuer or not gw or not pw:
                continue
            common = len(gw & pw)
            if common / len(gw) >= 0.6 and common / len(pw) >= 0.5:
                s = common / len(gw | pw)
                if s > best:
                    best, best_i = s, i
        if best_i is not None:
            used.add(best_i)
            pairs[gi] = best_i
    return pairs


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, dict]:
    """Micro precision, recall and F1 per fact type over the gold articles."""
    counts = {kind: [0, 0, 0] for kind in KINDS + ("tasks",)}
    for article, gdoc in gold.items():
        gf, gt = facts(gdoc)
        pf, pt = facts(pred.get(article, {}))
        for kind in KINDS:
            c = counts[kind]
            c[0] += len(gf[kind] & pf[kind])
            c[1] += len(pf[kind])
            c[2] += len(gf[kind])
        c = counts["tasks"]
        c[0] += task_matches(gt, pt)
        c[1] += len(pt)
        c[2] += len(gt)
    table = {}
    for kind, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else (1.0 if not ngold else 0.0)
        r = tp / ngold if ngold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[kind] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                       "tp": tp, "predicted": npred, "gold": ngold}
    return table


def differences(gold: dict[str, dict], pred: dict[str, dict], kinds) -> list[tuple[str, str, str, tuple]]:
    """(article, kind, "missed" or "extra", fact) for each fact the extraction got wrong.

    Kind "tasks" compares tasks as the scorer does (word overlap, same issuer); its facts are
    (issuer, task text).

    >>> g = {"a": {"persons": [{"id": "p1", "name": "Lê Văn A", "posts": []}]}}
    >>> differences(g, {"a": {"persons": []}}, ["persons"])
    [('a', 'persons', 'missed', ('lê văn a',))]
    """
    out = []
    for article, gdoc in sorted(gold.items()):
        gf, gt, gtext = facts(gdoc, with_text=True)
        pf, pt, ptext = facts(pred.get(article, {}), with_text=True)
        for kind in kinds:
            if kind == "tasks":
                pairs = task_pairs(gt, pt)
                matched = set(pairs.values())
                out += [(article, kind, "missed", gtext[i]) for i in range(len(gt)) if i not in pairs]
                out += [(article, kind, "extra", ptext[i]) for i in range(len(pt)) if i not in matched]
                continue
            out += [(article, kind, "missed", f) for f in sorted(gf[kind] - pf[kind])]
            out += [(article, kind, "extra", f) for f in sorted(pf[kind] - gf[kind])]
    return out


def format_table(table: dict[str, dict]) -> str:
    lines = [f"{'fact':<18}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'gold':>7}"]
    for kind, s in table.items():
        lines.append(f"{kind:<18}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                     f"{s['tp']:>7}{s['predicted']:>7}{s['gold']:>7}")
    return "\n".join(lines)
