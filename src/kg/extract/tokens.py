"""Tokens of a sentence and a longest-match phrase matcher over lexicon phrases.

>>> toks = tokenize("Trung tướng Đỗ Văn Thiện, Bí thư Đảng ủy")
>>> [t.text for t in toks]
['Trung', 'tướng', 'Đỗ', 'Văn', 'Thiện', ',', 'Bí', 'thư', 'Đảng', 'ủy']
>>> m = PhraseMatcher({"trung tướng": "rank", "bí thư": "post", "bí thư đảng ủy": "post"})
>>> m.match(toks, 6)
(10, 'post')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Word-internal joiners: "TP.HCM", "KH&CN", "CT/QUTW"; a hyphen only between upper-case
# letters or digits ("LĐ-TB-XH", "31A-6226"), so "tư pháp-Công an" stays two words.
# A token is a word (with its joiners) or one other character that is not a space. Written as
# one non-space character and, when that is a word character, the rest of the word: a pattern
# that starts with one character class lets the search skip over spaces quickly.
_TOKEN = re.compile(r"\S(?:(?<=\w)\w*(?:[.&'’/]\w+|(?<=[A-ZĐ0-9])-(?=[A-ZĐ0-9])\w+)*)?")


@dataclass(slots=True)
class Token:
    """A word or punctuation mark of a sentence (never changed once made).

    ``low``, the casefolded text, is computed once (by :func:`tokenize`): the matchers look
    every token up by it several times per lexicon.
    """

    text: str
    start: int  # offsets in the sentence's own text
    end: int
    low: str = field(repr=False, compare=False)  # text.casefold()
    # Starts with an upper-case letter ("Thiện", "TPHCM", "Đ"); starts with a letter or digit.
    # Both asked hundreds of thousands of times per corpus: kept, not recomputed.
    is_cap: bool = field(default=False, repr=False, compare=False)
    is_word: bool = field(default=False, repr=False, compare=False)

    @property
    def is_name_part(self) -> bool:
        """A capitalised syllable that can be part of a person's name ("Thiện", "RơMan")."""
        t = self.text
        return t[0].isupper() and t.isalpha() and (len(t) == 1 or not t[1:].isupper() or len(t) == 1)

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, a new list at each call (its tokens are never changed)."""
    if len(text) > _SHORT_TEXT:
        return _tokenize(text)
    # Names, titles and their variants are tokenized again and again (two in three of the texts
    # tokenized, against one in five of the tokens): their tokens are read once per process.
    tokens = _SHORT_TOKENS.get(text)
    if tokens is None:
        if len(_SHORT_TOKENS) >= _SHORT_CACHE_SIZE:
            _SHORT_TOKENS.clear()
        tokens = _SHORT_TOKENS[text] = tuple(_tokenize(text))
    return list(tokens)


# Short texts already tokenized (text -> its tokens), emptied when full as _CHUNK_PIECES is. An
# entry takes about 1.4 kB (tokens and their strings): at most about 30 MB; VNTC's 725 articles
# tokenize 11,700 different short texts.
_SHORT_TEXT = 60
_SHORT_CACHE_SIZE = 20_000
_SHORT_TOKENS: dict[str, tuple[Token, ...]] = {}


def _tokenize(text: str) -> list[Token]:
    # Nine in ten of the space-separated chunks are one plain word (letters and digits only):
    # those are taken as they are and the pattern, much slower, reads only the others. A token
    # never spans a space, and the pattern reads in a chunk alone what it reads there in the
    # whole text (the characters around a chunk are spaces, which it never takes; its
    # look-behinds only look at characters of the token itself). So the pieces of a chunk
    # depend on the chunk only, and are read once per process (see _chunk_pieces).
    # The chunks are cut at single spaces, so that each one's offset is counted, not searched
    # for; other white space (rare in cleaned text) stays inside a chunk, where the pattern
    # skips it as it does in the whole text.
    out = []
    end = -1
    for chunk in text.split(" "):
        start = end + 1
        end = start + len(chunk)
        if chunk.isalnum():
            if chunk[-1] in "0123456789":
                chunk = _without_footnote(chunk)  # "Trung ương3": a footnote's number stuck to the word
            out.append(Token(chunk, start, start + len(chunk), chunk.casefold(), chunk[0].isupper(), True))
            continue
        if not chunk:
            continue  # between two spaces in a row
        pieces = _CHUNK_PIECES.get(chunk) or _chunk_pieces(chunk)
        for offset, word, low, is_cap, is_word in pieces:
            out.append(Token(word, start + offset, start + offset + len(word), low, is_cap, is_word))
    return out


# The pieces of the chunks already read: chunk -> ((offset in the chunk, text, casefolded text,
# is_cap, is_word), ...). The same chunks come back all the time ("ông,", "(TCHC)", "2008."): a
# corpus of 1,500 articles has 200,000 such chunks but 26,000 different ones. Emptied when it
# grows past _CHUNK_CACHE_SIZE, so that memory stays bounded on any input.
_CHUNK_PIECES: dict[str, tuple[tuple[int, str, str, bool, bool], ...]] = {}
_CHUNK_CACHE_SIZE = 100_000


def _chunk_pieces(chunk: str) -> tuple[tuple[int, str, str, bool, bool], ...]:
    """The tokens of one space-free chunk, as (offset, text, low, is_cap, is_word); remembered."""
    words = ((m.start() + a, _without_footnote(w) if w[-1] in "0123456789" else w)
             for m in _TOKEN.finditer(chunk) for a, w in _run_on(m.group()))
    pieces = tuple((start, w, w.casefold(), w[0].isupper(), w[0].isalnum() or w[0] == "_") for start, w in words)
    if len(_CHUNK_PIECES) >= _CHUNK_CACHE_SIZE:
        _CHUNK_PIECES.clear()
    _CHUNK_PIECES[chunk] = pieces
    return pieces


# A full stop run on to the next sentence where a line break was lost ("Hà Nội.Tháng 1/1998", "Đảng.4/2006:"):
# after a syllable with a lower-case vowel, before a capital or a digit; not an abbreviation ("TP.HCM",
# "Tp.HCM", "P.Trung", "Q.Cầu") nor a number ("12.2005")
_RUN_ON = re.compile(r"(?<=\w)\.(?=[^\W_a-zà-ỹđ])")
_SYLLABLE_END = re.compile(r"[^\W\d_]*[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"
                           r"[a-zà-ỹđ]*$")


def _run_on(word: str) -> list[tuple[int, str]]:
    """``word`` cut where a full stop runs two sentences together, as (offset, piece)."""
    if "." not in word:
        return [(0, word)]
    out, a = [], 0
    for m in _RUN_ON.finditer(word):
        head = word[a:m.start()]
        letters = re.search(r"[^\W\d_]+$", head)
        if letters and len(letters.group()) >= 2 and _SYLLABLE_END.fullmatch(letters.group()) \
                and any(c.islower() for c in letters.group()):
            out += [(a, head), (m.start(), ".")]
            a = m.end()
    out.append((a, word[a:]))
    return out


def _without_footnote(word: str) -> str:
    """``word`` without the number of a footnote stuck to its end ("Trung ương3", "Hồ Chí Minh11"): a
    syllable with a lower-case letter, then one or two digits; not a code ("PC13", "PMU18", "F1")."""
    k = len(word)
    while k and word[k - 1] in "0123456789":
        k -= 1
    head = word[:k]
    if 1 <= len(word) - k <= 2 and len(head) >= 2 and head.isalpha() and any(c.islower() for c in head):
        return head
    return word


def key_of(phrase: str) -> tuple[str, ...]:
    """Token key of a lexicon phrase: casefolded token texts."""
    return tuple(t.low for t in tokenize(phrase))


# The key under which a trie node keeps the value of the phrase that ends there (no token's
# text is empty, so it cannot clash with a word).
_END = ""


class PhraseMatcher:
    """Longest match of multi-token phrases, case-insensitive.

    The phrases are a trie of casefolded tokens (nested dicts), so a match costs one dict
    look-up per token read, whatever the size of the lexicon; most positions stop at the
    first look-up. Of two phrases with the same tokens the first one given wins.
    """

    def __init__(self, phrases: dict[str, object]):
        self._trie: dict = {}
        for phrase, value in phrases.items():
            k = key_of(phrase)
            if not k:
                continue
            node = self._trie
            for word in k:
                node = node.setdefault(word, {})
            node.setdefault(_END, value)

    def match(self, tokens: list[Token], i: int):
        """(end index, value) of the longest phrase starting at token ``i``, or None."""
        n = len(tokens)
        if i >= n:
            return None
        node = self._trie.get(tokens[i].low)
        if node is None:
            return None  # (most calls: no phrase begins with the word; answered before the loop)
        i += 1
        found = (i, node[_END]) if _END in node else None
        while i < n:
            node = node.get(tokens[i].low)
            if node is None:
                break
            i += 1
            if _END in node:
                found = i, node[_END]
        return found

    @property
    def first_words(self):
        """The casefolded tokens some phrase begins with."""
        return self._trie.keys()

    def openings(self) -> tuple[set[str], set[tuple[str, str]]]:
        """The words that are a phrase by themselves, and the pairs of words that begin a longer
        phrase: no phrase matches at a word that is neither, nor begins such a pair with the next."""
        whole = {w for w, node in self._trie.items() if _END in node}
        pairs = {(w, w2) for w, node in self._trie.items() for w2 in node if w2 != _END}
        return whole, pairs
