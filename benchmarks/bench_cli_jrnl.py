"""The read commands against jrnl's on the same 3,650 days, as whole processes, the key derivation excluded.

Both journals hold the same days: each of ours (long notes) becomes one jrnl entry, its text the
block `journal show` prints, written into an encrypted jrnl journal through jrnl's own `Journal`
class (so its file is jrnl's v3 format, sealed with its PBKDF2 key). Then, as fresh processes in
alternating rounds, the same question is asked of both:

    journal show --date D               jrnl -on D
    journal search WORD                 jrnl -contains WORD --short
    journal list                        jrnl --short
    journal list --from D               jrnl -from D --short

Each side's key derivation is measured on its own in the same run and taken off its times: ours is
the cheap Argon2id the benchmark journal was made with (a person's calibrated one is slower, on
purpose), jrnl's is its own `_make_key` (PBKDF2-HMAC-SHA256), timed in jrnl's interpreter.
jrnl is given its best case: no keyring to ask (the passphrase comes on its standard input) and
no colours. Target: each command ≤ 0.6× jrnl's, as the median of the rounds' paired ratios.

jrnl is found through `JOURNAL_BENCH_JRNL` (the path of its `jrnl` script, e.g. a venv made
with `python -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl==4.6`), else on
`PATH`. Without it the rows say so and the rest of the table runs.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import DEMO_PASSPHRASE, DEMO_TODAY, BenchContext, Row, alternate

ROUNDS = 9
TARGET = 0.6
DAYS = 3650
WORD = "garden"
SHOWN = DEMO_TODAY - dt.timedelta(days=4)
RANGE_START = DEMO_TODAY - dt.timedelta(days=23)  # about the last ten recorded days
COMMANDS = ("show --date", "search", "list", "list --from")

# Run in jrnl's interpreter: read jrnl-format text on stdin, write it as an encrypted jrnl journal.
_BUILD_JRNL = """
import sys
from jrnl.journals.Journal import Journal
path, password = sys.argv[1], sys.argv[2]
journal = Journal("default", journal=path, encrypt=True, timeformat="%Y-%m-%d %H:%M", tagsymbols="#@")
journal.import_(sys.stdin.read())
journal._reconfigure_encryption_method()
journal.encryption_method.password = password
journal.write(path)
print(len(journal.entries))
"""

# Run in jrnl's interpreter: time jrnl's own key derivation on the salt of the journal it wrote.
_TIME_JRNL_KDF = """
import inspect, re, statistics, sys, time
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
method = Jrnlv3Encryption("default", {})
method.password = sys.argv[2]
header, _ = method._parse_header(open(sys.argv[1], "rb").read())
import base64
salt = base64.urlsafe_b64decode(header["salt"])
method._make_key(salt)
samples = []
for _ in range(int(sys.argv[3])):
    started = time.perf_counter()
    method._make_key(salt)
    samples.append((time.perf_counter() - started) * 1000)
found = re.search(r"iterations=([0-9_]+)", inspect.getsource(Jrnlv3Encryption._make_key))
print(statistics.median(samples), found.group(1).replace("_", "") if found else "?")
"""

_CONFIG = """colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: {version}
"""


def find_jrnl() -> Path | None:
    """jrnl's command: `JOURNAL_BENCH_JRNL`, else `jrnl` on PATH; None when neither is there."""
    named = os.environ.get("JOURNAL_BENCH_JRNL")
    if named:
        return Path(named) if Path(named).is_file() else None
    found = shutil.which("jrnl")
    return Path(found) if found else None


def _interpreter_of(script: Path) -> str:
    """The Python a console script runs with (its `#!` line), so jrnl's own code is what is timed."""
    first = script.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    if first.startswith("#!") and "python" in first:
        return first[2:].strip().split()[0]
    return str(script.with_name("python"))


def _jrnl_text(folder: Path) -> str:
    """Every day of our journal as jrnl entries: `[date 09:00]` and what `journal show` prints."""
    from journal.cli.render import day_block
    from journal.core.journal_files import JournalFiles
    from journal.core.reading import read_with_passphrase

    journal = read_with_passphrase(JournalFiles(folder), DEMO_PASSPHRASE)
    try:
        catalog = journal.settings().catalog()
        blocks = []
        for entry in journal.days_between(None, None):
            _heading, _, rest = day_block(entry, catalog).partition("\n")
            blocks.append(f"[{entry.date.isoformat()} 09:00] {rest}\n")
    finally:
        journal.close()
    return "\n".join(blocks)


def _our_kdf_ms(folder: Path, repeat: int = 9) -> float:
    """Our key derivation alone, as a read command does it (the slot's Argon2id and unwrapping the key)."""
    import sqlite3

    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase
    from journal.core.storage.header import read_header_from

    connection = sqlite3.connect(folder / "journal.sqlite3")
    try:
        header = read_header_from(connection)
    finally:
        connection.close()
    samples = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), DEMO_PASSPHRASE)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[1:])


def _timed(arguments: list[str], environment: dict[str, str], stdin: str | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        arguments, env=environment, input=stdin, text=True, capture_output=True, check=True, timeout=300,
        start_new_session=True,  # no terminal: jrnl reads the passphrase from its standard input
    )  # fmt: skip
    return (time.perf_counter() - started) * 1000


def _lines(arguments: list[str], environment: dict[str, str], stdin: str | None = None) -> int:
    done = subprocess.run(
        arguments, env=environment, input=stdin, text=True, capture_output=True, check=True, timeout=300,
        start_new_session=True,
    )  # fmt: skip
    return len([line for line in done.stdout.splitlines() if line.strip()])


def _skipped(reason: str) -> list[Row]:
    return [Row(f"cli vs jrnl: {name}", None, None, f"skipped: {reason}") for name in COMMANDS]


def rows(context: BenchContext) -> list[Row]:
    jrnl = find_jrnl()
    if jrnl is None:
        return _skipped("jrnl not found (set JOURNAL_BENCH_JRNL to its jrnl script)")
    folder = context.long_notes_journal(DAYS)
    jrnl_python = _interpreter_of(jrnl)
    place = context.work_dir / "jrnl"
    (place / "config").mkdir(parents=True, exist_ok=True)
    journal_file = place / "journal.txt"
    base = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    base.update(PYTHONPYCACHEPREFIX=str(context.work_dir / "pycache"))
    theirs_env = dict(
        base, HOME=str(place), XDG_CONFIG_HOME=str(place / "config"), XDG_DATA_HOME=str(place / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", NO_COLOR="1", TERM="dumb",
    )  # fmt: skip
    ours_env = dict(base, JOURNAL_PASSPHRASE=DEMO_PASSPHRASE)
    built = subprocess.run(
        [jrnl_python, "-c", _BUILD_JRNL, str(journal_file), DEMO_PASSPHRASE], input=_jrnl_text(folder),
        text=True, capture_output=True, check=True, timeout=600, env=theirs_env,
    )  # fmt: skip
    if not built.stdout.strip() or int(built.stdout.split()[-1]) <= 0:
        raise RuntimeError("jrnl's journal came out empty")
    version = subprocess.run(
        [str(jrnl), "--version"], text=True, capture_output=True, check=True, env=theirs_env, timeout=120
    ).stdout.split()[1]
    config = place / "jrnl.yaml"
    config.write_text(_CONFIG.format(journal=journal_file, version=version))

    python = sys.executable
    script = Path(python).with_name("journal")
    journal = [str(script)] if script.exists() else [python, "-m", "journal"]
    ours = [*journal, "--data-dir", str(folder)]
    theirs = [str(jrnl), "--config-file", str(config)]
    pairs = {
        "show --date": ([*ours, "show", "--date", SHOWN.isoformat()], [*theirs, "-on", SHOWN.isoformat()]),
        "search": ([*ours, "search", WORD], [*theirs, "-contains", WORD, "--short"]),
        "list": ([*ours, "list"], [*theirs, "--short"]),
        "list --from": (
            [*ours, "list", "--from", RANGE_START.isoformat()],
            [*theirs, "-from", RANGE_START.isoformat(), "--short"],
        ),
    }
    secret = DEMO_PASSPHRASE + "\n"
    # The same days on both sides: every listing has as many lines on each (a show differs in layout).
    for name in ("search", "list", "list --from"):
        mine, other = pairs[name]
        counted = (_lines(mine, ours_env), _lines(other, theirs_env, secret))
        if counted[0] != counted[1]:
            raise RuntimeError(f"{name}: {counted[0]} lines from journal, {counted[1]} from jrnl")
    actions = []
    for mine, other in pairs.values():
        actions.append(lambda c=mine: _timed(c, ours_env))
        actions.append(lambda c=other: _timed(c, theirs_env, secret))
    for action in actions:  # warm the disk cache and both bytecode caches
        action()
    samples = alternate(actions, ROUNDS)
    # Each side's key derivation, measured on its own in this run, between the rounds' processes.
    our_kdf = _our_kdf_ms(folder)
    jrnl_kdf_text, iterations = subprocess.run(
        [jrnl_python, "-c", _TIME_JRNL_KDF, str(journal_file), DEMO_PASSPHRASE, "9"],
        text=True, capture_output=True, check=True, timeout=300, env=theirs_env,
    ).stdout.split()  # fmt: skip
    jrnl_kdf = float(jrnl_kdf_text)
    result = []
    for index, name in enumerate(pairs):
        mine = [value - our_kdf for value in samples[2 * index]]
        other = [value - jrnl_kdf for value in samples[2 * index + 1]]
        ratio = statistics.median(a / b for a, b in zip(mine, other, strict=True))
        ours_ms, theirs_ms = statistics.median(mine), statistics.median(other)
        note = (
            f"{ratio:.2f}× jrnl {version} (target ≤ {TARGET}×, paired median of {ROUNDS}); jrnl {theirs_ms:.0f} ms; "
            f"KDFs taken off: ours {our_kdf:.1f} ms, jrnl's PBKDF2 ({iterations} it.) {jrnl_kdf:.1f} ms"
        )
        # The verdict is the paired ratio's (steadier under load than a ratio of the two medians).
        result.append(Row(f"cli vs jrnl: {name} ({DAYS:,} d, long notes)", ours_ms, None, note, passed=ratio <= TARGET))
    return result
