"""The export and import dialogs. They collect choices, show a preview and progress, and hand the work
to `journal.core.exchange` / `journal.report` in the background."""

from journal.ui.exchange.export_dialog import ExportDialog
from journal.ui.exchange.import_dialog import ImportDialog

__all__ = ["ExportDialog", "ImportDialog"]
