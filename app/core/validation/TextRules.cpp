// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/TextRules.h"

#include "core/validation/ByteText.h"

#include <cstring>

namespace im::rules {
using namespace detail;

bool hasSurroundingWhitespace(QByteArrayView text)
{
    return !text.isEmpty() && trimmed(text).size() != text.size();
}

namespace {

// Length of the forbidden character starting at text[i], or 0 when it is allowed.
int forbiddenCharAt(QByteArrayView text, qsizetype i, bool multiLine)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20) {
        if (multiLine && (c == '\t' || c == '\n' || c == '\r'))
            return 0;
        return 1;
    }
    if (c == 0x7f)
        return 1;
    if (c == 0xc2 && i + 1 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        if (d >= 0x80 && d <= 0x9f)
            return 2; // C1 control
    }
    if (c == 0xe2 && i + 2 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        const auto e = static_cast<unsigned char>(text[i + 2]);
        if (d == 0x80 && e >= 0xaa && e <= 0xae)
            return 3; // U+202A..U+202E embeddings and overrides
        if (d == 0x81 && e >= 0xa6 && e <= 0xa9)
            return 3; // U+2066..U+2069 isolates
    }
    return 0;
}

} // namespace

bool startsLikeFormula(QByteArrayView text)
{
    if (!text.isEmpty() && (text[0] == '\t' || text[0] == '\r'))
        return true;
    qsizetype i = 0;
    while (i < text.size() && text[i] == ' ')
        ++i;
    if (i == text.size())
        return false;
    const char c = text[i];
    if (c == '=' || c == '+' || c == '-' || c == '@')
        return true;
    // U+FF1D = , U+FF0B + , U+FF0D - , U+FF20 @ in UTF-8.
    if (i + 2 < text.size() && static_cast<unsigned char>(c) == 0xef
        && static_cast<unsigned char>(text[i + 1]) == 0xbc) {
        const auto d = static_cast<unsigned char>(text[i + 2]);
        return d == 0x9d || d == 0x8b || d == 0x8d || d == 0xa0;
    }
    return false;
}

bool hasControlCharacters(QByteArrayView text, bool multiLine)
{
    // Fast path: eight bytes at a time while every byte is printable ASCII (0x20..0x7e).
    qsizetype i = 0;
    constexpr quint64 kOnes = 0x0101010101010101ull;
    constexpr quint64 kHigh = 0x8080808080808080ull;
    while (i + 8 <= text.size()) {
        quint64 x;
        std::memcpy(&x, text.data() + i, 8);
        if (((x - 0x20 * kOnes) | (x + kOnes) | x) & kHigh)
            break;
        i += 8;
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (forbiddenCharAt(text, i, multiLine) > 0)
            return true;
    }
    return false;
}

QByteArray stripControlCharacters(QByteArrayView text, bool multiLine)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const int n = forbiddenCharAt(text, i, multiLine);
        if (n > 0) {
            i += n;
        } else {
            out.append(text[i]);
            ++i;
        }
    }
    return out;
}

qsizetype utf16Length(QByteArrayView utf8)
{
    // Callers compare against limits; a UTF-16 unit needs at least one UTF-8 byte, so short texts
    // are counted exactly only when it matters.
    qsizetype units = 0;
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xc0) != 0x80)
            ++units;
        if (c >= 0xf0)
            ++units;
    }
    return units;
}

} // namespace im::rules
