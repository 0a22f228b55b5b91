// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/LocaleFormat.h"

namespace im {

QString LocaleFormat::withoutDayPeriod(const QString &format)
{
    QString out;
    bool quoted = false; // text between single quotes is literal
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && c == u'B')
            out += QStringLiteral("AP");
        else
            out += c;
    }
    return out;
}

QString LocaleFormat::shortTime(const QLocale &locale, QTime time)
{
    return locale.toString(time, withoutDayPeriod(locale.timeFormat(QLocale::ShortFormat)));
}

QString LocaleFormat::shortDateTime(const QLocale &locale, const QDateTime &when)
{
    return locale.toString(when, withoutDayPeriod(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace im
