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
