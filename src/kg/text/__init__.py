"""Cleaning and segmentation: raw article text -> normalised text and sentences.

Every character of the cleaned text remembers where it came from in the raw text, so
facts found in the cleaned text are reported with offsets into the text as the user
gave it (see ``Cleaned.raw_span``).
"""

from kg.text.clean import Cleaned, clean
from kg.text.segment import Sentence, split_sentences

__all__ = ["Cleaned", "Sentence", "clean", "split_sentences"]
