"""The clinician PDF, drawn with Qt's own PDF support from the content `journal.core.report` computes.

Usable from the command line without a window (it needs a QGuiApplication for fonts and a
QApplication for the charts; `ensure_application()` makes an offscreen one when none exists).
Core never imports this package.
"""

from journal.report.document import ensure_application, render_report_pdf, write_report_pdf
from journal.report.printed_charts import prepare_charts

__all__ = ["ensure_application", "prepare_charts", "render_report_pdf", "write_report_pdf"]
