// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstring>

namespace im {

// A 64-bit hash of bytes for the validation's hash tables (the duplicate index's row keys, the benign
// list), eight bytes a step. Qt's qHashBits() is SipHash here, built to resist chosen keys on a secret
// seed; these tables use a fixed seed anyway, and SipHash took a tenth of the CPU of validating a
// million rows. Not for anything stored: the values may change between versions.
inline quint64 hashBytes(QByteArrayView bytes, quint64 seed = 0)
{
    constexpr quint64 kMultiplier = 0x9e3779b97f4a7c15ull;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    quint64 h = seed ^ (static_cast<quint64>(left) * kMultiplier);
    auto step = [&h](quint64 word) {
        word *= 0x87c37b91114253d5ull;
        word = (word << 31) | (word >> 33);
        h ^= word * 0x4cf5ad432745937full;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    };
    while (left >= 8) {
        quint64 word = 0;
        std::memcpy(&word, p, 8);
        step(word);
        p += 8;
        left -= 8;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, static_cast<size_t>(left));
        step(word);
    }
    // Every input bit reaches every output bit (the finalizer of SplitMix64).
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

} // namespace im
