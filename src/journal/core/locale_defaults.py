"""Which units and paper a locale expects when the person has not chosen: °F and Letter, or °C and A4.

Takes a territory code (the "US" of "en_US") so that core stays free of Qt; the UI passes
`QLocale().name()` and the command line passes the environment's locale.
"""

from __future__ import annotations

import locale
import os

# Territories where Fahrenheit is the everyday temperature unit.
_FAHRENHEIT = frozenset({"US", "BS", "BZ", "KY", "PW", "LR", "FM", "MH", "PR", "GU", "VI", "AS", "MP"})
# Territories where US Letter is the usual paper size.
_LETTER = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "DO", "SV", "NI", "PA", "BZ"})


def territory_of(locale_name: str) -> str:
    """ "en_US.UTF-8" -> "US"; "de" -> ""."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def environment_locale() -> str:
    for variable in ("LC_ALL", "LC_MEASUREMENT", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX"):
            return value
    return locale.getlocale()[0] or ""


def temperature_unit_for(locale_name: str, chosen: str = "") -> str:
    """ "C" or "F": the person's choice if they made one, else what their locale expects."""
    if chosen in ("C", "F"):
        return chosen
    return "F" if territory_of(locale_name) in _FAHRENHEIT else "C"


def paper_for(locale_name: str, chosen: str = "") -> str:
    """ "A4" or "Letter": the person's choice if they made one, else what their locale expects."""
    if chosen in ("A4", "Letter"):
        return chosen
    return "Letter" if territory_of(locale_name) in _LETTER else "A4"
