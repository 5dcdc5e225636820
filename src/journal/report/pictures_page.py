"""The pictures the person chose for the clinician (opt-in, one by one): each with its date and caption.

Decoded from memory behind the same limits as the app's viewer; one that cannot be read is named
as such in a line of text instead, so the report is still made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

from journal.core.report.content import ClinicianReport
from journal.drawing.pictures import decode_image
from journal.report.flow import DrawOp, Flow, font, pt
from journal.report.wording import short_date

MAX_HEIGHT = 300.0  # points: two pictures to a page
LONGEST_SIDE = 1800  # pixels decoded: sharp in print, small in the file


def _picture_op(image: QImage, target: QRectF) -> DrawOp:
    def draw(painter: QPainter) -> None:
        painter.drawImage(target, image)

    return draw


def lay_out_pictures(flow: Flow, report: ClinicianReport) -> None:
    if not report.pictures:
        return
    flow.new_page()
    flow.paragraph(
        QCoreApplication.translate("ClinicianReport", "Pictures chosen for this report"), font(12, bold=True), gap=6
    )
    for picture in report.pictures:
        when = short_date(picture.date, with_year=True)
        label = f"{when} — {picture.caption}" if picture.caption else when
        image = decode_image(picture.data, LONGEST_SIDE)
        if image is None:
            flow.paragraph(
                QCoreApplication.translate("ClinicianReport", "{0}: this picture could not be read.").format(when),
                font(9, italic=True),
            )
            continue
        width = flow.content_width
        height = width * image.height() / max(1, image.width())
        if height > MAX_HEIGHT:
            height = MAX_HEIGHT
            width = height * image.width() / max(1, image.height())
        caption_height = flow.text_height(label, font(9), flow.content_width)
        y = flow.take(height + caption_height + 14)
        x = flow.left + (flow.content_width - width) / 2
        flow.draw(_picture_op(image, QRectF(pt(x), pt(y), pt(width), pt(height))))
        flow.y = y + height + 4
        flow.paragraph(label, font(9), gap=10)
