"""One control per symptom kind: levels and yes/no as drop-downs, scales and numbers as spin boxes.

Every control has a "not noted" state, so leaving a symptom alone records nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

if TYPE_CHECKING:
    from journal.core.domain.catalog import SymptomDefinition


class SymptomControl(QWidget):
    """Base: `value()` is None when nothing is noted; `changed` fires on every edit by the person."""

    changed = Signal()

    def __init__(self, definition: SymptomDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _add(self, widget: QWidget) -> None:
        widget.setAccessibleName(self.definition.label)
        self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self.setFocusProxy(widget)


class ChoiceControl(SymptomControl):
    """Levels (none … heavy) and yes/no: a drop-down whose first entry means "not noted"."""

    def __init__(self, definition: SymptomDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        from journal.core.domain.catalog import SymptomKind

        self.combo = QComboBox()
        self.combo.addItem(self.tr("Not noted"), None)
        if definition.kind is SymptomKind.YES_NO:
            self.combo.addItem(self.tr("Yes"), True)
            self.combo.addItem(self.tr("No"), False)
        else:
            labels = definition.level_labels or definition.levels
            for level, label in zip(definition.levels, labels, strict=False):
                self.combo.addItem(label, level)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._add(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = next((i for i in range(1, self.combo.count()) if self.combo.itemData(i) == value), 0)
        if isinstance(value, bool):  # 1 == True in Python; match booleans exactly
            index = 1 if value else 2
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)


class ScaleControl(SymptomControl):
    """0 to N; one below 0 shows "Not noted". The catalog's word for the number is shown beside it."""

    def __init__(self, definition: SymptomDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.spin = QSpinBox()
        self.spin.setRange(-1, definition.scale_max)
        self.spin.setSpecialValueText(self.tr("Not noted"))
        self.spin.setSuffix(self.tr(" of {0}").format(definition.scale_max))
        self.spin.setValue(-1)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._add(self.spin)
        self.word = QLabel()
        self._layout.insertWidget(1, self.word)
        self.spin.valueChanged.connect(self._show_word)

    def word_for(self, value: int) -> str:
        words = self.definition.level_labels
        return words[value] if 0 <= value < len(words) else ""

    def _show_word(self, value: int) -> None:
        self.word.setText(self.word_for(value))

    def value(self) -> Any:
        return None if self.spin.value() < 0 else self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(-1 if value is None else int(value))
        self.spin.blockSignals(False)
        self._show_word(self.spin.value())


class NumberControl(SymptomControl):
    """A measured number (pads, hours of sleep, temperature in the person's unit)."""

    def __init__(self, definition: SymptomDefinition, temperature_unit: str, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.unit = temperature_unit if len(definition.units) > 1 else ""
        low, high = definition.range_for(self.unit)  # the catalog's own range for this unit
        step = 10**-definition.decimals if definition.decimals else 1
        self._empty = low - step
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(definition.decimals)
        self.spin.setSingleStep(step)
        self.spin.setRange(self._empty, high)
        self.spin.setSpecialValueText(self.tr("Not noted"))
        suffix = f" °{self.unit}" if self.unit else (f" {definition.unit_label}" if definition.unit_label else "")
        self.spin.setSuffix(suffix)
        self.spin.setValue(self._empty)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._add(self.spin)

    def value(self) -> Any:
        number = self.spin.value()
        if number <= self._empty + 1e-9:
            return None
        if self.unit:
            from journal.core.domain.entry import Measurement

            return Measurement(round(number, self.definition.decimals), self.unit)
        return round(number) if self.definition.decimals == 0 else round(number, self.definition.decimals)

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        if value is None:
            self.spin.setValue(self._empty)
        elif hasattr(value, "unit"):
            number = value.value
            if self.unit and value.unit != self.unit:  # shown in the person's unit; stored as they enter it
                number = number * 9 / 5 + 32 if self.unit == "F" else (number - 32) * 5 / 9
            self.spin.setValue(number)
        else:
            self.spin.setValue(float(value))
        self.spin.blockSignals(False)


def control_for(definition: SymptomDefinition, temperature_unit: str) -> SymptomControl:
    from journal.core.domain.catalog import SymptomKind

    if definition.kind in (SymptomKind.LEVELS, SymptomKind.YES_NO):
        return ChoiceControl(definition)
    if definition.kind is SymptomKind.SCALE:
        return ScaleControl(definition)
    return NumberControl(definition, temperature_unit)
