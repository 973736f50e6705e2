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

import re
from dataclasses import dataclass, field

from kg import lexicons
from kg.extract.mentions import Item, lex
from kg.extract.tokens import tokenize

# Words that keep a person's post list open ("X, đồng thời là Y", "X kiêm Y").
_LIST_GLUE = frozenset({"kiêm", "là", "và", "đồng", "thời", "hiện", "nay", "đã", "vừa", "chính", "thức", "vào",
                        "người", "bị", "mới", "lẫn", "chức"})  # "X - người vừa bị bãi nhiệm Chủ tịch HĐQT"; "thôi
# chức X lẫn chức Y": as well as the post of
# Words before a capitalised run that make it a place or a thing, not a person ("đường Lý Tự
# Trọng", "báo Tuổi Trẻ"): lexicons/non_person_before.tsv.
_PLACE_BEFORE = frozenset(lexicons.column("non_person_before", "word"))
# "do" (by) as written: the words whose casefold is "do" (no other character folds to "d" or "o"),
# looked up for every item without casefolding each word.
_DO = frozenset({"do", "Do", "dO", "DO"})
# "khi làm X, ông A ...": a clause of time, before the subject, opened by these words
_WHEN = frozenset({"khi", "lúc"})
# Written right after a title or its unit, the post is one held before: "thủ trưởng cũ" (the old boss)
_PAST_AFTER_POST = frozenset({"cũ"})
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
    prefixed: bool = False  # written right after "nguyên"/"cựu": the post itself is named as past


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
    pronoun: bool = False  # "Ông"/"Bà" alone opening a sentence: the person last named before it
    joined: bool = False  # a bare given name licensed only by "và" after a cued one ("anh Hồng và Chiêu")


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
    paren_shared = False  # a title shared over the list of people in the parentheses that follow it
    plural = False  # the people named after "các ông", "hai bà": a title after the last is each one's
    list_shared = False  # a title shared over the list of people after "là", until the list ends
    led = None  # the body named right before "do" ("Ban X do A làm Trưởng ban"), whose title follows
    listed = "current"  # the status written before a list of people ("từng giữ chức vụ như A - X, B - Y")
    then_at = None  # where "lúc đó" was written before a subject ("lúc đó ông A là X": X is former)
    then_value = "current"  # the status that "lúc đó" gives
    # "Là Phó ban Dân nguyện của Quốc hội, chịu trách nhiệm ..., ông A khẳng định": the posts a sentence
    # opens with after "Là" are those of the first person it names, past the clause between
    opening = bool(items) and items[0].text.casefold() == "là" and len(items) > 1 and items[1].kind == "post"
    opening_posts: list[PostMention] = []

    respective = False  # "A và B, Giám đốc và Phó Giám đốc X": the posts joined by "và" are each one's

    def close():
        nonlocal current, respective
        if current is not None:
            _inherit_org(current.posts)
            if respective and len(group) == len(current.posts) > 1 and current is group[-1] \
                    and not any(p.posts for p in group[:-1]):
                for person, post in zip(group, list(current.posts)):
                    person.posts = [post]
        current, respective = None, False

    for k, it in enumerate(items):
        if it.kind == "word" and it.text in _DO:
            led = next((x.text for x in reversed(items[max(0, k - 8):k]) if x.kind == "org"), None)
        if people and _closed_years(items, k) >= 0:
            # "(giữ chức vụ giám đốc Công an tỉnh B trong giai đoạn 1996-2001)", "ông A làm Giám đốc Sở X từ
            # năm 1998-2003": a post held over a closed range of years is a past one (the post is the
            # last one read, with only words and units between)
            at = _post_before_range(items, _closed_years(items, k))
            for person in appointees or [current or people[-1]]:
                if at is not None and person.posts and person.posts[-1].title == items[at].title \
                        and person.posts[-1].status == "current":
                    person.posts[-1].status = "former"
        if it.kind in _NO_OP_WHEN_IDLE and current is None and status == listed == "current" and rank is None \
                and not (depth or pending_posts or honorifics or cue or group_open):
            # Most items are plain words read while no person, post, rank, cue, status or open
            # list is pending: the rules below then leave everything as it is (they reset what is
            # already reset), so such a word is skipped at once. A new rule for plain words
            # must come before this one (tests/test_speed.py checks the shortcut on the corpus).
            continue
        if depth and it.kind == "sep" and it.value == ";" and k + 1 < len(items) and items[k + 1].kind == "name":
            # "A (cán bộ huyện B (PQ); C (Chánh văn phòng ...)": a bracket left open ends with its
            # entry of the list, where the next person's name begins
            depth = 0
        if depth and not (it.kind == "sep" and it.value == ")"):
            # an apposition to the person just named: "(52 tuổi)", "(thiếu tá ...)"
            if it.kind == "sep" and it.value == "(":
                depth += 1
            elif it.kind == "name" and current is not None and current.short and _opens_bracket(items, k) \
                    and it.text.split()[-1] == current.name.split()[-1]:
                # "ông Viên (Trương Tấn Viên - Vụ trưởng ...)": the full name of the one just named, also
                # after a rank or "tức ông" ("anh Nên (trung tá Nguyễn Văn Nên, ...)")
                current.name, current.short, current.item = it.text, False, it
            elif it.kind == "rank" and current is not None and current.rank is None:
                current.rank = it.value
            elif it.kind == "marker":
                status = it.value
                if it.extra.get("supersedes") and current is not None:
                    _supersede(current.posts)
            elif it.kind == "sep" and it.value == "," and _prefix_ends(items, k, current, status):
                status = "current"  # "A (nguyên Giám đốc Công ty X, đại biểu Quốc hội)", as outside brackets
            elif it.kind == "post" and current is not None:
                current.posts.append(_carry_unit(current.posts, PostMention(
                    it.title, it.org, it.value or status, it.complete,
                    bool(it.org_item and it.org_item.extra.get("backref")), _after_prefix(items, k))))
            elif it.kind == "org" and current is not None and current.posts and _post_before(items, k):
                # "(Trưởng phòng 3, Cục Cảnh sát điều tra)": the unit of the post just given
                _post_unit(current.posts[-1], it, _post_before(items, k))
            elif it.kind == "org" and current is not None and current.posts and current.posts[-1].org \
                    and items[k - 1].value == "(" and k >= 2 and items[k - 2].kind == "post" \
                    and k + 1 < len(items) and items[k + 1].value == ")" \
                    and _department_title(current.posts[-1].title, current.posts[-1].org):
                # "Phó trưởng Phòng Cảnh sát kinh tế (Công an tỉnh B)": the department stays in the
                # title, the unit in brackets is the post's, as "..., Công an tỉnh B" would say
                _post_unit(current.posts[-1], it, items[k - 2])
            elif it.kind == "org" and current is not None and current.posts and not current.posts[-1].org \
                    and not current.posts[-1].complete and items[k - 1].value == "(" and not it.text.isupper() \
                    and k + 1 < len(items) and items[k + 1].value == ")":
                current.posts[-1].org = it.text  # "Thứ trưởng Lê Văn A (Bộ Y tế)": the unit of the title
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
            if v == "(" and (current is not None or pending_posts and k + 1 < len(items) and items[k + 1].kind
                             not in ("post", "rank", "name", "cue", "marker", "honorific")):
                depth += 1  # "(52 tuổi)" after a name; "Giám đốc Công ty X (quận 11), ông A": a post's aside
                if current is not None and depth == 1:
                    # "cách chức X đối với ông A (Chủ tịch Y)": the aside says what A is now
                    status = "current"
            elif v == "(" and pending_posts and current is None and k + 1 < len(items) \
                    and items[k + 1].kind == "name":
                # "Sáu ủy viên Bộ Chính trị (A, B và C)": the title of each one listed
                shared, pending_posts, paren_shared = pending_posts, [], True
            elif v == "(":
                pending_posts = []  # "bác tư cách đại biểu (Thứ trưởng A ...)": not A's post
            elif v == ")":
                depth = max(0, depth - 1)
                if paren_shared:
                    shared, paren_shared = [], False
                if not depth:
                    status = "current"  # "X (nguyên ...), Y (...)": a marker inside brackets ends with them
            elif v in ".;!?":
                if v == ";" or any(x.kind == "sep" and x.value == ";" for x in items[:k]):
                    _share_over_entry(items, group, current)
                # "Trước khi được bổ nhiệm, A là X; B là Y": the time the clause before the first subject
                # names holds for each entry of the list the semicolons part
                then_entry = v == ";" and then_at is not None and status == then_value != "current"
                close()
                pending_posts, shared, rank, honorifics, cue, status = [], [], None, [], False, "current"
                listed, then_at = "current", k if then_entry else None
                group, group_open, appointees, plural, list_shared, led = [], False, [], False, False, None
            elif v == "," and _prefix_ends(items, k, current, status):
                # "A, nguyên Giám đốc Sở X, đại biểu Quốc hội tỉnh Y": "nguyên" is the post with its unit
                # it stands before; the next post of the list is what A is now
                status = "current"
            elif v == ":" and pending_posts and current is None:
                nxt = items[k + 1] if k + 1 < len(items) else None
                if nxt is not None and nxt.kind in ("name", "rank", "cue", "honorific"):
                    shared = pending_posts
                # else "Chủ tịch UBND tỉnh B: Con trai tôi ...": a headline quoting the holder, no list
                pending_posts = []
            if v not in ",-–":
                group_open = False
            if current is not None:
                current.end = it.end
            continue
        if it.kind == "marker" and it.extra.get("then") and pending_posts and current is None:
            for post in pending_posts:
                post.status = it.value
            continue
        if it.kind == "marker" and it.extra.get("before_subject"):
            close()
            then_at, then_value = k, it.value
            if it.extra.get("clause"):
                # "Trước khi lên công tác ở X, ông A ...": the subject comes after the clause's comma
                then_at = next((j - 1 for j in range(k + 1, len(items))
                                if items[j].kind == "sep" and items[j].value == ","), k)
            continue
        if it.kind == "marker" and it.extra.get("list"):
            close()
            status = listed = it.value
            continue
        if it.kind == "marker" and current is None and pending_posts and k >= 2 and items[k - 1].kind == "post" \
                and items[k - 2].text.casefold() == "của" and not it.extra.get("after_subject"):
            # "đề nghị của Thủ tướng miễn nhiệm chức vụ X đối với ông A": the title before the verb is
            # the one who proposes, not A
            pending_posts = []
        if it.kind == "marker":
            status = it.value
            if it.extra.get("then_verb") and then_at is not None and current is not None \
                    and _subject_after(items, then_at, current.item):
                status = then_value
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
                               bool(it.org_item and it.org_item.extra.get("backref")), _after_prefix(items, k))
            if post.status == "current" and k + 1 < len(items) and items[k + 1].kind == "word" \
                    and items[k + 1].text.casefold() in _PAST_AFTER_POST:
                post.status = "former"  # "A là thủ trưởng cũ", "B, Giám đốc Sở X cũ,": the post A held before
            if then_at is not None and current is not None and not it.value and items[k - 1].text.casefold() == "là" \
                    and _subject_after(items, then_at, current.item):
                status = post.status = then_value  # "lúc đó ông A là X", as "... đang là X"
            if led and not post.org and k and items[k - 1].kind == "marker" \
                    and led.split()[0].casefold() in post.title.casefold().split():
                post.org = led  # "Ban Chỉ đạo X do ông A làm Trưởng ban": the body named before "do"
            nxt = items[k + 1] if k + 1 < len(items) else None
            after = items[k + 2] if k + 2 < len(items) else None
            given = nxt is not None and nxt.kind == "short" and (after is None or after.kind == "sep"
                                                                 or after.text.casefold() == "và")
            if current is not None and nxt is not None and (nxt.kind in ("name", "rank") or given) \
                    and nxt.start == it.end:
                # "X và Phó Thủ tướng Y": a post written right before a name is that name's
                close()
            elif _when_serving(items, k):
                # "Ông B cho biết khi làm phó văn phòng, A phụ trách ...": the clause of time says what
                # the subject after the comma was, not the one named before
                close()
                appointees = []
            elif current is not None and k >= 2 and items[k - 2] is current.item \
                    and items[k - 1].text.casefold() == "và":
                # "Đại tướng A và đại biểu Quốc hội các thế hệ", "ý kiến của Tổng Bí thư A và Thủ tướng Chính
                # phủ": others named by their title, not A's post (A's own posts follow a comma or "là")
                close()
            if current is not None:
                respective = respective or len(current.posts) == 1 and k >= 2 and len(group) > 1 \
                    and items[k - 1].text.casefold() == "và" and items[k - 2].kind == "post"
                current.posts.append(_carry_unit(current.posts, post) if status == "current" else post)
                current.end = it.end
                if plural and len(group) > 1 and current is group[-1]:
                    # "các ông A, B - Phó Chủ tịch UBND tỉnh": the title of each one of them
                    for other in group[:-1]:
                        if not other.posts:
                            other.posts.append(_copy(post))
            elif appointees and (nxt is None or nxt.kind not in ("name", "rank", "cue", "short")):
                for person in appointees:
                    person.posts.append(_copy(post))
            else:
                pending_posts.append(post)
            continue
        if it.kind == "org" and current is not None and current.posts and _follows(items, k, current):
            # "Chánh văn phòng Cơ quan Cảnh sát điều tra, Công an tỉnh An Giang"
            _post_unit(current.posts[-1], it, _post_before(items, k))
            current.end = it.end
            continue
        if current is not None and current.posts and not current.posts[-1].org and it.text.casefold() == "của" \
                and items[k - 1].kind == "post" and k + 1 < len(items) and items[k + 1].kind == "org":
            current.posts[-1].org = items[k + 1].text  # "A - người phát ngôn của Tổng công ty X"
            continue
        if current is not None and current.posts and it.text.casefold() == "thuộc" and k + 1 < len(items) \
                and items[k + 1].kind == "org":
            continue  # "Tổ trưởng Tổ X thuộc Bộ Chỉ huy Quân sự tỉnh B": the unit of the post follows
        if current is not None and _age(items, k):
            continue  # "Nguyễn Văn A, 49 tuổi, Trưởng phòng ...": the age does not end the person
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
        if it.kind in ("cue", "short") and _pronoun_subject(items, k):
            # "Bà Phạm Thị A sinh năm 1952. Bà từng kinh qua các chức vụ X, Y": the posts of the one just named
            close()
            current = PersonMention(it.text, True, it, end=it.end, licensed=True, pronoun=True)
            people.append(current)
            group, group_open = [current], True
            continue
        if it.kind == "cue":
            close()
            cue = True
            plural = k > 0 and items[k - 1].text.casefold() in _PLURAL
            continue
        if it.kind in ("name", "short"):
            prev = items[k - 1] if k else None
            if it.kind == "name" and prev is not None and (prev.kind in ("word", "short") and (
                    prev.text.casefold() in _PLACE_BEFORE or prev.text[0].isdigit())
                    # "Trường Cấp 3 Dương Quang Đông": a school named after a person
                    or prev.kind == "org" and prev.end == it.start and prev.text[-1].isdigit()
                    and prev.text.split()[0].casefold() in _PLACE_BEFORE
                    or place_list and items[k - 2].kind != "sep" and (
                        prev.kind == "sep" and prev.value in ",-–" or prev.text.casefold() == "và")):
                # "đường Lý Tự Trọng"; and the rest of a list of streets ("các tuyến đường
                # Quang Trung, Nguyễn Kiệm, Phan Đình Phùng"); an aside in brackets ends the list
                # ("cầu Bãi Cháy (Quảng Ninh), Bùi Tiến Dũng đã chỉ đạo", "A (Hà Nội) và B")
                close()
                place_list = True
                continue
            place_list = False
            close()
            if opening_posts and not pending_posts and it.kind == "name":
                pending_posts = opening_posts
            if it.kind == "name":
                opening, opening_posts = False, []
            licensed = bool(rank or cue or honorifics or pending_posts or shared)
            joined = False
            if it.kind == "short" and not licensed and k >= 2 and prev.text.casefold() == "và" \
                    and group_open and group and group[-1].item is items[k - 2] and group[-1].short \
                    and group[-1].licensed and not group[-1].pronoun:
                # "anh Hồng và Chiêu phát hiện ...": a bare given name joined by "và" to a given name
                # the cue licensed is one more person of the same list
                licensed = joined = True
            person = PersonMention(it.text, it.kind == "short", it, rank=rank, honorifics=list(honorifics),
                                   posts=[*(_copy(p) for p in shared), *pending_posts], end=it.end,
                                   licensed=licensed, joined=joined)
            if it.kind == "short" and not licensed:
                rank, honorifics, cue, pending_posts = None, [], False, []
                continue
            people.append(person)
            current = person
            if not (rank or pending_posts or shared):
                status = listed  # "A, nguyên Giám đốc X, B, Phó Giám đốc Y": a marker is one person's
            rank, honorifics, cue, pending_posts = None, [], False, []
            group = [*group, person] if group_open else [person]
            group_open, appointees = True, []
            continue
        # any other word
        if current is not None and current.posts and it.text.casefold() == "là" and items[k - 1].kind == "post" \
                and k + 2 < len(items) and items[k + 1].kind in ("cue", "rank") and items[k + 2].kind == "name" \
                and _replaced(items, current.item):
            # "Thay ông A giữ chức X là ông B": X is B's, who replaces A
            moved = current.posts.pop()
            close()
            pending_posts, status = [moved], "current"
            continue
        if current is not None and it.text.casefold() in _LIST_GLUE:
            continue
        if current is not None and _transfer_from(items, k):
            # "điều động ông A từ Phó Giám đốc Sở X sang Giám đốc Sở Y": the post left, then the new one
            if it.text.casefold() == "từ":
                status = "former"
            continue
        if current is not None and it.text.casefold() in _TRANSFER_TO and current.posts \
                and current.posts[-1].status == "former" and k + 1 < len(items) and items[k + 1].kind == "post" \
                and _linked_back(items, k) >= 0 and items[_linked_back(items, k)].kind in ("post", "org"):
            status = "current"
            continue
        if current is not None and current.posts and _term_word(items, k):
            continue  # "Ủy viên Trung ương Đảng khóa XI, nhiệm kỳ 2011-2016, Phó Chủ tịch ..."
        if current is None and pending_posts and status != "current" and _term_word(items, k):
            continue  # "cách chức Phó chủ tịch UBND tỉnh B, nhiệm kỳ 2016-2021 đối với ông A": still A's post
        if it.kind == "org" and current is None and pending_posts and _post_before(items, k) \
                and k + 1 < len(items) and items[k + 1].kind in ("name", "rank") and items[k + 1].start == it.end:
            # "Vụ phó Vụ Xây lắp - Bộ Xây dựng Hoàng Trọng Vinh": the unit above, then the holder
            _post_unit(pending_posts[-1], it, _post_before(items, k))
            continue
        if it.kind == "org" and current is None and pending_posts and not pending_posts[-1].org and k >= 2 \
                and items[k - 1].text.casefold() == "của" and items[_past_now(items, k - 2)].kind == "post":
            pending_posts[-1].org = it.text  # "hai điều tra viên của Công an tỉnh là ...": the unit of the title
            continue
        if current is None and pending_posts and it.text.casefold() == "của" and k + 1 < len(items) \
                and items[k + 1].kind == "org" and items[_past_now(items, k - 1)].kind == "post":
            continue
        if current is None and pending_posts and it.text.casefold() in _NOW and items[_past_now(items, k)].kind == "post":
            continue  # "Giám đốc hiện nay của Công ty X là ông A": the holder at the time of writing
        post_at = _past_now(items, k - 3) if k >= 3 and items[k - 1].kind == "org" \
            and items[k - 2].text.casefold() == "của" else _past_now(items, k - 1)
        incumbent = k >= 2 and items[k - 1].text.casefold() == "đương" and items[k - 2].kind == "post"
        if current is None and pending_posts and (incumbent or it.text.casefold() == "đương"
                                                  and items[k - 1].kind == "post"):
            continue  # "2 phó chủ tịch đương nhiệm là ông A và bà B": the incumbent ones
        if k >= 3 and items[k - 2].text.casefold() == "đương" and items[k - 1].text.casefold() == "nhiệm":
            post_at = k - 3
        if current is None and pending_posts and it.text.casefold() == "là" and items[post_at].kind == "post":
            if post_at >= 1 and (items[post_at - 1].text.isdigit() or items[post_at - 1].text.casefold() in _PLURAL):
                # "hai điều tra viên là thượng úy A và thượng úy B": the title of each one listed
                shared, pending_posts, list_shared = pending_posts, [], True
            continue  # "Giám đốc Thảo Cầm Viên là ông Nguyễn Quốc Thắng"
        if it.kind == "word" and it.text.casefold() in ("các", "đồng", "chí"):
            continue
        if current is None and pending_posts and it.text.casefold() in ("đối", "với", "kiêm") \
                or current is None and pending_posts and it.text.casefold() == "của" and status != "current":
            # "cách chức Trưởng công an huyện B đối với đại tá X", "Bộ trưởng X kiêm Chủ tịch Y Z",
            # "bãi nhiệm chức Phó tổng giám đốc của bà X"
            if it.text.casefold() == "với" and items[k - 1].text.casefold() == "đối" and _names_a_list(items, k + 1):
                # "miễn nhiệm chức X đối với ông A và bà B": the post of each one listed
                shared, pending_posts, list_shared = pending_posts, [], True
            continue
        if it.text.casefold() != "và":
            group_open = False
            if list_shared and people:
                shared, list_shared = [], False  # the list named after "là" has ended
        close()
        if opening and pending_posts and it.kind != "place":
            opening_posts = pending_posts
        pending_posts = [] if it.kind != "place" else pending_posts
        rank, honorifics, cue = None, [], False
        if it.kind == "word":
            status = listed = "current"  # a plain word ends a list too ("..., B - Y đã ...")
    close()
    _deputy_units(people)
    _colon_list_units(items, people)
    _plural_title_over_list(items, people)
    if any(it.kind == "sep" and it.value == ":" for it in items):
        _career_lines(items, people)
    return people


# Words that stand for a person named before ("Ông từng giữ chức ...").
_PERSONAL_PRONOUNS = frozenset({"ông", "bà"})


# A career line of a profile ("1963-1965: Đội phó ...", "- Từ tháng 6/1988-1/1998: ...", "2006 - nay:
# Giám đốc ..."): the date words before its colon
_CAREER_DATE = re.compile(r"(?:\d{1,2}[/.])*(?:19|20)\d\d(?:[-–](?:\d{1,2}[/.])*(?:(?:19|20)\d\d|nay))?")
_LINE_STARTS = frozenset({".", ";", "-", "–", "+"})  # what a career line opens after, in a run-on text
_CAREER_WORDS = frozenset({"từ", "năm", "tháng", "đến", "nay", "hiện", "cuối", "đầu", "giữa"})
# Tense, modal and linking words of a told event (lexicons/narrative_words.tsv): a career line holds
# none ("2005: Bộ trưởng Bộ X ký quyết định ..." is a dated event, not a post held)
_NARRATIVE = frozenset(lexicons.column("narrative_words", "word"))


def _career_prefix(items: list[Item], i: int) -> tuple[int, str] | None:
    """The index of the colon that ends the dates of a career line starting at ``i``, and the status the
    dates give: a closed range ("1963-1965", "Từ 1990 đến 1995") makes the post former; an open one
    ("2006 - nay") or a single date ("Tháng 7/1998") leaves it current."""
    dates, now, j = 0, False, i
    while j < len(items) and j - i < 8:
        it = items[j]
        low = it.text.casefold()
        if it.kind == "sep" and it.value == ":":
            break
        if it.kind == "sep" and it.value in ("-", "–"):
            pass
        elif it.kind in ("word", "short") and _CAREER_DATE.fullmatch(it.text):
            dates += 1 + bool(re.search(r"\d[-–]", it.text)) if not low.endswith("nay") else 1
            now = now or low.endswith("nay")
        elif it.kind in ("word", "short") and low in _CAREER_WORDS:
            now = now or low == "nay"
        else:
            return None
        j += 1
    if not dates or j >= len(items) or items[j].kind != "sep" or items[j].value != ":" or j == i:
        return None
    return j, "former" if dates >= 2 and not now else "current"


def _career_lines(items: list[Item], people: list[PersonMention]) -> None:
    """The lines of a career list ("Tiểu sử", "quá trình công tác"): each is a date, a colon, then the posts
    held, with no name; they are the posts of the person the profile is about (the one named before,
    as after "Ông từng là"), former when the line's dates are a closed range. The capitalised words of
    such a line ("Đội phó đội khai thác gỗ Bạch Thông", "Ty Lâm nghiệp tỉnh Bắc Thái") are places and
    units, not persons, unless a cue, rank or honorific introduces them."""
    lines = []
    for i in range(len(items)):
        if i and not (items[i - 1].kind == "sep" and items[i - 1].value in _LINE_STARTS):
            continue
        found = _career_prefix(items, i)
        if found is not None:
            lines.append((i, *found))
    if not lines:
        return
    for n, (i, colon, status) in enumerate(lines):
        end = lines[n + 1][0] if n + 1 < len(lines) else len(items)
        end = next((k for k in range(colon + 1, end) if items[k].kind == "sep" and items[k].value in ".;"), end)
        body = range(colon + 1, end)
        if any(items[k].kind == "word" and items[k].text.casefold() in _NARRATIVE for k in body):
            continue  # "2005: Bộ trưởng Bộ X ký quyết định ...": a dated event
        last = items[end - 1].end
        named = [p for p in people if items[i].start <= p.item.start and p.item.end <= last and not p.pronoun]
        kept = [p for p in named if _introduced(items, p)]
        for p in named:
            if p not in kept:
                people.remove(p)
        taken = {(q.title, q.org) for p in kept for q in p.posts}
        posts: list[PostMention] = []
        depth = 0
        for k in body:
            it = items[k]
            if it.kind == "sep" and it.value in "()":
                depth += 1 if it.value == "(" else -1
            elif it.kind == "post" and not depth and (it.title, it.org) not in taken and _listed_post(items, k, colon):
                prefixed = _after_prefix(items, k)
                posts.append(PostMention(it.title, it.org, "former" if prefixed else it.value or status,
                                         it.complete, bool(it.org_item and it.org_item.extra.get("backref")),
                                         prefixed))
        if posts:
            _inherit_org(posts)
            at = next((m for m, p in enumerate(people) if p.item.start > items[colon].start), len(people))
            people.insert(at, PersonMention("", True, items[colon], posts=posts, end=last, licensed=True,
                                            pronoun=True))


# the words a post of a career line comes after, as one of the posts held ("X kiêm Y", "X rồi Y")
_CAREER_JOINS = _LIST_GLUE | {"rồi"}


def _listed_post(items: list[Item], k: int, colon: int) -> bool:
    """The post at ``k`` opens the career line or follows a comma, a marker or a joining word; a title
    after another word is part of a name or a relation ("Đại hội đại biểu toàn quốc", "trợ lý Bộ trưởng")."""
    prev = items[k - 1]
    return k == colon + 1 or prev.kind in ("sep", "marker") or prev.kind == "word" \
        and prev.text.casefold() in _CAREER_JOINS


def _introduced(items: list[Item], p: PersonMention) -> bool:
    """A name that a cue, rank or honorific introduces (a person even inside a career line)."""
    k = next((j for j, it in enumerate(items) if it is p.item), 0)
    return k > 0 and items[k - 1].kind in ("cue", "rank", "honorific")


def _when_serving(items: list[Item], k: int) -> bool:
    """"khi làm X, ông A ...": the post k follows "khi/lúc làm" and, with the unit it may name, ends
    at a comma that a person comes right after (the subject of the clause of time)."""
    if k < 2 or items[k - 1].kind != "marker" or items[k - 1].text.casefold() != "làm" \
            or items[k - 2].text.casefold() not in _WHEN:
        return False
    j = k + 1
    while j < len(items) and items[j].kind == "org":
        j += 1
    return j + 1 < len(items) and items[j].kind == "sep" and items[j].value == "," \
        and items[j + 1].kind in ("name", "cue", "rank", "honorific")


def _pronoun_subject(items: list[Item], k: int) -> bool:
    """"Ông"/"Bà" alone opening a sentence, then a status or appointment wording, then a post
    ("Ông từng là X", "Bà được bổ nhiệm làm X"): the subject is the person last named."""
    return k == 0 and items[k].text.casefold() in _PERSONAL_PRONOUNS and k + 2 < len(items) \
        and items[k + 1].kind == "marker" and items[k + 1].start == items[k].end \
        and not items[k + 1].extra.get("before_subject") and items[k + 2].kind == "post"


def _share_over_entry(items: list[Item], group: list[PersonMention], current: PersonMention | None) -> None:
    """"Các đồng chí: A, B, nguyên Tổng Bí thư; C, Chủ tịch nước; ...": in a list whose entries a
    semicolon ends, the posts written after several names of one entry are each one's."""
    if current is None or len(group) < 2 or current is not group[-1] or not current.posts \
            or any(p.posts for p in group[:-1]):
        return
    first = next((k for k, x in enumerate(items) if x is group[0].item), None)
    if not first or not (items[first - 1].kind == "sep" and items[first - 1].value in ";:"):
        return
    for person in group[:-1]:
        person.posts = [_copy(p) for p in current.posts]


def _plural_title_over_list(items: list[Item], people: list[PersonMention]) -> None:
    """"các đại biểu Quốc hội (ĐBQH) A - X, B - Y và C - Z": a title after "các"/"những" or a number
    is each one's of the list of people that follows it (an abbreviation in brackets may come
    between), each with posts of their own; the list ends at the first person not joined by a
    comma or "và"."""
    by_item = {id(p.item): p for p in people}
    n = len(items)
    for k, it in enumerate(items):
        if it.kind != "post" or not k or items[k - 1].kind != "word" \
                or items[k - 1].text.casefold() not in _PLURAL:
            continue
        q = k + 1
        if q + 2 < n and items[q].kind == "sep" and items[q].value == "(" and items[q + 2].kind == "sep" \
                and items[q + 2].value == ")" and items[q + 1].text.isupper():
            q += 3  # "(ĐBQH)"
        elif (o := next((j for j in range(q, min(q + 3, n)) if items[j].kind != "word"), n)) < n \
                and items[o].kind == "sep" and items[o].value == "(":
            # "ba ủy viên trung ương (Bộ trưởng Bộ X A, Bộ trưởng Bộ Y B và phó trưởng Ban Z C)": each one
            # named in the brackets, with posts of their own
            close = next((j for j in range(o + 1, n) if items[j].kind == "sep" and items[j].value in ".;()"), n)
            inside = [by_item[id(x)] for x in items[o + 1:close] if id(x) in by_item]
            if close < n and items[close].value == ")" and len(inside) > 1 and not any(p.short for p in inside):
                # the lower-case body between ("ủy viên trung ương") as the lexicon writes it
                between = " ".join(x.text for x in items[k + 1:o]).casefold()
                org = it.org or _KNOWN_BODIES.get(between)
                for person in inside:
                    if not any(p.title.casefold() == it.title.casefold() for p in person.posts):
                        person.posts.insert(0, PostMention(it.title, org, "current", it.complete))
            continue
        first = by_item.get(id(items[q])) if q < n else None
        if first is None:
            continue
        post = next((p for p in first.posts if p.title.casefold() == (it.title or "").casefold()), None)
        if post is None:
            continue
        listed = [first]
        for j in range(q + 1, n):
            person = by_item.get(id(items[j]))
            if person is None:
                if items[j].kind == "sep" and items[j].value in ".;:()":
                    break
                continue
            before = items[j - 1]
            if not (before.kind == "sep" and before.value == "," or before.text.casefold() == "và"):
                break
            listed.append(person)
        if len(listed) < 2:
            continue
        for person in listed[1:]:
            if not any(p.title.casefold() == post.title.casefold() for p in person.posts):
                person.posts.insert(0, PostMention(post.title, post.org, "current", post.complete))


def _colon_list_units(items: list[Item], people: list[PersonMention]) -> None:
    """"gồm: tổng giám đốc PMU 18 A; chánh văn phòng B; kế toán trưởng C": in a list after a colon
    whose entries semicolons part, the staff named with a bare title work in the unit of the first
    entry's post."""
    colon = next((k for k, x in enumerate(items) if x.kind == "sep" and x.value == ":"), None)
    if colon is None:
        return
    at = {id(x): k for k, x in enumerate(items)}
    listed = [p for p in people if at.get(id(p.item), -1) > colon and not p.short and p.posts]
    if len(listed) < 2 or not listed[0].posts:
        return
    head = listed[0].posts[0]
    if not head.org or head.complete:
        return
    starts = [at[id(p.item)] for p in listed]
    seps = [x.value for x in items[colon + 1:starts[-1]] if x.kind == "sep"]
    if seps.count(";") != len(listed) - 1 or any(v not in (";", "(", ")") for v in seps):
        return  # one person an entry, semicolons only between them
    for person in listed[1:]:
        for post in person.posts:
            if not post.org and not post.complete:
                post.org = head.org


def _deputy_units(people: list[PersonMention]) -> None:
    """"Chủ tịch UBND tỉnh B Lê Văn A và Phó Chủ tịch Trần Văn C": a deputy named with no unit
    after the head of a unit in the same sentence is the deputy of that unit, and a head after
    the deputy its head."""
    heads: dict[str, str] = {}
    for person in people:
        for post in person.posts:
            title = " ".join(post.title.casefold().split())
            if post.org and not post.complete:
                heads.setdefault(title, post.org)
            elif not post.org and not post.complete and title.startswith("phó ") and title[4:] in heads:
                post.org = heads[title[4:]]
            elif not post.org and not post.complete and "phó " + title in heads:
                # "Phó Bí thư Đảng ủy Văn phòng Chính phủ ... ông A - Bí thư Đảng ủy": the head of that unit
                post.org = heads["phó " + title]


# The verb of a transfer between a person and "từ" + the post left ("ông A được điều động từ ...").
_TRANSFER_VERB = frozenset({"được", "bị", "đã", "vừa", "điều", "động", "chuyển", "luân"})
# Words between the post left and the new post ("từ Phó Giám đốc sang/lên Giám đốc").
_TRANSFER_TO = frozenset({"sang", "lên"})


def _transfer_from(items: list[Item], k: int) -> bool:
    """The words from ``k`` are a transfer verb or "từ", and "từ" comes before a post."""
    j = k
    while j < len(items) and items[j].kind == "word" and items[j].text.casefold() in _TRANSFER_VERB:
        j += 1
    return j + 1 < len(items) and items[j].kind == "word" and items[j].text.casefold() == "từ" \
        and items[j + 1].kind == "post"


# "thay", "thay thế" (replacing): the person named after them is the one replaced.
_REPLACING = frozenset({"thay", "thế"})


def _replaced(items: list[Item], name: Item) -> bool:
    """The person ``name`` is written right after "thay (thế)" and a cue: the one replaced."""
    j = next((j for j, x in enumerate(items) if x is name), 0) - 1
    while j >= 0 and items[j].kind in ("cue", "rank", "honorific"):
        j -= 1
    return j >= 0 and items[j].text.casefold() in _REPLACING


def _names_a_list(items: list[Item], k: int) -> bool:
    """From ``k``, a person (cue, rank, name) and then "và" or a comma and another person, before
    the clause goes on: "ông A và bà B", "các ông A, B"."""
    j, named = k, 0
    while j < len(items) and j < k + 12:
        it = items[j]
        if it.kind in ("name", "short"):
            named += 1
        elif it.kind in ("cue", "rank", "honorific") or it.kind == "sep" and it.value == "," \
                or it.text.casefold() in ("và", "các"):
            pass
        else:
            break
        j += 1
    return named > 1


# "hiện nay", "hiện tại": the time of writing, between a title and its unit or holder.
_NOW = frozenset({"hiện", "nay", "tại"})


def _past_now(items: list[Item], k: int) -> int:
    """Index of the item at or before ``k`` past the words "hiện nay"/"hiện tại" ("Giám đốc hiện nay")."""
    j = k
    while j > 0 and items[j].kind == "word" and items[j].text.casefold() in _NOW:
        j -= 1
    return j if j < k and items[j].kind == "post" else k


# Words before a title that make it the title of several people ("hai điều tra viên", "các thứ trưởng").
# Bodies the lexicon names, by their lower-case spelling ("trung ương" -> "Trung ương").
_KNOWN_BODIES = {r["name"].casefold(): r["name"] for r in lexicons.load("organizations")}
_PLURAL = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})

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


def _subject_after(items: list[Item], at: int, name: Item) -> bool:
    """The person ``name`` is the subject written right after the marker at ``at`` (past a comma,
    an address word or a rank)."""
    j = at + 1
    while j < len(items) and items[j] is not name and (items[j].kind in ("cue", "rank", "honorific")
                                                      or items[j].kind == "sep" and items[j].value == ","):
        j += 1
    return j < len(items) and items[j] is name


def _linked_back(items: list[Item], k: int) -> int:
    """Index of the item before ``k`` past the commas and dashes, or the "thuộc" ("belonging to"),
    that join an organisation to the post or unit before it."""
    j = k - 1
    if j > 0 and items[j].kind == "word" and items[j].text.casefold() == "thuộc":
        return j - 1
    while j >= 0 and items[j].kind == "sep" and items[j].value in ",-–":
        j -= 1
    if j >= 3 and items[j].value == ")":
        # "Trưởng phòng CSĐT (PC14), Công an tỉnh B", "... (PC 13) Công an tỉnh B": past the
        # department's code
        o = next((o for o in range(j - 2, max(j - 5, 0), -1) if items[o].value == "("), None)
        if o is not None and items[o + 1].text.isupper() \
                and all(x.text.isupper() or x.text.isdigit() for x in items[o + 1:j]):
            j = o - 1
    return j


def _follows(items: list[Item], k: int, person: PersonMention) -> bool:
    """The organisation at ``k`` directly follows the person's last post (after a comma)."""
    j = _linked_back(items, k)
    return j >= 0 and items[j].kind in ("post", "org") and items[j].end <= person.end + 1


def _post_before(items: list[Item], k: int) -> Item | None:
    """The post that the organisation at ``k`` follows, past a comma, dash or "thuộc"."""
    j = _linked_back(items, k)
    return items[j] if j < k - 1 and j >= 0 and items[j].kind == "post" else None


def _post_unit(last: PostMention, it: Item, post_item: Item | None) -> None:
    """The organisation ``it`` written after the post ``last``: its unit, or the unit above its unit."""
    if last.org and it.text != last.org and _department_title(last.title, last.org):
        # "Phó trưởng Phòng Cảnh sát kinh tế, Công an tỉnh B": the department stays in the title,
        # as when written run together, and is not an organisation of its own
        last.title, last.org = f"{last.title} {last.org}", it.text
        if post_item is not None:
            post_item.extra["department"] = True
    elif last.org and it.text != last.org:
        it.extra["child"] = last.org
    elif not last.org:
        last.org = it.text


def _department_title(title: str, org: str) -> bool:
    """The title and the start of its organisation make a longer title of a functional department
    ("Phó trưởng" + "Phòng X" -> "Phó trưởng phòng")."""
    toks = tokenize(f"{title} {org}")
    m = lex().posts.match(toks, 0)
    return m is not None and m[1] == "department" and m[0] > len(tokenize(title))


def _age(items: list[Item], k: int) -> bool:
    """Item ``k`` is part of an age written after a name ("49 tuổi")."""
    text = items[k].text.casefold()
    if text.isdigit():
        return k + 1 < len(items) and items[k + 1].text.casefold() == "tuổi"
    return text == "tuổi" and k > 0 and items[k - 1].text.isdigit()


def _supersede(posts: list[PostMention]) -> None:
    """"X (nay là Y)": the posts named before "nay là" are no longer held."""
    for p in posts:
        if p.status == "current":
            p.status = "former"


_YEAR_RANGE = re.compile(r"(19|20)\d\d[-–](19|20)?\d\d")
# the words that put a closed range of years after a post as the time it was held ("trong giai đoạn
# 1996-2001", "từ năm 1996-2001"); not "nhiệm kỳ 2016-2021", the term a post is held for
_RANGE_BEFORE = (("trong", "giai", "đoạn"), ("trong", "thời", "kỳ"), ("từ", "năm"), ("từ",))


def _closed_years(items: list[Item], k: int) -> int:
    """Where the words "trong giai đoạn", "từ năm" begin when a closed range of years follows them at ``k``
    (else -1)."""
    if items[k].kind != "word" or not _YEAR_RANGE.fullmatch(items[k].text):
        return -1
    return next((k - len(w) for w in _RANGE_BEFORE
                 if k >= len(w) and tuple(x.text.casefold() for x in items[k - len(w):k]) == w), -1)


def _post_before_range(items: list[Item], at: int) -> int | None:
    """The post written right before the words at ``at`` that give a range of years (past its unit only:
    "giám đốc Công an tỉnh B trong giai đoạn 1996-2001", not "Trưởng ban chỉ đạo chương trình trong giai
    đoạn ...", where the years are the programme's)."""
    j = at - 1
    while j >= 0 and items[j].kind == "org":
        j -= 1
    return j if j >= 0 and items[j].kind == "post" else None


def _after_prefix(items: list[Item], k: int) -> bool:
    """The post at ``k`` is written right after "nguyên"/"cựu" ("nguyên thứ trưởng A")."""
    return k > 0 and items[k - 1].kind == "marker" and items[k - 1].text.casefold() in ("nguyên", "cựu")


def _prefix_ends(items: list[Item], k: int, current: PersonMention | None, status: str) -> bool:
    """The comma at ``k`` ends a post with its unit written after "nguyên"/"cựu", and the next post of
    the list is what the person is now ("A, nguyên Giám đốc Sở X, đại biểu Quốc hội tỉnh Y")."""
    return current is not None and status == "former" and bool(current.posts) \
        and current.posts[-1].status == "former" and bool(current.posts[-1].org) \
        and k + 1 < len(items) and items[k + 1].kind == "post" and _title_prefix_marker(items, k)


def _title_prefix_marker(items: list[Item], k: int) -> bool:
    """The post that ends before ``k`` is written right after "nguyên"/"cựu" (a prefix of that one title,
    not "từng kinh qua các chức vụ ...", which covers a whole list)."""
    j = k - 1
    while j >= 0 and items[j].kind != "post":
        if items[j].kind == "sep" and items[j].value != ".":
            return False
        j -= 1
    return j > 0 and items[j - 1].kind == "marker" and items[j - 1].text.casefold() in ("nguyên", "cựu")


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
    return PostMention(p.title, p.org, p.status, p.complete, p.backref, p.prefixed)


def _inherit_org(posts: list[PostMention]) -> None:
    """The list's final organisation applies to earlier posts that have none."""
    org = None
    for post in reversed(posts):
        if post.org:
            org = post.org
        elif org and not post.complete:
            post.org = _past_title(post.title, org)


def _past_title(title: str, org: str) -> str:
    """The organisation without the department that ends the title: "phó phòng CSĐT" of "Phòng CSĐT
    Công an tỉnh B" is of "Công an tỉnh B"."""
    t, o = title.split(), org.split()
    for n in range(min(len(t), len(o) - 1), 1, -1):
        if [w.casefold() for w in t[-n:]] == [w.casefold() for w in o[:n]]:
            return " ".join(o[n:])
    return org


# Words between an opening bracket and the full name of the one just named ("(tức ông Lê Văn A").
_BEFORE_FULL_NAME = frozenset({"tức", "tên thật", "tên thật là", "tên khai sinh"})


def _opens_bracket(items: list, k: int) -> bool:
    """Item ``k`` comes right after "(", past a rank, an honorific or "tức" ("(tức ông", "(trung tá")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (items[j].kind in ("rank", "honorific")
                                      or items[j].text.casefold() in _BEFORE_FULL_NAME):
        j -= 1
    return j >= 0 and items[j].kind == "sep" and items[j].value == "("

