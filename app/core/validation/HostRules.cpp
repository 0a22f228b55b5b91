// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/HostRules.h"

#include "core/validation/ByteText.h"

#include <QString>
#include <QUrl>

#include <cstring>

namespace im::rules {
using namespace detail;

namespace {

bool isValidAsciiHostName(QByteArrayView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    int labels = 0;
    qsizetype start = 0;
    while (start <= host.size()) {
        qsizetype end = indexOf(host, '.', start);
        if (end < 0)
            end = host.size();
        const QByteArrayView label = host.sliced(start, end - start);
        const bool isTopLevel = end == host.size();
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == '-' || label.back() == '-')
            return false;
        bool allDigits = true;
        for (char c : label) {
            const bool ok = isAlpha(c) || isDigit(c) || c == '-' || (c == '_' && !isTopLevel);
            if (!ok)
                return false;
            allDigits = allDigits && isDigit(c);
        }
        if (isTopLevel && allDigits)
            return false;
        ++labels;
        start = end + 1;
    }
    return labels >= 2;
}

} // namespace

bool isAscii(QByteArrayView text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidHostName(QByteArrayView host)
{
    if (isAscii(host))
        return isValidAsciiHostName(host);
    // Internationalised name: IDNA to its ASCII form, then the ASCII rules.
    const QByteArray ace = QUrl::toAce(QString::fromUtf8(host));
    return !ace.isEmpty() && isValidAsciiHostName(ace);
}

bool splitUrl(QByteArrayView text, UrlParts *parts)
{
    *parts = UrlParts{};
    qsizetype pos = 0;
    const qsizetype schemeEnd = text.indexOf(QByteArrayView("://"));
    if (schemeEnd > 0) {
        bool schemeOk = isAlpha(text[0]);
        for (qsizetype i = 1; i < schemeEnd && schemeOk; ++i) {
            const char c = text[i];
            schemeOk = isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
        }
        if (schemeOk) {
            parts->scheme = text.first(schemeEnd);
            pos = schemeEnd + 3;
        }
    }
    qsizetype authorityEnd = text.size();
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (text[i] == '/' || text[i] == '?' || text[i] == '#') {
            authorityEnd = i;
            break;
        }
    }
    QByteArrayView authority = text.sliced(pos, authorityEnd - pos);
    parts->rest = text.sliced(authorityEnd);
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0) {
        parts->userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
    }
    if (authority.startsWith('[')) {
        const qsizetype close = indexOf(authority, ']');
        if (close < 0)
            return false;
        parts->host = authority.sliced(1, close - 1);
        parts->bracketedHost = true;
        const QByteArrayView after = authority.sliced(close + 1);
        if (!after.isEmpty()) {
            if (after[0] != ':')
                return false;
            parts->port = after.sliced(1);
        }
    } else {
        const qsizetype colon = indexOf(authority, ':');
        if (colon >= 0) {
            parts->host = authority.first(colon);
            parts->port = authority.sliced(colon + 1);
        } else {
            parts->host = authority;
        }
    }
    return !parts->host.isEmpty();
}

bool looksDefanged(QByteArrayView text)
{
    if (text.isEmpty())
        return false; // and an empty view may have a null data(), which memchr() must not see
    // One pass for the bracket characters every defanged form uses; substring checks only after a hit.
    const auto n = static_cast<size_t>(text.size());
    const bool bracket =
        std::memchr(text.data(), '[', n) || std::memchr(text.data(), '(', n) || std::memchr(text.data(), '{', n);
    if (bracket) {
        for (const char *marker : {"[.]", "(.)", "{.}", "[dot]", "(dot)", "[:]", "[://]", "[/]"}) {
            if (contains(text, marker))
                return true;
        }
    }
    return text.size() >= 4 && (text[0] == 'h' || text[0] == 'H') && equalsIgnoreCase(text.first(4), "hxxp");
}

QByteArray refang(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    if (out.size() >= 4 && equalsIgnoreCase(QByteArrayView(out).first(4), "hxxp"))
        out.replace(0, 4, "http");
    out.replace("[://]", "://");
    out.replace("[.]", ".");
    out.replace("(.)", ".");
    out.replace("{.}", ".");
    out.replace("[dot]", ".");
    out.replace("(dot)", ".");
    out.replace("[:]", ":");
    out.replace("[/]", "/");
    return out;
}

} // namespace im::rules
