"""A made-up recovery journal for a first look, screenshots and benchmarks.

It follows a believable arc: heavy bleeding and cramping in the first days, tapering over about
three weeks; tiredness and sleep recovering more slowly; mood that lifts in waves and dips near
the due date and anniversaries. A long demo has a second loss, because many people have more
than one. No real people; the same seed always gives the same journal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import replace

from journal.core.care.demo_care import demo_facts, demo_questions, demo_results, with_periods
from journal.core.crypto.kdf import KdfParams
from journal.core.domain.entry import DayEntry, Measurement, Medication, SymptomValue
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal

_EARLY_NOTES = (
    "Bleeding was heavy this morning and I changed pads a lot.",
    "The cramps came in waves. The heating pad helped a little.",
    "I slept on and off. Everything feels far away.",
    "I could not face the phone today.",
    "I cried in the shower, which felt safer than anywhere else.",
    "The house is too quiet.",
    "I keep touching my stomach without meaning to.",
    "Someone brought soup and left it at the door. That was kind.",
    "I am so tired, more tired than I expected.",
    "I told my sister. She just listened, which was what I needed.",
)
_MIDDLE_NOTES = (
    "Only spotting today. My body feels more like mine.",
    "Went for a short walk around the block.",
    "A friend asked how I was, and I told the truth for once.",
    "Work was hard. I had to leave a meeting for a few minutes.",
    "I saw a pram in the shop and had to stand still for a moment.",
    "Ate a proper meal for the first time in days.",
    "Felt angry all afternoon and did not know where to put it.",
    "Some relief today, and then guilt about the relief.",
    "Slept through the night. It felt like a small gift.",
    "The follow-up appointment was quick. I wrote my questions down first.",
)
_LATER_NOTES = (
    "An ordinary day, mostly. The grief sat quietly in the background.",
    "I laughed properly at something and it surprised me.",
    "Thinking about the due date coming up. It already feels heavy.",
    "Took the long way home through the park.",
    "A hard day out of nowhere. Let myself rest.",
    "Wrote a little letter in the notebook. It helped to say it.",
    "Busy at work, which was a relief.",
    "Talked with a friend who has been through it too.",
    "Felt hopeful, carefully.",
    "Lit a candle in the evening and sat with it for a while.",
)
# Long notes (`long_notes=True`): what people write on days they write a lot, a few hundred to a few
# thousand characters, with the odd accented name, for benchmarks and for a realistic look.
_LONG_SENTENCES = (
    "I keep going over the appointment in my head, what was said and what I wish I had asked.",
    "My partner made tea and we sat in the garden without talking much, and that was enough.",
    "The midwife rang to check on me; she was kind, and I managed to say how tired I really am.",
    "At work someone announced a pregnancy and I went to the bathroom and breathed for a while.",
    "We talked about whether to try again, and decided not to decide anything yet.",
    "My body still feels unfamiliar, heavier in some ways and emptier in others.",
    "I walked to the café where Zoë and I used to meet and sat by the window for an hour.",
    "Some days the grief is loud and some days it is a low hum under everything else.",
    "I wrote down the things I want to remember, the small ones, before they fade.",
    "My mother called and said the wrong thing, and then later said the right one.",
    "I slept badly and woke at four, and lay there listening to the rain until it was light.",
    "A letter came from the hospital about the follow-up, and I put it on the shelf to open later.",
)
_FEELINGS_EARLY = ("grief", "sadness", "numbness", "anxiety", "loneliness", "guilt", "anger", "love")
_FEELINGS_LATER = ("sadness", "calm", "hope", "gratitude", "relief", "love", "anxiety", "jealousy", "grief")
_SELF_CARE = ("rest", "heating pad", "walk", "talked to someone", "ate a proper meal", "went outside")
_BLEEDING = ("none", "spotting", "light", "moderate", "heavy")


def demo_key_dates(start: dt.date, days: int) -> list[KeyDate]:
    """The losses, due dates and a few appointments the demo's arc is built around."""
    dates = [
        KeyDate(
            "",
            KeyDateKind.LOSS,
            start + dt.timedelta(days=1),
            "my first loss",
            LossKind.MISCARRIAGE,
            9,
            Management.MEDICATION,
        ),
        KeyDate("", KeyDateKind.DUE_DATE, start + dt.timedelta(days=150), "Due date"),
        KeyDate(
            "",
            KeyDateKind.APPOINTMENT,
            start + dt.timedelta(days=15),
            "Follow-up appointment",
            outcome="Blood test again next week. Call the unit if the bleeding gets heavier.",
        ),
    ]
    if days > 700:
        second = start + dt.timedelta(days=int(days * 0.45))
        dates += [
            KeyDate("", KeyDateKind.LOSS, second, "my second loss", LossKind.MISCARRIAGE, 7, Management.WAITING),
            KeyDate("", KeyDateKind.APPOINTMENT, second + dt.timedelta(days=10), "Check-up"),
        ]
    return [kd for kd in dates if kd.date < start + dt.timedelta(days=days)]


def demo_entries(
    start: dt.date, days: int, seed: int, key_dates: list[KeyDate], *, long_notes: bool = False
) -> Iterator[DayEntry]:
    rng = random.Random(seed)
    losses = sorted(kd.date for kd in key_dates if kd.kind is KeyDateKind.LOSS)
    heavy_dates = [kd.date for kd in key_dates if kd.kind is KeyDateKind.DUE_DATE] + [
        loss.replace(year=loss.year + n) for loss in losses for n in (1, 2, 3, 4, 5, 6, 7, 8, 9) if loss.month != 2
    ]
    for offset in range(days):
        date = start + dt.timedelta(days=offset)
        if rng.random() < 0.12:  # some days go unrecorded, as in life
            continue
        since = min(((date - loss).days for loss in losses if loss <= date), default=None)
        entry = _demo_day(rng, date, since, heavy_dates)
        if long_notes and entry.note:
            entry = replace(entry, note=_long_note(entry.note, random.Random(seed * 100_003 + offset)))
        yield entry


def _long_note(short: str, rng: random.Random) -> str:
    """The day's note grown to a few paragraphs (its own generator, so the short demo stays the same)."""
    paragraphs = [short]
    for _ in range(rng.randint(1, 5)):
        paragraphs.append(" ".join(rng.choices(_LONG_SENTENCES, k=rng.randint(2, 7))))
    return "\n\n".join(paragraphs)


def _demo_day(rng: random.Random, date: dt.date, since: int | None, heavy_dates: list[dt.date]) -> DayEntry:
    early = since is not None and since < 21
    healing = 1.0 if since is None else 1 - math.exp(-since / 18)
    near_hard_date = any(abs((date - hard).days) <= 3 for hard in heavy_dates)
    mood_base = 1.4 + 2.6 * (1 - math.exp(-(since if since is not None else 400) / 70))
    mood_base += 0.5 * math.sin(date.toordinal() / 9.0) - (1.2 if near_hard_date else 0)
    mood = max(1, min(5, round(mood_base + rng.gauss(0, 0.7))))
    symptoms: dict[str, SymptomValue] = {
        "tiredness": max(0, min(10, round(8 - 6 * healing + rng.gauss(0, 1.2)))),
        "sleep_hours": round(max(3.0, min(10.0, 5.2 + 2.2 * healing + rng.gauss(0, 0.8))), 1),
        "cramping": max(0, min(10, round(8 * math.exp(-(since or 60) / 5) + rng.gauss(0.6, 0.8)))),
    }
    if since is not None and since < 40:
        level = 4 - since // 4 if since < 8 else max(0, 2 - (since - 8) // 8)
        level = max(0, min(4, level + rng.choice((-1, 0, 0, 0, 1)) * (since > 3)))
        symptoms["bleeding"] = _BLEEDING[level]
        if level >= 2:
            symptoms["pads"] = level * 2 + rng.randint(0, 2)
        if since < 6:
            symptoms["clots"] = rng.random() < 0.5
        symptoms["breast"] = max(0, min(3, 3 - since // 5 + rng.choice((-1, 0, 0))))
    if rng.random() < (0.6 if early else 0.05):
        fever = since is not None and 3 <= since <= 4 and rng.random() < 0.5
        symptoms["temperature"] = Measurement(round(38.3 if fever else rng.uniform(36.4, 37.3), 1), "C")
    if early and rng.random() < 0.3:
        symptoms["nausea"] = rng.randint(0, 2)
    if rng.random() < 0.15:
        symptoms["headache"] = rng.randint(1, 3)
    pool = _FEELINGS_EARLY if (since is not None and since < 60) or near_hard_date else _FEELINGS_LATER
    feelings = tuple(rng.sample(pool, k=rng.randint(0, 3)))
    self_care = tuple(sorted(rng.sample(_SELF_CARE, k=rng.randint(0, 2 + (mood >= 4))), key=_SELF_CARE.index))
    notes = _EARLY_NOTES if early else _MIDDLE_NOTES if since is not None and since < 90 else _LATER_NOTES
    note = " ".join(rng.sample(notes, k=rng.randint(1, 3))) if rng.random() < 0.65 else ""
    medications = (Medication("pain relief", "2 tablets"),) if early and rng.random() < 0.4 else ()
    tags = ("work",) if date.weekday() < 5 and not early and rng.random() < 0.2 else ()
    return DayEntry(
        date=date,
        mood=mood,
        feelings=feelings,
        symptoms=symptoms,
        self_care=self_care,
        medications=medications,
        note=note,
        tags=tags,
    )


def demo_written(entry: DayEntry, today: dt.date) -> DayEntry:
    """Believable written times: most days in the evening of the day, every eleventh three days late."""
    zone = dt.datetime.now().astimezone().tzinfo
    late = entry.date.toordinal() % 11 == 0
    written_on = min(today, entry.date + dt.timedelta(days=3 if late else 0))
    moment = dt.datetime.combine(written_on, dt.time(21, 30), tzinfo=zone)
    return dataclasses.replace(entry, written_at=moment, changed_at=moment)


def create_demo_journal(
    files: JournalFiles,
    passphrase: str,
    *,
    days: int,
    seed: int,
    today: dt.date,
    kdf_params: KdfParams | None = None,
    long_notes: bool = False,
) -> tuple[Journal, str]:
    """Create a journal in `files` filled with `days` made-up days ending today, in one transaction."""
    journal, recovery_key = create_journal(files, passphrase, kdf_params)
    start = today - dt.timedelta(days=days - 1)
    key_dates = demo_key_dates(start, days)
    with journal.transaction() as session:
        for key_date in key_dates:
            journal.save_key_date(session, key_date)
        for entry in with_periods(
            demo_entries(start, days, seed, key_dates, long_notes=long_notes), key_dates, seed, today
        ):
            journal.save_day(session, demo_written(entry, today), keep_times=True)
        for result in demo_results(key_dates, today):
            journal.save_result(session, result)
        for question in demo_questions(key_dates, today):
            journal.save_question(session, question)
        journal.save_medical_facts(session, demo_facts(key_dates))
    return journal, recovery_key
