"""The Prompts page of Settings: pause prompts, switch themes off and on, and say which situations fit.

Partner prompts, going-back-to-work prompts, and prompts about children at home, trying again or a
pregnancy now are offered only to people who say these apply to them, so nobody is asked about a
partner, a job, children or a pregnancy they may not have. Every choice is off until the person ticks it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from journal.core.prompts.library import PromptLibrary
from journal.core.settings import JournalSettings

PARTNER = "partner_view"
BACK_TO_WORK = "returning_to_work"
PARENTING = "parenting_already"
TRYING_AGAIN = "trying_again"
PREGNANT_AGAIN = "pregnant_again"


class PromptSettingsPage(QWidget):
    def __init__(self, settings: JournalSettings, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = QCheckBox(self.tr("Offer a prompt on the Today page"))
        self.offer.setAccessibleName(self.tr("Offer prompts"))
        self.offer.setChecked(not settings.prompts_paused)

        self.partner = QCheckBox(self.tr("I'm a partner or support person"))
        self.partner.setAccessibleName(self.tr("Include prompts for partners and support people"))
        self.partner.setChecked(PARTNER in settings.prompt_situations)
        self.work = QCheckBox(self.tr("I'm going back to work, or have gone back"))
        self.work.setAccessibleName(self.tr("Include prompts about going back to work"))
        self.work.setChecked(BACK_TO_WORK in settings.prompt_situations)
        self.parenting = QCheckBox(self.tr("I'm already caring for a child or children"))
        self.parenting.setAccessibleName(self.tr("Include prompts for people who already have children"))
        self.parenting.setChecked(PARENTING in settings.prompt_situations)
        self.trying = QCheckBox(self.tr("I'm trying for another pregnancy, or thinking about it"))
        self.trying.setAccessibleName(self.tr("Include prompts about trying again"))
        self.trying.setChecked(TRYING_AGAIN in settings.prompt_situations)
        self.pregnant = QCheckBox(self.tr("I'm pregnant again, or my partner is"))
        self.pregnant.setAccessibleName(self.tr("Include prompts about a pregnancy after loss"))
        self.pregnant.setChecked(PREGNANT_AGAIN in settings.prompt_situations)
        self._situations = {
            PARTNER: self.partner,
            BACK_TO_WORK: self.work,
            PARENTING: self.parenting,
            TRYING_AGAIN: self.trying,
            PREGNANT_AGAIN: self.pregnant,
        }
        situations_box = QGroupBox(self.tr("Only if they fit you"))
        situations_layout = QVBoxLayout(situations_box)
        for box in self._situations.values():
            situations_layout.addWidget(box)

        self.themes: dict[str, QCheckBox] = {}
        themes_box = QGroupBox(self.tr("Prompts about"))
        themes_layout = QVBoxLayout(themes_box)
        hidden = set(settings.hidden_prompt_themes)
        for theme in library.themes:
            box = QCheckBox(theme.title)
            box.setAccessibleName(theme.title)
            box.setChecked(theme.key not in hidden)
            self.themes[theme.key] = box
            themes_layout.addWidget(box)

        note = QLabel(self.tr("Every prompt is optional. Switch off anything you would rather not be asked about."))
        note.setWordWrap(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(note)
        layout.addWidget(self.offer)
        layout.addWidget(situations_box)
        layout.addWidget(themes_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.offer.toggled.connect(themes_box.setEnabled)
        themes_box.setEnabled(self.offer.isChecked())

    def applied_to(self, settings: JournalSettings) -> JournalSettings:
        """`settings` with the choices on this page; themes not in the library stay as they were."""
        known_hidden = {key for key, box in self.themes.items() if not box.isChecked()}
        unknown_hidden = {key for key in settings.hidden_prompt_themes if key not in self.themes}
        situations = [key for key in settings.prompt_situations if key not in self._situations]
        situations += [key for key, box in self._situations.items() if box.isChecked()]
        return replace(
            settings,
            prompts_paused=not self.offer.isChecked(),
            hidden_prompt_themes=tuple(sorted(known_hidden | unknown_hidden)),
            prompt_situations=tuple(situations),
        )
