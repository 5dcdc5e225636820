"""Which metrics the review charts, in which panel, and the value axis each one needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, SymptomKind
from journal.core.domain.entry import DayEntry
from journal.core.domain.mood import mood_word
from journal.core.review.series import MOOD, metric_value
from journal.drawing.charts import YAxisSpec
from journal.ui.content_locale import content_locale

PHYSICAL_DEFAULTS = ("bleeding", "cramping", "tiredness", "sleep_hours")


@dataclass(frozen=True)
class ChartedMetric:
    key: str
    title: str
    axis: YAxisSpec


def mood_metric() -> ChartedMetric:
    labels = tuple((float(step), mood_word(step, content_locale())) for step in range(1, 6))
    return ChartedMetric(MOOD, QCoreApplication.translate("ReviewMetrics", "Mood"), YAxisSpec(1, 5, labels))


def physical_metrics(catalog: SymptomCatalog, entries: list[DayEntry]) -> list[ChartedMetric]:
    """Bleeding, cramping, tiredness and sleep, then every tracked custom symptom that can be charted."""
    chosen = [catalog.get(key) for key in PHYSICAL_DEFAULTS if key in catalog]
    chosen += [d for d in catalog.tracked() if d.custom]
    return [ChartedMetric(d.key, d.label, _axis(d, entries, catalog)) for d in chosen]


def _axis(definition: SymptomDefinition, entries: list[DayEntry], catalog: SymptomCatalog) -> YAxisSpec:
    if definition.kind is SymptomKind.LEVELS:
        words = definition.level_labels or definition.levels
        return YAxisSpec(0, len(words) - 1, tuple((float(i), w) for i, w in enumerate(words)))
    if definition.kind is SymptomKind.YES_NO:
        no, yes = QCoreApplication.translate("ReviewMetrics", "No"), QCoreApplication.translate("ReviewMetrics", "Yes")
        return YAxisSpec(0, 1, ((0.0, no), (1.0, yes)))
    if definition.kind is SymptomKind.SCALE:
        return YAxisSpec(0, definition.scale_max)
    seen = [v for e in entries if (v := metric_value(e, definition.key, catalog)) is not None]
    top = max(seen, default=definition.maximum)
    low = min(0.0, min(seen, default=0.0))
    return YAxisSpec(low, max(1.0, float(int(top * 1.1) + 1)), title=definition.unit_label)
