"""The journal's vocabulary: day entries, symptoms, key dates and moods, as plain immutable values."""

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, SymptomKind
from journal.core.domain.entry import DayEntry, Measurement, Medication, SymptomValue
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.domain.mood import MOOD_RANGE, mood_word

__all__ = [
    "MOOD_RANGE",
    "DayEntry",
    "KeyDate",
    "KeyDateKind",
    "Measurement",
    "Medication",
    "SymptomCatalog",
    "SymptomDefinition",
    "SymptomKind",
    "SymptomValue",
    "mood_word",
]
