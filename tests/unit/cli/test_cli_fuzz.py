"""A hypothesis fuzz of the command line's arguments and environment.

Whatever the arguments (every command and option, values that are empty, absurd, not UTF-8, dates
that are not dates, files that are folders, devices or the journal itself) and whatever the
passphrase variables hold, a run ends with an exit code and never a traceback; and when it
refuses (any code but 0), the journal's bytes are exactly as before.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.cli.main import build_parser, run_command_line

NOT_UTF8 = os.fsdecode(b"caf\xe9 \xff\xfe")  # bytes that are not UTF-8, as Python hands them over
EXAMPLES = int(os.environ.get("JOURNAL_FUZZ_EXAMPLES", "250"))


def _subcommands() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(parser, path):  # type: ignore[no-untyped-def]
        subs = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
        if not subs and path:
            found.append(path)
        for action in subs:
            for name, child in action.choices.items():
                if name != "demo":  # makes a whole journal; its options are covered by the parser alone
                    walk(child, [*path, name])

    walk(build_parser("*"), [])
    return found


def _options() -> list[str]:
    names: set[str] = set()

    def walk(parser):  # type: ignore[no-untyped-def]
        for action in parser._actions:
            names.update(o for o in action.option_strings if o not in ("-h", "--help"))
            if action.__class__.__name__ == "_SubParsersAction":
                for child in action.choices.values():
                    walk(child)

    walk(build_parser("*"))
    return sorted(names)


# A NUL byte can be in neither an argument nor a variable: exec(2) takes C strings.
_TEXT = st.text(st.characters(exclude_characters="\x00"), max_size=30)
# An environment holds bytes: a lone surrogate cannot be put there (os.environ refuses it); the bytes
# that are not UTF-8 arrive as the surrogate escapes that NOT_UTF8 holds.
_ENVIRONMENT_TEXT = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=30)
COMMANDS = _subcommands()
OPTIONS = _options()


def _values(tmp: Path, data_dir: Path) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            [
                "",
                " ",
                "2026-11-01",
                "2026-02-30",
                "9999-12-31",
                "1",
                "5",
                "0",
                "-1",
                "9" * 5000,
                "nan",
                "temperature=45C",
                "temperature=37.2C",
                "pads=2.5",
                "bleeding=light",
                "cramping=99",
                "x=",
                "=",
                "a:b",
                NOT_UTF8,
                f"bleeding={NOT_UTF8}",
                "/dev/zero",
                "/dev/null",
                str(tmp),
                str(tmp / "out.file"),
                str(tmp / "missing" / "out.file"),
                str(data_dir),
                str(data_dir / "journal.sqlite3"),
                str(data_dir / "journal.lock"),
                str(tmp / ("a" * 300)),
                "daylio",
                "jrnl",
                "json",
                "A4",
            ]
        ),
        _TEXT,
    )


def _environment() -> st.SearchStrategy[dict[str, str]]:
    secret = st.one_of(st.just(PASSPHRASE), st.just(NOT_UTF8), st.just(""), _ENVIRONMENT_TEXT)
    return st.fixed_dictionaries(
        {},
        optional={
            "JOURNAL_PASSPHRASE": secret,
            "JOURNAL_RECOVERY_KEY": secret,
            "JOURNAL_NEW_PASSPHRASE": secret,
        },
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datetime as dt

    from journal.core.domain.entry import DayEntry
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal

    folder = tmp_path_factory.mktemp("fuzz-template") / "data"
    journal, _ = create_journal(JournalFiles(folder), PASSPHRASE, CHEAP_KDF)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 11, 1), mood=3, note="a day"))
    journal.close()
    return folder


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import journal.core.key_change
    import journal.core.opening

    monkeypatch.setattr(journal.core.opening, "calibrate", lambda *a, **k: CHEAP_KDF)
    monkeypatch.setattr(journal.core.key_change, "calibrate", lambda *a, **k: CHEAP_KDF)
    return tmp_path


def _journal_bytes(folder: Path) -> bytes:
    return b"".join((folder / name).read_bytes() for name in ("journal.sqlite3",) if (folder / name).exists())


def test_the_fuzz_reaches_every_command_and_option() -> None:
    assert ["add"] in COMMANDS and ["export", "pdf"] in COMMANDS and ["import"] in COMMANDS
    assert {"--note", "--symptom", "-o", "--force", "--date", "--passphrase-file"} <= set(OPTIONS)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_arguments_end_in_an_exit_code_and_a_refusal_changes_nothing(
    data: st.DataObject, template: Path, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = workspace / "data"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    values = _values(workspace, folder)
    command = data.draw(st.sampled_from(COMMANDS), label="command")
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(OPTIONS), values), max_size=5), label="options")
    positionals = data.draw(st.lists(values, max_size=2), label="positionals")
    argv = ["--data-dir", str(folder), *command, *positionals]
    for option, value in pairs:
        argv += (
            [option]
            if option in ("--force", "--json", "--dry-run", "--include-notes", "--replace")
            else [
                option,
                value,
            ]
        )
    environment = data.draw(_environment(), label="environment")
    saved = {name: os.environ.pop(name, None) for name in ("JOURNAL_PASSPHRASE", "JOURNAL_RECOVERY_KEY",
                                                            "JOURNAL_NEW_PASSPHRASE")}  # fmt: skip
    os.environ.update(environment)
    before = _journal_bytes(folder)
    try:
        try:
            code = run_command_line(argv)
        except SystemExit as stop:  # --help and --version print and stop, as argparse does
            code = int(stop.code or 0)
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code in (0, 1, 2, 3, 4), (argv, code, captured.err)
    if code != 0:
        assert captured.err.strip(), argv
        assert _journal_bytes(folder) == before, (argv, captured.err)


@pytest.mark.parametrize("option", ["--note", "--feeling", "--tag", "--medication", "--symptom", "--self-care"])
def test_text_that_is_not_utf8_is_refused_by_name(cli, data_dir: Path, option: str) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    before = _journal_bytes(data_dir)
    code, _, err = cli("add", "--date", "2026-11-01", option, NOT_UTF8)
    assert code == 1 and f"{option}: is not valid UTF-8" in err
    assert _journal_bytes(data_dir) == before


@pytest.mark.parametrize("variable", ["JOURNAL_PASSPHRASE", "JOURNAL_RECOVERY_KEY", "JOURNAL_NEW_PASSPHRASE"])
def test_an_environment_secret_that_is_not_utf8_is_refused_by_name(cli, monkeypatch, variable: str) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    monkeypatch.setenv(variable, NOT_UTF8)
    code, _, err = cli("list")
    assert code == 1 and f"{variable}: is not valid UTF-8" in err and "Traceback" not in err
