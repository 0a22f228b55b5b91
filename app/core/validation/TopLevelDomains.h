// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace im::rules {

// The top-level labels of the maintained Public Suffix List (Debian's publicsuffix package), read once
// and shared by every thread. It tells a domain ("example.zip") from a file name ("HTTPParser.dll").
class TopLevelDomains
{
public:
    // The list the validator uses: the file below, read on first use. When it cannot be read every
    // top-level label is accepted (isLoaded() is false), so nothing valid is refused.
    static const TopLevelDomains &instance();
    static QString defaultListPath(); // /usr/share/publicsuffix/public_suffix_list.dat

    static TopLevelDomains fromListText(QByteArrayView text);
    static TopLevelDomains fromFile(const QString &path);

    [[nodiscard]] bool isLoaded() const { return !m_labels.empty(); }
    [[nodiscard]] int size() const { return static_cast<int>(m_labels.size()); }
    // label is ASCII (punycode for internationalised names), in any letter case, without dots.
    [[nodiscard]] bool contains(QByteArrayView label) const;

private:
    std::vector<QByteArray> m_labels; // lower case, sorted, unique
};

// The last label of host (after a trailing dot is dropped).
QByteArrayView topLevelLabel(QByteArrayView host);
// True when host's top-level label is a real top-level domain, one of RFC 6761's "example" and "test",
// or when the list is unavailable.
bool hasKnownTopLevelDomain(QByteArrayView host);

} // namespace im::rules
