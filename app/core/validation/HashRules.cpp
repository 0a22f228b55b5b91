// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/HashRules.h"

#include <array>

namespace im::rules {

bool isHex(QByteArrayView text)
{
    // A table instead of three range checks: hashes are the most common values, 32 to 64 digits each.
    static constexpr auto kHex = [] {
        std::array<bool, 256> table{};
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<size_t>(c)] = true;
        for (int c = 'a'; c <= 'f'; ++c)
            table[static_cast<size_t>(c)] = table[static_cast<size_t>(c) - 'a' + 'A'] = true;
        return table;
    }();
    if (text.isEmpty())
        return false;
    bool all = true;
    for (char c : text)
        all &= kHex[static_cast<uchar>(c)];
    return all;
}

bool hasUppercaseHex(QByteArrayView text)
{
    for (char c : text) {
        if (c >= 'A' && c <= 'F')
            return true;
    }
    return false;
}

int hashLength(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileMd5: return 32;
    case IndicatorType::FileSha1:
    case IndicatorType::CertificateThumbprint: return 40;
    case IndicatorType::FileSha256: return 64;
    default: return 0;
    }
}

} // namespace im::rules
