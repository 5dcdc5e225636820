"""The Prompts page of Settings turns prompts off, hides themes and opts into partner and work prompts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from journal.core.prompts.library import load_prompt_library
from journal.core.prompts.today import OfferState, todays_offer
from journal.core.settings import JournalSettings
from journal.ui.prompts.prompt_settings import PromptSettingsPage

TODAY = dt.date(2026, 11, 24)


def test_the_page_shows_the_current_choices_and_keeps_unknown_themes(qtbot) -> None:
    settings = JournalSettings(
        hidden_prompt_themes=("grief", "from_a_newer_version"), prompt_situations=("partner_view",)
    )
    page = PromptSettingsPage(settings, load_prompt_library())
    qtbot.addWidget(page)
    assert page.offer.isChecked() and page.partner.isChecked() and not page.work.isChecked()
    assert not page.themes["grief"].isChecked() and page.themes["body_and_rest"].isChecked()
    page.themes["grief"].setChecked(True)
    page.themes["remembering"].setChecked(False)
    page.work.setChecked(True)
    chosen = page.applied_to(settings)
    assert chosen.hidden_prompt_themes == ("from_a_newer_version", "remembering")
    assert set(chosen.prompt_situations) == {"partner_view", "returning_to_work"}


def test_switching_prompts_off_pauses_them_in_the_journal(qtbot, journal) -> None:
    page = PromptSettingsPage(journal.settings(), load_prompt_library())
    qtbot.addWidget(page)
    assert todays_offer(journal, TODAY).state is OfferState.OFFERED
    page.offer.setChecked(False)
    assert not page.themes["grief"].parentWidget().isEnabled()
    with journal.transaction() as session:
        journal.save_settings(session, page.applied_to(journal.settings()))
    assert todays_offer(journal, TODAY).state is OfferState.PAUSED


def test_partner_prompts_are_offered_only_after_opting_in(journal) -> None:
    library = load_prompt_library()
    partner_ids = {p.id for p in library.prompts if "partner_view" in p.conditions}
    seen: set[str] = set()
    for offset in range(60):
        offer = todays_offer(journal, TODAY + dt.timedelta(days=offset))
        if offer.prompt:
            seen.add(offer.prompt.id)
    assert not seen & partner_ids
    with journal.transaction() as session:
        journal.save_settings(
            session,
            replace(
                journal.settings(),
                prompt_situations=("partner_view",),
                hidden_prompt_themes=tuple(t.key for t in library.themes if t.key != "for_partners"),
            ),
        )
    assert todays_offer(journal, TODAY).prompt.id in partner_ids


def test_the_three_new_situations_are_off_by_default_and_saved_when_ticked(qtbot) -> None:
    page = PromptSettingsPage(JournalSettings(), load_prompt_library())
    qtbot.addWidget(page)
    boxes = {"parenting_already": page.parenting, "trying_again": page.trying, "pregnant_again": page.pregnant}
    assert not any(box.isChecked() for box in boxes.values())
    assert page.applied_to(JournalSettings()).prompt_situations == ()
    page.trying.setChecked(True)
    page.parenting.setChecked(True)
    assert set(page.applied_to(JournalSettings()).prompt_situations) == {"trying_again", "parenting_already"}
    again = PromptSettingsPage(JournalSettings(prompt_situations=("pregnant_again",)), load_prompt_library())
    qtbot.addWidget(again)
    assert again.pregnant.isChecked() and not again.trying.isChecked()
