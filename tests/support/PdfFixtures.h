// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

// PDF reports made by the tests themselves, through Qt's own PDF writer (a QGuiApplication must exist),
// and small hand-written PDFs for what Qt cannot write (encryption, thousands of pages, damage).
namespace im::test {

// `html` laid out by QTextDocument and printed; a small page makes long values wrap as they do in reports.
QByteArray pdfFromHtml(const QString &html, QPageSize::PageSizeId size = QPageSize::A6);
// A long report of `pages` A4 pages: on each a paragraph of prose and six samples, each naming a SHA-256,
// a defanged URL and an address, so 18 indicators a page (the speed test and the grid benchmark).
QByteArray longReportPdf(int pages);
// Two columns of text side by side on one page, drawn with QPainter.
QByteArray pdfTwoColumns(const QString &left, const QString &right);
// One page with a picture and no text, as a scanned report is.
QByteArray pdfImageOnly();
// A PDF of the given objects (object n is objects[n - 1]; object 1 must be the catalog) with a correct
// cross-reference table; `trailer` adds entries to the trailer dictionary.
QByteArray pdfFromObjects(const QList<QByteArray> &objects, const QByteArray &trailer = {});

} // namespace im::test
