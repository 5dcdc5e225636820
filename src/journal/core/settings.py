"""The person's choices that say something about them, kept sealed inside the journal.

Window size, theme and auto-lock minutes are not personal and live in the GUI's settings; what
someone tracks, their own feelings and symptoms, hidden prompt themes and reminders live here.
Unknown keys from a newer version are kept, so an older app never drops them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, load_default_catalog


@dataclass(frozen=True)
class JournalSettings:
    custom_symptoms: tuple[dict[str, Any], ...] = ()
    hidden_symptoms: tuple[str, ...] = ()
    symptom_order: tuple[str, ...] = ()
    custom_feelings: tuple[str, ...] = ()
    custom_self_care: tuple[str, ...] = ()
    show_day_counter: bool = False  # off until the person asks for it (first run or Settings)
    day_counter_wording: str = "days"  # "days": "Day 14 since …"; "weeks": "2 weeks since …"
    temperature_unit: str = ""  # "" follows the locale; "C" or "F" when chosen
    hidden_prompt_themes: tuple[str, ...] = ()
    prompts_paused: bool = False
    prompts_not_today: str = ""  # ISO date "not today" was chosen
    prompt_situations: tuple[str, ...] = ()  # "partner_view", "returning_to_work": prompts shown only if chosen
    reminder_enabled: bool = False
    reminder_time: str = "20:00"
    extra: dict[str, Any] = field(default_factory=dict)

    def catalog(self, locale: str = "en") -> SymptomCatalog:
        """The symptoms in use: bundled defaults with this person's own added, hidden and ordered."""
        return load_default_catalog(locale).with_custom(
            self.readable_custom_symptoms(), self.hidden_symptoms, self.symptom_order
        )

    def readable_custom_symptoms(self) -> list[SymptomDefinition]:
        """The person's own symptoms; one that cannot be read (damaged, or from a newer version) is left out
        rather than stopping the whole journal from opening."""
        readable = []
        for item in self.custom_symptoms:
            try:
                readable.append(SymptomDefinition.custom_from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        return readable

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "extra"}
        data = {key: list(value) if isinstance(value, tuple) else value for key, value in data.items()}
        return {**self.extra, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JournalSettings:
        known = {f.name: f for f in dataclasses.fields(cls) if f.name != "extra"}
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name in known:
                default = getattr(cls(), name)
                if isinstance(default, tuple) and isinstance(value, list):
                    value = tuple(value)
                if type(value) is type(default):
                    values[name] = value
        extra = {key: value for key, value in data.items() if key not in known}
        return cls(**values, extra=extra)
