"""Supportive prompts and readings: the content library and the rules for choosing one to fit the day."""

from journal.core.prompts.library import (
    CONDITIONS,
    PHASES,
    Prompt,
    PromptLibrary,
    Reading,
    Theme,
    load_prompt_library,
    load_readings,
)
from journal.core.prompts.selection import (
    PromptPreferences,
    PromptShown,
    choose_prompt,
    hard_date_near,
    rank_prompts,
    recovery_phase,
)

__all__ = [
    "CONDITIONS",
    "PHASES",
    "Prompt",
    "PromptLibrary",
    "PromptPreferences",
    "PromptShown",
    "Reading",
    "Theme",
    "choose_prompt",
    "hard_date_near",
    "load_prompt_library",
    "load_readings",
    "rank_prompts",
    "recovery_phase",
]
