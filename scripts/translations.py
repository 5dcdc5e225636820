"""Extract the UI's translatable strings into `.ts` files and compile them into the `.qm` files the app loads.

    python scripts/translations.py            # update every resources/translations/journal_*.ts, then compile
    python scripts/translations.py extract    # only update the .ts files from src/journal/ui, drawing and report
    python scripts/translations.py compile    # only turn each .ts into a .qm beside it
    python scripts/translations.py add de     # start a new language (journal_de.ts), then compile

Uses `pyside6-lupdate` and `pyside6-lrelease`, which come with PySide6. `journal_en.ts` is the English
catalogue: English is the source language, so it only needs translations for plural forms ("%n day(s)").
A translator opens `journal_<lang>.ts` in Qt Linguist (`pyside6-linguist`), translates, saves, and runs
`compile`; `journal.ui.translations.install_translators` loads the `.qm` for the system's language.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_SOURCES = tuple(ROOT / "src" / "journal" / package for package in ("ui", "drawing", "report"))
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "journal"
SOURCE_LANGUAGE = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")


def qt_tool(name: str) -> str:
    """`pyside6-lupdate` beside this Python (a virtual environment's bin/), else from PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found. It comes with PySide6: pip install PySide6-Essentials")
    return found


def ui_sources() -> list[Path]:
    return sorted(path for folder in UI_SOURCES for path in folder.rglob("*.py"))


def ts_path(language: str, directory: Path) -> Path:
    return directory / f"{CATALOG}_{language}.ts"


def existing_languages(directory: Path) -> list[str]:
    return sorted(path.stem.removeprefix(f"{CATALOG}_") for path in directory.glob(f"{CATALOG}_*.ts"))


def extract(languages: list[str], directory: Path) -> None:
    """Create or update one .ts per language; translations already made are kept (lupdate merges)."""
    directory.mkdir(parents=True, exist_ok=True)
    sources = [str(path.relative_to(ROOT)) for path in ui_sources()]
    for language in languages:
        target = ts_path(language, directory)
        command = [qt_tool("pyside6-lupdate"), *sources, "-source-language", SOURCE_LANGUAGE]
        command += ["-target-language", language, "-locations", "relative", "-no-obsolete", "-ts", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
        if language == SOURCE_LANGUAGE:
            fill_english_plurals(target)


# Within one message only: a gap never crosses "</message>", so an already translated plural message is
# never matched together with the next message's unfinished translation.
_WITHIN = r"(?:(?!</message>).)*?"
_PLURAL_MESSAGE = re.compile(
    rf'(<message numerus="yes">{_WITHIN}<source>(?P<source>{_WITHIN})</source>{_WITHIN})'
    r'<translation type="unfinished">\s*(?:<numerusform>\s*</numerusform>\s*)*</translation>',
    re.DOTALL,
)


def english_plural_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a "%n day(s)" message: "%n day" and "%n days"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(path: Path) -> int:
    """Give every untranslated "%n …(s)" message of the English catalogue its two English forms.

    English is the source language, so the only words its catalogue needs are plural forms; writing them
    by rule means a new "%n problem(s)" never reaches a person as "1 problem(s)". Returns how many were filled.
    """
    text = path.read_text(encoding="utf-8")
    filled = 0

    def forms(match: re.Match[str]) -> str:
        nonlocal filled
        if "(s)" not in match["source"]:
            return match[0]
        filled += 1
        one, many = english_plural_forms(match["source"])
        return (
            f"{match[1]}<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )

    path.write_text(_PLURAL_MESSAGE.sub(forms, text), encoding="utf-8")
    return filled


def compile_all(directory: Path) -> list[Path]:
    compiled = []
    for language in existing_languages(directory):
        source = ts_path(language, directory)
        target = source.with_suffix(".qm")
        subprocess.run([qt_tool("pyside6-lrelease"), str(source), "-qm", str(target)], cwd=ROOT, check=True)
        compiled.append(target)
    return compiled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", nargs="?", choices=("all", "extract", "compile", "add"), default="all")
    parser.add_argument("language", nargs="?", help="with `add`: a language code such as de, fr or pt_BR")
    parser.add_argument("--directory", type=Path, default=TRANSLATIONS, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    directory: Path = arguments.directory
    if arguments.action == "add":
        if not arguments.language or not _LANGUAGE.match(arguments.language):
            parser.error("add needs a language code such as de, fr or pt_BR")
        extract([arguments.language], directory)
    if arguments.action in ("all", "extract"):
        extract(sorted({SOURCE_LANGUAGE, *existing_languages(directory)}), directory)
    if arguments.action in ("all", "compile", "add"):
        compile_all(directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
