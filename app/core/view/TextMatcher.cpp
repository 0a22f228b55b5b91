// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/TextMatcher.h"

#include <cstring>

namespace im {
namespace {

constexpr std::array<unsigned char, 256> makeFoldTable()
{
    std::array<unsigned char, 256> table{};
    for (int i = 0; i < 256; ++i)
        table[static_cast<size_t>(i)] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
    return table;
}
constexpr std::array<unsigned char, 256> kFold = makeFoldTable();

unsigned char fold(char c)
{
    return kFold[static_cast<unsigned char>(c)];
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TextMatcher::TextMatcher(const QString &needle, Qt::CaseSensitivity sensitivity, bool wholeCell)
    : m_needle(needle)
    , m_utf8(needle.toUtf8())
    , m_sensitivity(sensitivity)
    , m_wholeCell(wholeCell)
    , m_asciiFold(sensitivity == Qt::CaseInsensitive && isAscii(needle))
{
    if (m_asciiFold)
        m_utf8 = m_utf8.toLower();
}

qsizetype TextMatcher::indexIn(QByteArrayView cell, qsizetype from) const
{
    const qsizetype n = m_utf8.size();
    if (n == 0 || cell.size() - from < n)
        return -1;
    if (m_sensitivity == Qt::CaseSensitive)
        return cell.indexOf(QByteArrayView(m_utf8), from);
    // ASCII folding: memchr (vectorised in libc) finds the first letter in either case, the rest is
    // compared folded. Most cells are rejected without a byte-by-byte loop.
    const char *data = cell.data();
    const qsizetype end = cell.size() - n + 1; // candidate starts are below this
    const char lower = m_utf8[0];
    const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 32) : lower;
    auto find = [&](char c, qsizetype at) -> qsizetype {
        if (at >= end)
            return -1;
        const void *hit = std::memchr(data + at, c, static_cast<size_t>(end - at));
        return hit ? static_cast<const char *>(hit) - data : -1;
    };
    auto restMatches = [&](qsizetype i) {
        for (qsizetype k = 1; k < n; ++k) {
            if (fold(data[i + k]) != static_cast<unsigned char>(m_utf8[k]))
                return false;
        }
        return true;
    };
    qsizetype nextLower = find(lower, from);
    qsizetype nextUpper = upper == lower ? -1 : find(upper, from);
    while (nextLower >= 0 || nextUpper >= 0) {
        const qsizetype i = nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper) ? nextLower : nextUpper;
        if (restMatches(i))
            return i;
        if (i == nextLower)
            nextLower = find(lower, i + 1);
        else
            nextUpper = find(upper, i + 1);
    }
    return -1;
}

bool TextMatcher::matches(QByteArrayView cell) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_sensitivity == Qt::CaseInsensitive && !m_asciiFold) {
        const QString text = QString::fromUtf8(cell);
        return m_wholeCell ? text.compare(m_needle, Qt::CaseInsensitive) == 0
                           : text.contains(m_needle, Qt::CaseInsensitive);
    }
    if (m_wholeCell)
        return cell.size() == m_utf8.size() && indexIn(cell, 0) == 0;
    return indexIn(cell, 0) >= 0;
}

bool TextMatcher::matchesAnyOf(const IndicatorTable::Cells &cells) const
{
    if (m_needle.isEmpty())
        return true;
    const char *begin = cells.front().data();
    const char *end = cells.back().data() + cells.back().size();
    bool backToBack = m_asciiFold && !m_wholeCell && begin <= end;
    for (size_t c = 1; backToBack && c < cells.size(); ++c)
        backToBack = cells[c].data() >= cells[c - 1].data() + cells[c - 1].size();
    if (!backToBack) {
        for (const QByteArrayView &cell : cells) {
            if (matches(cell))
                return true;
        }
        return false;
    }
    const QByteArrayView row(begin, end - begin);
    const qsizetype n = m_utf8.size();
    for (qsizetype i = indexIn(row, 0); i >= 0; i = indexIn(row, i + 1)) {
        // A hit may straddle a cell boundary (and the length bytes there): only one inside a cell counts.
        const char *hit = begin + i;
        for (const QByteArrayView &cell : cells) {
            if (hit >= cell.data() && hit + n <= cell.data() + cell.size())
                return true;
        }
    }
    return false;
}

std::optional<QByteArray> TextMatcher::replaced(QByteArrayView cell, const QString &replacement) const
{
    if (m_needle.isEmpty() || !matches(cell))
        return std::nullopt;
    if (m_wholeCell)
        return replacement.toUtf8();
    QString text = QString::fromUtf8(cell);
    text.replace(m_needle, replacement, m_sensitivity);
    return text.toUtf8();
}

} // namespace im
