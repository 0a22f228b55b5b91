// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Host names and URLs, and the defanged forms threat reports write them in.
namespace im::rules {

// Host names: ASCII letters, digits, hyphens (and underscores outside the top-level label), labels of
// 1-63 characters, at most 253 in all, at least two labels and a non-numeric top-level label.
// Internationalised names are checked after conversion to their ASCII (punycode) form.
bool isValidHostName(QByteArrayView host);
bool isAscii(QByteArrayView text);

struct UrlParts
{
    QByteArrayView scheme;   // without "://"; empty when missing
    QByteArrayView userInfo; // without "@"
    QByteArrayView host;     // without brackets for IPv6
    QByteArrayView port;
    QByteArrayView rest; // path, query and fragment, starting with '/', '?' or '#'
    bool bracketedHost = false;
};
// Splits a URL into its parts. Returns false when it has no recognisable host part at all.
bool splitUrl(QByteArrayView text, UrlParts *parts);

// Defanged forms used in threat reports: hxxp, hxxps, [.], (.), {.}, [dot], (dot), [:], [://].
bool looksDefanged(QByteArrayView text);
QByteArray refang(QByteArrayView text);

} // namespace im::rules
