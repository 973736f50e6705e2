"""Persons with their rank, honorifics and posts, read from the mentions of a sentence.

The rules follow the constructions of ``shared/notes/language.md``: rank, name, then
posts (separated by commas, dashes or nothing); posts first, then rank and name; a
shared post over a list of people; ``nguyên``/``Quyền`` status markers; the final
organisation of a list applied to the earlier posts that have none.

>>> from kg.extract.mentions import sentence_items
>>> s = "Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy, Chính ủy Tổng cục Hậu cần chủ trì hội nghị."
>>> [(p.name, p.rank, [(x.title, x.org) for x in p.posts]) for p in read_people(sentence_items(s))]
[('Đỗ Văn Thiện', 'Trung tướng', [('Bí thư Đảng ủy', 'Tổng cục Hậu cần'), ('Chính ủy', 'Tổng cục Hậu cần')])]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import lexicons
from kg.extract.mentions import Item, lex

# Words that keep a person's post list open ("X, đồng thời là Y", "X kiêm Y").
_LIST_GLUE = frozenset({"kiêm", "là", "và", "đồng", "thời", "hiện", "nay", "đã", "vừa", "chính", "thức", "vào",
                        "người", "bị", "mới"})  # "X - người vừa bị bãi nhiệm Chủ tịch HĐQT"
# Words before a capitalised run that make it a place or a thing, not a person ("đường Lý Tự
# Trọng", "báo Tuổi Trẻ"): lexicons/non_person_before.tsv.
_PLACE_BEFORE = frozenset(lexicons.column("non_person_before", "word"))
# The kinds of items that change nothing while nothing is pending (see read_people; a test
# empties it to compare the shortcut with the rules).
_NO_OP_WHEN_IDLE = frozenset({"word"})


@dataclass
class PostMention:
    title: str
    org: str | None
    status: str = "current"
    complete: bool = False
    backref: bool = False


@dataclass
class PersonMention:
    name: str
    short: bool  # a given name alone ("ông Dũng"): a reference to a person named in full
    item: Item
    rank: str | None = None
    honorifics: list[str] = field(default_factory=list)
    posts: list[PostMention] = field(default_factory=list)
    end: int = 0  # token index where the person's post list ends
    licensed: bool = False  # introduced by a rank, post, cue or honorific
    by_title: bool = False  # a title alone standing for its holder ("Thủ tướng yêu cầu ...")


def title_references(items: list[Item]) -> list[PersonMention]:
    """Titles used alone as the subject of a clause ("Thủ tướng yêu cầu", "Phó Thủ tướng cũng chỉ đạo").

    Such a title stands for the person of the article who holds it; the caller resolves it.
    """
    out = []
    for k, it in enumerate(items):
        if it.kind != "post":
            continue
        prev = items[k - 1] if k else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is None or nxt.kind not in ("word",) or nxt.start != it.end:
            continue
        if prev is not None and not (prev.kind == "sep" and prev.value in ",:;(") and prev.kind != "marker":
            continue
        out.append(PersonMention(it.title or it.text, True, it, end=it.end, by_title=True))
    return out


def read_people(items: list[Item]) -> list[PersonMention]:
    """Person mentions of one sentence, with the rank and posts the sentence gives them."""
    people: list[PersonMention] = []
    pending_posts: list[PostMention] = []
    shared: list[PostMention] = []
    rank = None
    honorifics: list[str] = []
    cue = False
    status = "current"
    current: PersonMention | None = None
    depth = 0  # inside parentheses
    group: list[PersonMention] = []  # the people named together as one subject ("Ông A, B và bà C")
    group_open = False
    appointees: list[PersonMention] = []  # the subject of "được bầu làm", "giữ chức" before the post
    place_list = False  # inside a list of streets or places

    def close():
        nonlocal current
        if current is not None:
            _inherit_org(current.posts)
        current = None

    for k, it in enumerate(items):
        if it.kind in _NO_OP_WHEN_IDLE and current is None and status == "current" and rank is None \
                and not (depth or pending_posts or honorifics or cue or group_open):
            # Most items are plain words read while no person, post, rank, cue, status or open
            # list is pending: the rules below then leave everything as it is (they reset what is
            # already reset), so such a word is skipped at once. A new rule for plain words
            # must come before this one (tests/test_speed.py checks the shortcut on the corpus).
            continue
        if depth and not (it.kind == "sep" and it.value == ")"):
            # an apposition to the person just named: "(52 tuổi)", "(thiếu tá ...)"
            if it.kind == "sep" and it.value == "(":
                depth += 1
            elif it.kind == "rank" and current is not None and current.rank is None:
                current.rank = it.value
            elif it.kind == "marker":
                status = it.value
                if it.extra.get("supersedes") and current is not None:
                    _supersede(current.posts)
            elif it.kind == "post" and current is not None:
                current.posts.append(_carry_unit(current.posts, PostMention(
                    it.title, it.org, it.value or status, it.complete,
                    bool(it.org_item and it.org_item.extra.get("backref")))))
            continue
        if it.kind == "rank" and it.extra.get("change") and k and items[k - 1].value == "(":
            if current is not None and current.rank is None:
                current.rank = it.value
            continue
        if it.kind == "rank" and it.extra.get("change"):
            if people:
                people[-1].rank = it.value
            continue
        if it.kind == "sep":
            v = it.value
            if v == "(" and current is not None:
                depth += 1
            elif v == ")":
                depth = max(0, depth - 1)
            elif v in ".;!?":
                close()
                pending_posts, shared, rank, honorifics, cue, status = [], [], None, [], False, "current"
                group, group_open, appointees = [], False, []
            elif v == ":" and pending_posts and current is None:
                shared = pending_posts
                pending_posts = []
            if v not in ",-–":
                group_open = False
            if current is not None:
                current.end = it.end
            continue
        if it.kind == "marker":
            status = it.value
            if it.extra.get("supersedes") and current is not None:
                _supersede(current.posts)
            before = k - 1
            while before > 0 and items[before].kind == "word" and items[before].text.casefold() in _LIST_GLUE:
                before -= 1
            if it.extra.get("after_subject") and current is not None and items[before] is current.item:
                current.licensed = True  # "Sataya Nadella được bổ nhiệm làm CEO": a person, named
            if it.extra.get("after_subject") and group and (current is None or len(group) > 1
                                                             and current is group[-1]):
                # "Ông A, B và bà C tiếp tục được bầu làm Phó bí thư": the posts that follow are theirs
                close()
                appointees = list(group)
            continue
        if it.kind == "post":
            post = PostMention(it.title, it.org, it.value or status, it.complete,
                               bool(it.org_item and it.org_item.extra.get("backref")))
            nxt = items[k + 1] if k + 1 < len(items) else None
            if current is not None and nxt is not None and nxt.kind in ("name", "rank") and nxt.start == it.end:
                # "X và Phó Thủ tướng Y": a post written right before a name is that name's
                close()
            if current is not None:
                current.posts.append(_carry_unit(current.posts, post) if status == "current" else post)
                current.end = it.end
            elif appointees and (nxt is None or nxt.kind not in ("name", "rank", "cue", "short")):
                for person in appointees:
                    person.posts.append(_copy(post))
            else:
                pending_posts.append(post)
            continue
        if it.kind == "org" and current is not None and current.posts and _follows(items, k, current):
            # "Chánh văn phòng Cơ quan Cảnh sát điều tra, Công an tỉnh An Giang"
            last = current.posts[-1]
            if last.org and it.text != last.org:
                it.extra["child"] = last.org
            elif not last.org:
                last.org = it.text
            current.end = it.end
            continue
        if it.kind == "rank" and current is not None and current.rank is None and k + 1 < len(items) \
                and items[k + 1].kind in ("sep", "post", "marker") and items[k - 1].kind in ("sep", "marker"):
            # "Trần Ngọc Hải - nguyên thiếu tá, Đội trưởng Đội CSĐT": the rank of the person just named
            current.rank = it.value
            current.end = it.end
            continue
        if it.kind == "rank":
            close()
            rank = it.value
            status = "current" if status == "current" else status
            continue
        if it.kind == "honorific":
            honorifics.append(it.value)
            continue
        if it.kind == "cue":
            close()
            cue = True
            continue
        if it.kind in ("name", "short"):
            prev = items[k - 1] if k else None
            if it.kind == "name" and prev is not None and (prev.kind in ("word", "short") and (
                    prev.text.casefold() in _PLACE_BEFORE or prev.text[0].isdigit())
                    or place_list and prev.kind == "sep" and prev.value in ",-–"
                    or place_list and prev.text.casefold() == "và"):
                # "đường Lý Tự Trọng"; and the rest of a list of streets ("các tuyến đường
                # Quang Trung, Nguyễn Kiệm, Phan Đình Phùng")
                close()
                place_list = True
                continue
            place_list = False
            close()
            licensed = bool(rank or cue or honorifics or pending_posts or shared)
            person = PersonMention(it.text, it.kind == "short", it, rank=rank, honorifics=list(honorifics),
                                   posts=[*(_copy(p) for p in shared), *pending_posts], end=it.end,
                                   licensed=licensed)
            if it.kind == "short" and not licensed:
                rank, honorifics, cue, pending_posts = None, [], False, []
                continue
            people.append(person)
            current = person
            rank, honorifics, cue, pending_posts = None, [], False, []
            group = [*group, person] if group_open else [person]
            group_open, appointees = True, []
            continue
        # any other word
        if current is not None and it.text.casefold() in _LIST_GLUE:
            continue
        if current is not None and current.posts and _term_word(items, k):
            continue  # "Ủy viên Trung ương Đảng khóa XI, nhiệm kỳ 2011-2016, Phó Chủ tịch ..."
        if current is None and pending_posts and it.text.casefold() == "là" and items[k - 1].kind == "post":
            continue  # "Giám đốc Thảo Cầm Viên là ông Nguyễn Quốc Thắng"
        if it.kind == "word" and it.text.casefold() in ("các", "đồng", "chí"):
            continue
        if current is None and pending_posts and it.text.casefold() in ("đối", "với", "kiêm") \
                or current is None and pending_posts and it.text.casefold() == "của" and status != "current":
            # "cách chức Trưởng công an huyện B đối với đại tá X", "Bộ trưởng X kiêm Chủ tịch Y Z",
            # "bãi nhiệm chức Phó tổng giám đốc của bà X"
            continue
        if it.text.casefold() != "và":
            group_open = False
        close()
        pending_posts = [] if it.kind != "place" else pending_posts
        rank, honorifics, cue = None, [], False
        if it.kind == "word":
            status = "current"
    close()
    return people


# Words that date a post ("khóa XI", "nhiệm kỳ 2016 - 2021", "lần thứ X").
_TERM_WORDS = frozenset({"khóa", "khoá", "nhiệm", "kỳ", "lần", "thứ"})


def _term_word(items: list[Item], k: int) -> bool:
    """The word at ``k`` dates the post before it: a term word or the number after one."""
    text = items[k].text.casefold()
    if text in _TERM_WORDS:
        return True
    prev = items[k - 1].text.casefold() if k else ""
    numeral = text.isdigit() or set(text) <= set("ivxlc") or "-" in text and text.replace("-", "").isdigit()
    return numeral and (prev in _TERM_WORDS or prev in ("-", "–") and k >= 2 and items[k - 2].text.isdigit())


def _follows(items: list[Item], k: int, person: PersonMention) -> bool:
    """The organisation at ``k`` directly follows the person's last post (after a comma)."""
    j = k - 1
    while j >= 0 and items[j].kind == "sep" and items[j].value in ",-–":
        j -= 1
    return j >= 0 and items[j].kind in ("post", "org") and items[j].end <= person.end + 1


def _supersede(posts: list[PostMention]) -> None:
    """"X (nay là Y)": the posts named before "nay là" are no longer held."""
    for p in posts:
        if p.status == "current":
            p.status = "former"


def _carry_unit(posts: list[PostMention], post: PostMention) -> PostMention:
    """"Phó cục trưởng Cục Cảnh sát kinh tế (nay là Cục trưởng)": the new title names the same unit."""
    if post.org or not posts or not posts[-1].org or posts[-1].status == "current":
        return post
    units = lex().title_units.get(" ".join(post.title.casefold().split()))
    if not units:
        return post
    org = posts[-1].org.casefold()
    if any(org == u or org.startswith(u + " ") for u in units):
        post.org = posts[-1].org
    return post


def _copy(p: PostMention) -> PostMention:
    return PostMention(p.title, p.org, p.status, p.complete, p.backref)


def _inherit_org(posts: list[PostMention]) -> None:
    """The list's final organisation applies to earlier posts that have none."""
    org = None
    for post in reversed(posts):
        if post.org:
            org = post.org
        elif org and not post.complete:
            post.org = org
