"""The bundled prompts and readings held to the content guide (docs/CONTENT_GUIDE.md) and the issue's rules.

These tests read the real files, so a writer who adds a prompt learns here, not from a reader, that it
preaches, blames, counts streaks, repeats another prompt or reads like a leaflet.
"""

from __future__ import annotations

import difflib
import itertools
import re
import statistics
from pathlib import Path

import pytest

from journal.core.prompts import PHASES, load_prompt_library, load_readings
from journal.core.prompts.library import ANY_PHASE, Prompt, Reading

LIBRARY = load_prompt_library()
PROMPTS = LIBRARY.prompts
READINGS = load_readings()
KNOWN_IDS_FILE = Path(__file__).with_name("prompt_ids.txt")

REQUIRED_THEMES = {
    "body_and_rest", "grief", "feelings", "what_helped", "relationships", "telling_others",
    "work_and_daily_life", "remembering", "kindness", "hard_dates", "looking_ahead", "for_partners",
}  # fmt: skip
MIN_PROMPTS_PER_PHASE = 3  # enough that the 30-day no-repeat rule has room inside one theme
MIN_WORDS, MAX_WORDS = 6, 30
MIN_READING_WORDS, MAX_READING_WORDS = 200, 300
MAX_SAFETY_PAGE_WORDS = 400  # three tiers of signs, sources and a phone-advice step

# Flesch–Kincaid grade, computed below. Readings are long enough for the formula to be steady, so each
# must stay at or under grade 8, the issue's bar. A prompt is one or two short sentences, where a single
# three-syllable word moves the grade by two: so a theme's prompts must average grade 6 or under, and no
# single prompt may pass grade 10.
READING_MAX_GRADE = 8.0
THEME_MEAN_MAX_GRADE = 6.0
PROMPT_MAX_GRADE = 10.0

# Near duplicates: the same words in a different order (Jaccard similarity of word sets), or the same
# sentence with a word or two changed (difflib ratio of the whole text).
MAX_WORD_OVERLAP = 0.8
MAX_TEXT_RATIO = 0.9

FORBIDDEN = {
    "medical directions and clinical words": [
        r"\byou should\b", r"\byou must\b", r"\byou need to\b", r"\bdoctors?\b", r"\bdos(?:e|es|age)\b",
        r"\bmg\b", r"\bibuprofen\b", r"\bparacetamol\b", r"\bacetaminophen\b", r"\baspirin\b",
        r"\bpainkillers?\b", r"\bmedication\b", r"\bprescri", r"\bdiagnos", r"\bnormal\b", r"\blochia\b",
        r"\bdysmenorrh", r"\bfatigue\b", r"\bspontaneous abortion\b", r"\bpatients?\b",
        # the treatments of ectopic, molar and later losses are the clinician's to explain, never ours
        r"\bmethotrexate\b", r"\bmisoprostol\b", r"\bmifepristone\b", r"\bcabergoline\b",
        r"\bantibiotics?\b", r"\btablets?\b", r"\bpills?\b",
    ],
    "platitudes": [
        r"\bat least\b", r"\beverything happens\b", r"\bfor a reason\b", r"\bmeant to be\b",
        r"\bstay positive\b", r"\bbe strong\b", r"\btry(?:ing)? again\b", r"\btime heals\b",
        r"\bmov(?:e|ing) on\b", r"\bget over\b", r"\bsilver lining\b", r"\blook on the bright side\b",
        r"\bfor the best\b", r"\bnature's way\b", r"\bbetter place\b", r"\bangels?\b", r"\bgod\b",
        r"\bheaven\b", r"\bblessings?\b", r"\bpray", r"\bcould have been worse\b", r"\byou're young\b",
        r"\brainbow\b", r"\bnext pregnancy\b", r"\beverything will be\b",
        # what people say after an early loss, a decision for medical reasons, or another loss
        r"\bgrateful\b", r"\blucky\b", r"\b(?:just|only) (?:a |an )?(?:early|chemical)\b", r"\bcluster of cells\b",
        r"\bnot (?:a )?real\b", r"\bbaby ?dust\b", r"\bsticky\b", r"\bbest thing\b", r"\bright decision\b",
    ],
    "blame": [
        r"\byour own fault\b", r"\bif only you\b", r"\byou could have\b", r"\byou should have\b",
        r"\bwhat did you do\b", r"\bdid you (?:cause|do something|eat|drink|lift)\b", r"\bbecause you\b",
        r"\bcaused by you",
    ],
    "streaks and scores": [
        r"\bstreaks?\b", r"\bin a row\b", r"\bbadges?\b", r"\bscores?\b", r"\bpoints\b", r"\blevel up\b",
        r"\bmissed a day\b", r"\byou missed\b", r"\bkeep it up\b", r"\bwell done\b", r"\bgreat job\b",
        r"\bevery day\b", r"\bgoals?\b", r"\bdon't break\b",
    ],
    "assumptions about the person": [
        r"\bbab(?:y|ies)\b", r"\bmother", r"\bmum\b", r"\bmom\b", r"\bfather", r"\bdad\b",
        r"\bhusband\b", r"\bwife\b", r"\bboyfriend\b", r"\bgirlfriend\b", r"\bwom[ae]n\b", r"\bmen\b",
        r"\bs?he\b", r"\bhers?\b", r"\bhis\b", r"\bhim\b", r"\bherself\b", r"\bhimself\b",
        r"\bweeks pregnant\b", r"\btrimester\b", r"\bmiscarriage\b", r"\bstillbirth\b", r"\bchurch\b",
        r"\babort", r"\bwanted (?:pregnancy|child)\b", r"\bbirth mother\b", r"\breal parents?\b",
    ],
}  # fmt: skip

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_MARKDOWN = re.compile(r"^\s*(?:#+|[-*]|\d+\.)\s*|[*_`>]")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str) -> int:
    """A common English heuristic: vowel groups, less a silent final e / es / ed."""
    lowered = word.lower()
    if len(lowered) <= 3:
        return 1
    lowered = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", lowered)
    lowered = re.sub(r"^y", "", lowered)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", lowered)))


_BLOCK_START = re.compile(r"^\s*(?:#+|[-*]|\d+\.)\s")


def plain_text(markdown: str) -> str:
    """The words of a reading, one line per paragraph, heading or list item.

    Writers wrap long paragraphs; the wrapped lines are joined again, or every line break would count
    as the end of a sentence and make any paragraph look easy to read.
    """
    blocks: list[str] = []
    continues = False
    for line in markdown.splitlines():
        starts_block = not line.strip() or bool(_BLOCK_START.match(line))
        if continues and not starts_block:
            blocks[-1] += " " + line.strip()
        else:
            blocks.append(line.strip())
        continues = bool(line.strip()) and not line.lstrip().startswith("#")
    return "\n".join(_MARKDOWN.sub("", block) for block in blocks)


def flesch_kincaid_grade(text: str) -> float:
    """0.39 × words per sentence + 11.8 × syllables per word − 15.59.

    A sentence ends at . ! ? : ; or a line break, so a heading or a list item counts as one.
    """
    sentences = [part for part in re.split(r"[.!?:;]+|\n", text) if _WORD.search(part)]
    found = words(text)
    return 0.39 * len(found) / len(sentences) + 11.8 * sum(syllables(w) for w in found) / len(found) - 15.59


#: Names of organisations, which the safety page cites as they are spelled (not words about the person).
PROPER_NAMES = ("miscarriage association",)


def forbidden_in(text: str) -> list[str]:
    lowered = text.lower().replace("’", "'")
    for name in PROPER_NAMES:
        lowered = lowered.replace(name, " ")
    return [
        f"{kind}: {pattern}"
        for kind, patterns in FORBIDDEN.items()
        for pattern in patterns
        if re.search(pattern, lowered)
    ]


# The helpers first: a check that measures wrongly would pass everything.


@pytest.mark.parametrize(("word", "count"), [("rest", 1), ("water", 2), ("comfortable", 4), ("clinician", 3)])
def test_syllable_heuristic_counts_common_words(word: str, count: int) -> None:
    assert syllables(word) == count


def test_grade_separates_plain_words_from_a_leaflet() -> None:
    assert flesch_kincaid_grade("What did your body need most today?") < 3
    leaflet = "Comprehensive physiological recuperation necessitates individualised multidisciplinary consultation."
    assert flesch_kincaid_grade(leaflet) > 14


def test_a_wrapped_paragraph_is_read_as_one_run_of_sentences() -> None:
    wrapped = "# Title\n\nThis long sentence goes on\nacross three wrapped lines\nof a paragraph.\n- an item\n- another"
    assert plain_text(wrapped).splitlines() == [
        "Title", "", "This long sentence goes on across three wrapped lines of a paragraph.", "an item", "another",
    ]  # fmt: skip


def test_forbidden_phrases_are_found_in_any_case() -> None:
    assert forbidden_in("At least it was early.") == ["platitudes: \\bat least\\b"]
    assert forbidden_in("Ask your Doctor") == ["medical directions and clinical words: \\bdoctors?\\b"]
    assert forbidden_in("What did your body need most today?") == []


# The library.


def test_library_has_the_themes_and_size_the_issue_asks_for() -> None:
    assert {theme.key for theme in LIBRARY.themes} >= REQUIRED_THEMES
    assert len(PROMPTS) >= 300
    assert all(theme.title for theme in LIBRARY.themes)


def test_only_the_hard_dates_theme_is_gentle() -> None:
    assert [theme.key for theme in LIBRARY.themes if theme.gentle] == ["hard_dates"]


def test_ids_are_unique_and_share_one_prefix_per_theme() -> None:
    assert len({p.id for p in PROMPTS}) == len(PROMPTS)
    prefixes = {theme.key: {p.id.rsplit("-", 1)[0] for p in theme.prompts} for theme in LIBRARY.themes}
    assert all(len(found) == 1 for found in prefixes.values()), prefixes
    assert len({next(iter(found)) for found in prefixes.values()}) == len(prefixes)


def test_ids_are_stable_never_dropped_and_never_reused() -> None:
    published, _, retired = KNOWN_IDS_FILE.read_text(encoding="utf-8").partition("\nretired:")
    published_ids = {line for line in published.splitlines() if line and not line.startswith("#")}
    retired_ids = {line.strip() for line in retired.splitlines() if line.strip()}
    current = {p.id for p in PROMPTS}
    assert not current - published_ids, f"add new ids to {KNOWN_IDS_FILE.name}: {sorted(current - published_ids)}"
    dropped = published_ids - current - retired_ids
    assert not dropped, f"ids left the library; list them as retired in {KNOWN_IDS_FILE.name}: {sorted(dropped)}"
    assert not current & retired_ids, f"retired ids must never return: {sorted(current & retired_ids)}"


def test_every_theme_has_prompts_for_every_phase() -> None:
    gaps = [
        f"{theme.key}: {sum(p.fits_phase(phase) for p in theme.prompts)} for {phase}"
        for theme in LIBRARY.themes
        for phase in PHASES
        if sum(p.fits_phase(phase) for p in theme.prompts) < MIN_PROMPTS_PER_PHASE
    ]
    assert not gaps, gaps


def test_prompts_are_6_to_30_words() -> None:
    wrong = [f"{p.id} ({len(words(p.text))})" for p in PROMPTS if not MIN_WORDS <= len(words(p.text)) <= MAX_WORDS]
    assert not wrong, wrong


def test_no_two_prompts_are_the_same_or_nearly_the_same() -> None:
    def word_set(prompt: Prompt) -> frozenset[str]:
        return frozenset(w.lower() for w in words(prompt.text))

    close = []
    for a, b in itertools.combinations(PROMPTS, 2):
        wa, wb = word_set(a), word_set(b)
        overlap = len(wa & wb) / len(wa | wb)
        matcher = difflib.SequenceMatcher(None, a.text.lower(), b.text.lower())
        ratio = matcher.ratio() if matcher.quick_ratio() >= MAX_TEXT_RATIO else 0.0
        if overlap >= MAX_WORD_OVERLAP or ratio >= MAX_TEXT_RATIO:
            close.append(f"{a.id} ~ {b.id} (words {overlap:.2f}, text {ratio:.2f})")
    assert not close, close


def test_prompts_use_none_of_the_forbidden_phrases() -> None:
    found = {p.id: forbidden_in(p.text) for p in PROMPTS if forbidden_in(p.text)}
    assert not found, found


def test_prompts_read_like_a_friendly_letter() -> None:
    too_hard = {p.id: round(flesch_kincaid_grade(p.text), 1) for p in PROMPTS}
    too_hard = {pid: grade for pid, grade in too_hard.items() if grade > PROMPT_MAX_GRADE}
    assert not too_hard, too_hard
    means = {t.key: statistics.mean(flesch_kincaid_grade(p.text) for p in t.prompts) for t in LIBRARY.themes}
    assert max(means.values()) <= THEME_MEAN_MAX_GRADE, means


def test_prompts_are_tidy_sentences() -> None:
    assert not [p.id for p in PROMPTS if p.text[-1] not in ".?"]
    assert not [p.id for p in PROMPTS if "  " in p.text or p.text != p.text.strip()]


def test_most_prompts_invite_rather_than_direct() -> None:
    # Tone: "mostly questions"; a few tiny actions per theme are welcome.
    for theme in LIBRARY.themes:
        questions = sum(p.text.endswith("?") for p in theme.prompts)
        assert questions >= 0.7 * len(theme.prompts), theme.key


# The readings.


def test_there_are_at_least_24_readings_and_one_safety_page() -> None:
    assert len(READINGS) >= 24
    assert [r.id for r in READINGS if r.safety] == ["when-to-contact-a-clinician"]


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: r.id)
def test_reading_is_200_to_300_words(reading: Reading) -> None:
    most = MAX_SAFETY_PAGE_WORDS if reading.safety else MAX_READING_WORDS
    assert MIN_READING_WORDS <= len(words(plain_text(reading.body))) <= most


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: r.id)
def test_reading_follows_the_tone_guide(reading: Reading) -> None:
    assert forbidden_in(reading.title + "\n" + reading.body) == []
    assert flesch_kincaid_grade(plain_text(reading.body)) <= READING_MAX_GRADE


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: r.id)
def test_reading_themes_are_themes_of_the_library(reading: Reading) -> None:
    assert set(reading.themes) <= {theme.key for theme in LIBRARY.themes}


def test_safety_page_says_it_is_not_advice_and_names_no_country_number() -> None:
    (page,) = [r for r in READINGS if r.safety]
    body = " ".join(page.body.lower().split())
    assert "not medical advice" in body[:200]
    assert "local emergency number" in body
    assert not re.search(r"\b(?:911|999|112|000|111|988)\b", page.body)  # numbers come by country


# Every sign the issue names, in plain words, under the tier the published guidance puts it in.
SAFETY_TIERS = {
    "get help now": [
        "soak through a pad in an hour or less", "happens again the next hour", "large clots",
        "low down on one side", "tip of your shoulder", "dizzy", "faint", "breathless",
        "thoughts of harming yourself",
    ],
    "contact a clinician today": [
        "38 °c (100.4 °f) or more", "pain relief does not ease", "smells bad",
        "home pregnancy test is still positive about three weeks",
    ],
    "mention it at your next appointment": [
        "panic", "flashbacks", "nightmares", "low mood, worry or anxiety that lasts two weeks or more", "partners",
    ],
}  # fmt: skip


def test_safety_page_names_every_sign_in_its_tier_and_its_sources() -> None:
    (page,) = [r for r in READINGS if r.safety]
    body = " ".join(page.body.lower().split())
    parts = re.split(r"^## (.+)$", page.body.lower(), flags=re.MULTILINE)
    sections = {title.strip(): " ".join(text.split()) for title, text in zip(parts[1::2], parts[2::2], strict=True)}
    assert list(sections)[:3] == list(SAFETY_TIERS), list(sections)
    for tier, signs in SAFETY_TIERS.items():
        for sign in signs:
            assert sign in sections[tier], (tier, sign)
    for source in ("tommy's", "the nhs", "miscarriage association"):
        assert source in body[:600], source
    assert "health advice line" in sections["if you are not sure"]


def test_readings_that_mention_safety_point_to_the_safety_page() -> None:
    for reading in READINGS:
        body = " ".join(reading.body.lower().split())
        if "unsafe with your thoughts" in body and not reading.safety:
            assert "when to contact a clinician" in body, reading.id


# Body prompts: a partner or support person is never asked about bleeding, milk or cramps as if they
# were their own, so any prompt that names the body that was pregnant must say so with `body = true`.

#: Words that, in a prompt, can only mean the body that was pregnant.
BODY_WORDS = re.compile(
    r"\b(?:bleed\w*|pads?|clots?|cramp\w*|milk|breasts?|scars?|stitches|discharge|periods?|womb|tubes?"
    r"|hormones?|since the birth|pregnant body)\b"
)
#: Themes where prompts about one's own recovering body belong.
BODY_THEMES = {"body_and_rest", "what_helped", "kindness"}


def test_prompts_that_name_the_pregnant_body_are_marked_body() -> None:
    unmarked = [p.id for p in PROMPTS if BODY_WORDS.search(p.text.lower()) and not p.body]
    assert not unmarked, f"mark these body = true, or reword them: {unmarked}"


def test_body_prompts_live_in_body_themes_and_never_in_the_partners_theme() -> None:
    assert {p.theme for p in PROMPTS if p.body} <= BODY_THEMES
    assert not [p.id for p in LIBRARY.theme("for_partners").prompts if p.body]
    for phase in ("first_days", "first_weeks", "later"):
        assert any(p.body and phase in p.phases for p in LIBRARY.theme("body_and_rest").prompts), phase


def test_a_partner_still_has_body_and_rest_prompts_for_every_phase() -> None:
    not_body = [p for p in LIBRARY.theme("body_and_rest").prompts if not p.body and not p.conditions]
    for phase in PHASES:
        assert sum(p.fits_phase(phase) for p in not_body) >= MIN_PROMPTS_PER_PHASE, phase


def test_the_body_word_check_catches_the_words_it_is_for() -> None:
    assert BODY_WORDS.search("how is the bleeding today?")
    assert BODY_WORDS.search("if your milk has come in")
    assert not BODY_WORDS.search("how are you sleeping and eating while you look after someone else?")


# Kinds of loss and situations: the issue's groups each have words written for them.
KIND_MINIMUM = {"ectopic": 5, "molar": 5, "chemical": 5, "tfmr": 8, "stillbirth": 8}
SITUATION_MINIMUM = {"partner_view": 20, "parenting_already": 8, "trying_again": 3, "pregnant_again": 6}


def test_every_kind_of_loss_and_situation_the_issue_lists_has_prompts() -> None:
    for kind, minimum in KIND_MINIMUM.items():
        assert sum(kind in p.loss_kinds for p in PROMPTS) >= minimum, kind
    for situation, minimum in SITUATION_MINIMUM.items():
        assert sum(situation in p.conditions for p in PROMPTS) >= minimum, situation


def test_every_kind_of_loss_has_a_reading_written_for_it() -> None:
    for kind in KIND_MINIMUM:
        assert [r.id for r in READINGS if kind in r.loss_kinds], kind


def test_any_phase_means_any_alone() -> None:
    assert not [p.id for p in PROMPTS if ANY_PHASE in p.phases and len(p.phases) > 1]
