// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PdfFixtures.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace im::test {

QByteArray pdfFromHtml(const QString &html, QPageSize::PageSizeId size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(size));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return buffer.data();
}

QByteArray longReportPdf(int pages)
{
    QString html;
    for (int page = 0; page < pages; ++page) {
        html += QStringLiteral("<p style='page-break-before: %1'>Section %2. The operators staged tooling on "
                               "hosts they rented and rotated them every few days, as earlier reports describe.</p>")
                    .arg(page == 0 ? QLatin1String("auto") : QLatin1String("always"))
                    .arg(page + 1);
        for (int k = 0; k < 6; ++k) {
            const int n = page * 6 + k;
            html += QStringLiteral("<p>Sample %1 with SHA-256 %2 called hxxps://c2-%1[.]example[.]net/gate.php from "
                                   "10.%3.%4.%5 and then slept for a while before the next stage ran.</p>")
                        .arg(n)
                        .arg(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015")
                             + QString::number(n, 16).rightJustified(32, QLatin1Char('0')))
                        .arg(n / 65536)
                        .arg((n / 256) % 256)
                        .arg(n % 256);
        }
    }
    return pdfFromHtml(html, QPageSize::A4);
}

QByteArray pdfTwoColumns(const QString &left, const QString &right)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(10);
        painter.setFont(font);
        const int width = writer.width();
        const int gutter = width / 20;
        const int column = (width - gutter) / 2;
        painter.drawText(QRect(0, 0, column, writer.height() / 2), Qt::TextWordWrap, left);
        painter.drawText(QRect(column + gutter, 0, column, writer.height() / 2), Qt::TextWordWrap, right);
    }
    return buffer.data();
}

QByteArray pdfImageOnly()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QImage scan(200, 100, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.fillRect(20, 40, 160, 8, Qt::black); // a line of "text" as pixels
        ink.end();
        painter.drawImage(QRect(0, 0, writer.width() / 2, writer.height() / 4), scan);
    }
    return buffer.data();
}

QByteArray pdfFromObjects(const QList<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailer
           + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace im::test
