// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SpreadsheetNumbers.h"

#include <QDateTime>

#include <cmath>

namespace im {

namespace {

// The last day both calendars can name: 9999-12-31 is serial 2958465 in the 1900 system.
constexpr double kLastSerial = 2958465.0;

// A custom code's letters once the parts that are never date tokens are gone: quoted text, escaped
// characters, bracketed colours, locales and conditions, and the characters after _ (a space as wide as
// it) and * (a fill).
QString dateTokens(QStringView code)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {}
        } else if (c == u'[') {
            while (++i < code.size() && code[i] != u']') {}
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            out += c.toLower();
        }
    }
    return out;
}

// Whether every section of the code is quoted TRUE or FALSE text, as LibreOffice writes its boolean format.
bool isBooleanCode(QStringView code)
{
    if (code.isEmpty())
        return false;
    for (QStringView section : code.split(u';')) {
        const QStringView s = section.trimmed();
        if (s.compare(u"\"TRUE\"", Qt::CaseInsensitive) != 0 && s.compare(u"\"FALSE\"", Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

NumberKind numberKind(int formatId, QStringView formatCode)
{
    if (formatCode.isEmpty()) {
        // Built-in formats: 14-17 dates, 18-21 times, 22 date and time, 45 and 47 minutes and seconds;
        // 27-36 and 50-58 are the East Asian locales' date formats.
        if ((formatId >= 14 && formatId <= 17) || formatId == 22 || (formatId >= 27 && formatId <= 36)
            || (formatId >= 50 && formatId <= 58))
            return NumberKind::Date;
        if ((formatId >= 18 && formatId <= 21) || formatId == 45 || formatId == 47)
            return NumberKind::Time;
        return NumberKind::Number;
    }
    if (isBooleanCode(formatCode))
        return NumberKind::Boolean;
    const QString tokens = dateTokens(formatCode);
    if (tokens == QLatin1String("general"))
        return NumberKind::Number;
    const bool date = tokens.contains(u'y') || tokens.contains(u'd');
    const bool time = tokens.contains(u'h') || tokens.contains(u's');
    if (date || (!time && tokens.contains(u'm') && !tokens.contains(u'0') && !tokens.contains(u'#')))
        return NumberKind::Date;
    return time ? NumberKind::Time : NumberKind::Number;
}

QString numberText(const QString &number, NumberKind kind, bool date1904)
{
    if (kind == NumberKind::Number)
        return number;
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return number;
    if (kind == NumberKind::Boolean)
        return value != 0 ? QStringLiteral("true") : QStringLiteral("false");
    if (value < 0 || value > kLastSerial)
        return number;
    // Whole seconds: a serial's fraction of a day rarely lands exactly on one.
    const auto seconds = static_cast<qint64>(std::llround(value * 86400.0));
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds % 86400));
    if (kind == NumberKind::Time && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    // The 1900 system counts 1900-02-29, a day that never was (as Lotus 1-2-3 did), so serials from
    // 61 on are one day ahead of a count from 1899-12-31.
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else
        date = days >= 61 ? QDate(1899, 12, 30).addDays(days) : QDate(1899, 12, 31).addDays(days);
    return QDateTime(date, time, Qt::UTC).toString(Qt::ISODate);
}

} // namespace im
