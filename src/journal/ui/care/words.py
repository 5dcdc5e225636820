"""The app's words for results, losses and milestones: values and dates only, never a judgement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.core.care.milestones import Milestone, MilestoneKind
from journal.core.care.results import ResultKind, TestResult, format_hcg


def result_kind_words() -> dict[str, str]:
    return {
        ResultKind.HCG.value: QCoreApplication.translate("CareWords", "hCG blood test"),
        ResultKind.HOME_TEST.value: QCoreApplication.translate("CareWords", "Home pregnancy test"),
        ResultKind.SCAN.value: QCoreApplication.translate("CareWords", "Scan"),
        ResultKind.OTHER.value: QCoreApplication.translate("CareWords", "Another result"),
    }


def reading_words() -> dict[str, str]:
    return {
        "positive": QCoreApplication.translate("CareWords", "Positive"),
        "faint": QCoreApplication.translate("CareWords", "Faint line"),
        "negative": QCoreApplication.translate("CareWords", "Negative"),
    }


def loss_kind_words() -> dict[str, str]:
    return {
        "miscarriage": QCoreApplication.translate("CareWords", "Miscarriage"),
        "ectopic": QCoreApplication.translate("CareWords", "Ectopic pregnancy"),
        "molar": QCoreApplication.translate("CareWords", "Molar pregnancy"),
        "chemical": QCoreApplication.translate("CareWords", "Chemical or very early loss"),
        "tfmr": QCoreApplication.translate("CareWords", "Termination for medical reasons"),
        "stillbirth": QCoreApplication.translate("CareWords", "Stillbirth"),
        "other": QCoreApplication.translate("CareWords", "Something else"),
    }


def management_words() -> dict[str, str]:
    return {
        "waiting": QCoreApplication.translate("CareWords", "Waiting for it to happen naturally"),
        "medication": QCoreApplication.translate("CareWords", "Medication"),
        "surgery": QCoreApplication.translate("CareWords", "Surgery"),
        "other": QCoreApplication.translate("CareWords", "Something else"),
    }


def not_said() -> str:
    return QCoreApplication.translate("CareWords", "Not said")


def result_text(result: TestResult) -> str:
    """What was recorded, in a line: "hCG 250 IU/L", "Home pregnancy test: negative", a scan's note."""
    if result.kind is ResultKind.HCG and result.value is not None and result.unit is not None:
        text = QCoreApplication.translate("CareWords", "hCG {value} {unit}").format(
            value=format_hcg(result.value), unit=result.unit.value
        )
        if result.non_pregnant_level:
            text += " — " + QCoreApplication.translate("CareWords", "you marked this as back to a non-pregnant level")
    elif result.kind is ResultKind.HOME_TEST and result.reading is not None:
        text = QCoreApplication.translate("CareWords", "Home pregnancy test: {reading}").format(
            reading=reading_words()[result.reading.value].lower()
        )
    else:
        text = result_kind_words()[result.kind.value]
    details = " — ".join(part.strip().splitlines()[0] for part in (result.place, result.note) if part.strip())
    if not details:
        return text
    return f"{text}: {details}" if result.kind in (ResultKind.SCAN, ResultKind.OTHER) else f"{text} ({details})"


def milestone_text(milestone: Milestone) -> str:
    """One timeline line, in the person's words where they gave them."""
    kd = milestone.key_date
    if milestone.result is not None:
        return result_text(milestone.result)
    if milestone.kind is MilestoneKind.FIRST_PERIOD:
        if kd is not None and kd.label:
            return kd.label
        return QCoreApplication.translate("CareWords", "First period after the loss")
    if kd is None:
        return ""
    if milestone.kind is MilestoneKind.LOSS:
        text = kd.label or QCoreApplication.translate("CareWords", "Your loss")
        details = []
        if kd.loss_kind is not None:
            details.append(loss_kind_words()[kd.loss_kind.value].lower())
        if kd.weeks is not None:
            details.append(QCoreApplication.translate("CareWords", "{n} weeks").format(n=kd.weeks))
        return f"{text} ({', '.join(details)})" if details else text
    if milestone.kind is MilestoneKind.APPOINTMENT:
        text = kd.label or QCoreApplication.translate("CareWords", "Appointment")
        return f"{text}: {kd.outcome.splitlines()[0]}" if kd.outcome.strip() else text
    if milestone.kind is MilestoneKind.DUE_DATE:
        return kd.label or QCoreApplication.translate("CareWords", "Due date")
    return kd.label or QCoreApplication.translate("CareWords", "A date you marked")
