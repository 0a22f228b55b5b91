// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace im {

// QLocale's short date and time formats with the CLDR day period "B" written as the AM/PM text: Qt 6.4
// does not know "B" and prints it as a letter (zh_TW "Bh:mm" gave "B3:04"; now "下午3:04").
class LocaleFormat
{
public:
    // The format with every unquoted "B" as "AP".
    static QString withoutDayPeriod(const QString &format);
    static QString shortTime(const QLocale &locale, QTime time);
    static QString shortDateTime(const QLocale &locale, const QDateTime &when);
};

} // namespace im
