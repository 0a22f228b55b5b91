// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/FieldRules.h"

#include "core/validation/ByteText.h"

#include <algorithm>
#include <cstdio>

namespace im::rules {
using namespace detail;

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return kDays[m - 1];
}

bool readNumber(QByteArrayView text, qsizetype pos, int digits, int *out)
{
    if (pos + digits > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

struct DateTimeParts
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasTime = false, hasSeconds = false, hasZone = false;
    int offsetMinutes = 0;
    int fractionDigits = 0;
    int fractionMs = 0;
};

// Parses "YYYY-MM-DD[(T|t| )HH:MM[:SS[.f+]]][Z|z|+hh:mm|-hh:mm]". Returns false on anything else.
bool parseDateTimeParts(QByteArrayView s, DateTimeParts *p)
{
    if (!readNumber(s, 0, 4, &p->year) || s.size() < 10 || s[4] != '-' || !readNumber(s, 5, 2, &p->month) || s[7] != '-'
        || !readNumber(s, 8, 2, &p->day))
        return false;
    if (p->month < 1 || p->month > 12 || p->day < 1 || p->day > daysInMonth(p->year, p->month))
        return false;
    qsizetype pos = 10;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!readNumber(s, pos, 2, &p->hour) || pos + 2 >= s.size() || s[pos + 2] != ':'
            || !readNumber(s, pos + 3, 2, &p->minute))
            return false;
        p->hasTime = true;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!readNumber(s, pos + 1, 2, &p->second))
                return false;
            p->hasSeconds = true;
            pos += 3;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                int ms = 0;
                while (pos < s.size() && isDigit(s[pos])) {
                    if (p->fractionDigits < 3)
                        ms = ms * 10 + (s[pos] - '0');
                    ++p->fractionDigits;
                    ++pos;
                }
                if (p->fractionDigits == 0)
                    return false;
                for (int i = p->fractionDigits; i < 3; ++i)
                    ms *= 10;
                p->fractionMs = ms;
            }
        }
        if (p->hour > 23 || p->minute > 59 || p->second > 59)
            return false;
    }
    if (pos < s.size()) {
        if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
            p->hasZone = true;
            ++pos;
        } else if ((s[pos] == '+' || s[pos] == '-') && p->hasTime) {
            int hh = 0;
            int mm = 0;
            if (pos + 6 != s.size() || !readNumber(s, pos + 1, 2, &hh) || s[pos + 3] != ':'
                || !readNumber(s, pos + 4, 2, &mm) || hh > 14 || mm > 59)
                return false;
            p->offsetMinutes = (hh * 60 + mm) * (s[pos] == '-' ? -1 : 1);
            p->hasZone = true;
            pos = s.size();
        } else {
            return false;
        }
    }
    return pos == s.size();
}

constexpr std::array<const char *, 17> kCategories = {
    "General",        "CommandAndControl",   "Collection",      "CredentialAccess",
    "DefenseEvasion", "Discovery",           "Exfiltration",    "Exploit",
    "Execution",      "InitialAccess",       "LateralMovement", "Malware",
    "Persistence",    "PrivilegeEscalation", "Ransomware",      "SuspiciousActivity",
    "None",
};

} // namespace

std::optional<qint64> parseExpirationTime(QByteArrayView text)
{
    DateTimeParts p;
    if (!parseDateTimeParts(text, &p) || !p.hasTime || !p.hasSeconds || !p.hasZone || p.fractionDigits > 7)
        return std::nullopt;
    if (text[10] != 'T' || text.back() == 'z')
        return std::nullopt;
    const qint64 days = daysFromCivil(p.year, p.month, p.day);
    const qint64 seconds = days * 86400 + p.hour * 3600LL + p.minute * 60LL + p.second - qint64(p.offsetMinutes) * 60;
    return seconds * 1000 + p.fractionMs;
}

QByteArray normalizedExpirationTime(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    DateTimeParts p;
    if (!parseDateTimeParts(t, &p)) {
        // Also accept YYYY/MM/DD.
        if (t.size() >= 10 && t[4] == '/' && t[7] == '/') {
            QByteArray dashed(t.data(), t.size());
            dashed[4] = '-';
            dashed[7] = '-';
            return normalizedExpirationTime(dashed);
        }
        return {};
    }
    const qint64 days = daysFromCivil(p.year, p.month, p.day);
    qint64 seconds = days * 86400 + p.hour * 3600LL + p.minute * 60LL + p.second - qint64(p.offsetMinutes) * 60;
    // Back to civil time in UTC.
    qint64 z = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
    const qint64 secOfDay = seconds - z * 86400;
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2 ? 1 : 0;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(secOfDay / 3600),
                  static_cast<long long>(secOfDay / 60 % 60), static_cast<long long>(secOfDay % 60));
    return QByteArray(buffer);
}

const std::array<const char *, 17> &knownCategories()
{
    return kCategories;
}

bool isKnownCategory(QByteArrayView text)
{
    // Measured once: every row with a category is checked.
    static const std::array<QByteArrayView, kCategories.size()> names = [] {
        std::array<QByteArrayView, kCategories.size()> views;
        for (size_t i = 0; i < views.size(); ++i)
            views[i] = QByteArrayView(kCategories[i]);
        return views;
    }();
    return std::find(names.begin(), names.end(), text) != names.end();
}

QByteArray canonicalCategory(QByteArrayView text)
{
    QByteArray squeezed;
    for (char c : text) {
        if (c != ' ' && c != '_' && c != '-')
            squeezed.append(toLower(c));
    }
    for (const char *c : kCategories) {
        if (equalsIgnoreCase(squeezed, c))
            return QByteArray(c);
    }
    return {};
}

bool isMitreTechniqueId(QByteArrayView text)
{
    if (text.size() != 5 && text.size() != 9)
        return false;
    if (text[0] != 'T')
        return false;
    for (int i = 1; i < 5; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    if (text.size() == 9) {
        if (text[5] != '.')
            return false;
        for (int i = 6; i < 9; ++i) {
            if (!isDigit(text[i]))
                return false;
        }
    }
    return true;
}

} // namespace im::rules
