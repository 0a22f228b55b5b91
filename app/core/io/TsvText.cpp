// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TsvText.h"

namespace im {

QString TsvText::format(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                out.append(u'\t');
            const QString &field = row[c];
            if (field.contains(u'\t') || field.contains(u'\n') || field.contains(u'\r') || field.startsWith(u'"')) {
                QString quoted = field;
                quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                out.append(u'"' + quoted + u'"');
            } else {
                out.append(field);
            }
        }
        out.append(u'\n');
    }
    return out;
}

QList<QStringList> TsvText::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStart = true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == u'\t') {
            row.append(field);
            field.clear();
            fieldStart = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStart = true;
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    if (!fieldStart || !field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace im
