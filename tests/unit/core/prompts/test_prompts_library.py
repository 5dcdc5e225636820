"""Loading the prompt and reading files: shape checks that name the file and prompt at fault."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from journal.core.prompts import PromptLibrary, Theme, load_prompt_library, load_readings
from journal.core.prompts.library import Prompt, read_prompt_library, read_readings
from journal.core.resources import resources_dir

GOOD_THEME = """
theme = "grief"
title = "Grief"

[[prompt]]
id = "grief-001"
text = "What has grief felt like today?"
phases = ["any"]
conditions = []
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_library_loads_with_every_prompt_tagged_by_its_theme() -> None:
    library = load_prompt_library()
    assert library.themes
    for theme in library.themes:
        assert all(prompt.theme == theme.key for prompt in theme.prompts)


def test_library_is_read_once_per_run() -> None:
    assert load_prompt_library() is load_prompt_library()
    assert load_readings() is load_readings()


def test_reading_the_library_from_disk_is_quick() -> None:
    # The brief allows 30 ms at start-up; this generous bound only catches a real regression
    # (e.g. reading files per prompt), not a slow test machine.
    started = time.perf_counter()
    read_prompt_library(resources_dir() / "prompts" / "en")
    assert time.perf_counter() - started < 0.3


def test_unknown_locale_falls_back_to_english() -> None:
    assert load_prompt_library("xx") == load_prompt_library("en")
    assert load_readings("xx") == load_readings("en")


def test_a_locale_that_is_not_a_name_never_leaves_the_content_folder() -> None:
    # Qt says "C" under a bare environment; a path is never followed. Both read as English.
    assert load_prompt_library("../secrets") == load_prompt_library("en")
    assert load_readings("C") == load_readings("en")


def test_prompt_lookup_by_id() -> None:
    library = load_prompt_library()
    first = library.prompts[0]
    assert library.prompt(first.id) == first
    assert library.prompt("retired-999") is None
    assert library.theme(first.theme).key == first.theme


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (GOOD_THEME.replace('"grief-001"', '"Grief 1"'), r"grief\.toml, prompt #1: id"),
        (GOOD_THEME.replace('"What has grief felt like today?"', '""'), r"'grief-001': text"),
        (GOOD_THEME.replace('["any"]', '["someday"]'), r"'grief-001': unknown phases someday"),
        (GOOD_THEME.replace('["any"]', '["any", "later"]'), r"'grief-001': 'any' already covers"),
        (GOOD_THEME.replace('["any"]', "[]"), r"'grief-001': phases must name"),
        (GOOD_THEME.replace("conditions = []", 'conditions = ["rainy"]'), r"unknown conditions rainy"),
        (GOOD_THEME.replace("conditions = []", 'condition = ["near_due_date"]'), r"unknown field condition"),
        (GOOD_THEME.replace('theme = "grief"', 'theme = "sorrow"'), r"grief\.toml: theme must"),
        (GOOD_THEME.replace('title = "Grief"\n', ""), r"grief\.toml: title"),
        (GOOD_THEME.replace('title = "Grief"', 'title = "Grief"\ngentle = "yes"'), r"grief\.toml: gentle"),
        (GOOD_THEME.replace("[[prompt]]", "[prompt]"), r"grief\.toml: needs at least one"),
        (GOOD_THEME + "text = ", r"grief\.toml: not valid TOML"),
        (GOOD_THEME + 'loss_kinds = ["ectopic", "sad"]', r"unknown loss_kinds sad"),
        (GOOD_THEME + 'body = "yes"', r"'grief-001': body must be true or false"),
    ],
)
def test_malformed_prompt_file_names_the_file_and_prompt(tmp_path: Path, broken: str, expected: str) -> None:
    write(tmp_path, "grief.toml", broken)
    with pytest.raises(ValueError, match=expected):
        read_prompt_library(tmp_path)


def test_an_id_used_in_two_files_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "grief.toml", GOOD_THEME)
    write(tmp_path, "kindness.toml", GOOD_THEME.replace('"grief"', '"kindness"').replace('"Grief"', '"Kind"'))
    with pytest.raises(ValueError, match=r"kindness\.toml, prompt 'grief-001': id already used in grief\.toml"):
        read_prompt_library(tmp_path)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no prompt files"):
        read_prompt_library(tmp_path)
    with pytest.raises(ValueError, match="no readings"):
        read_readings(tmp_path)


def test_a_library_built_in_code_refuses_a_repeated_id() -> None:
    prompt = Prompt(id="grief-001", text="What has grief felt like today?", theme="grief", phases=frozenset({"any"}))
    with pytest.raises(ValueError, match="grief-001"):
        PromptLibrary((Theme("grief", "Grief", False, (prompt, prompt)),))


GOOD_READING = """+++
id = "asking-for-help"
title = "Asking for help"
themes = ["kindness"]
+++

Many people find it hard to ask for help.
"""


def test_reading_front_matter_and_body_are_read(tmp_path: Path) -> None:
    write(tmp_path, "asking-for-help.md", GOOD_READING)
    (reading,) = read_readings(tmp_path)
    assert reading.id == "asking-for-help"
    assert reading.themes == ("kindness",)
    assert reading.body == "Many people find it hard to ask for help."
    assert reading.safety is False


def test_loss_kinds_and_body_are_read_for_prompts_and_readings(tmp_path: Path) -> None:
    write(tmp_path, "grief.toml", GOOD_THEME + 'loss_kinds = ["ectopic", "molar"]\nbody = true\n')
    (prompt,) = read_prompt_library(tmp_path).prompts
    assert prompt.loss_kinds == {"ectopic", "molar"} and prompt.body is True
    write(tmp_path, "asking-for-help.md", GOOD_READING.replace("+++\n\n", 'loss_kinds = ["tfmr"]\n+++\n\n'))
    (reading,) = read_readings(tmp_path)
    assert reading.loss_kinds == {"tfmr"}


def test_prompts_without_loss_kinds_or_body_fit_everyone(tmp_path: Path) -> None:
    write(tmp_path, "grief.toml", GOOD_THEME)
    (prompt,) = read_prompt_library(tmp_path).prompts
    assert prompt.loss_kinds == frozenset() and prompt.body is False


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (GOOD_READING.replace("+++\nid", "id", 1), "must start with front matter"),
        (GOOD_READING.replace("+++\n\nMany", "\nMany"), "no closing"),
        (GOOD_READING.replace('"asking-for-help"', '"help"'), "id must match the file name"),
        (GOOD_READING.replace('["kindness"]', "[]"), "themes must be"),
        (GOOD_READING.replace('themes = ["kindness"]', 'themes = ["kindness"]\nsafety = "yes"'), "safety"),
        (GOOD_READING.replace('title = "Asking for help"', 'tittle = "x"'), r"unknown field tittle"),
        (GOOD_READING.replace("Many people find it hard to ask for help.", ""), "has no text"),
        (GOOD_READING.replace('id = "asking-for-help"', "id = "), "not valid TOML"),
    ],
)
def test_malformed_reading_names_the_file(tmp_path: Path, broken: str, expected: str) -> None:
    write(tmp_path, "asking-for-help.md", broken)
    with pytest.raises(ValueError, match=rf"asking-for-help\.md: .*{expected}"):
        read_readings(tmp_path)
