// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace im {

// Blocks of cells as tab-separated text, the way Excel and LibreOffice put them on the clipboard: a
// field holding a tab, a line break or a quote is quoted with doubled quotes; lines end in CRLF or LF.
class TsvText
{
public:
    static QString format(const QList<QStringList> &rows);
    // A trailing line break ends the last row; it does not add an empty one.
    static QList<QStringList> parse(const QString &text);
};

} // namespace im
