// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/TopLevelDomains.h"

#include <QFile>
#include <QUrl>

#include <algorithm>
#include <cctype>

namespace im::rules {
namespace {

bool lessIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i])));
        const char y = static_cast<char>(std::tolower(static_cast<unsigned char>(b[i])));
        if (x != y)
            return x < y;
    }
    return a.size() < b.size();
}

} // namespace

QString TopLevelDomains::defaultListPath()
{
    return QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat");
}

const TopLevelDomains &TopLevelDomains::instance()
{
    // A function-local static is initialised once even when validation threads race to it.
    static const TopLevelDomains list = fromFile(defaultListPath());
    return list;
}

TopLevelDomains TopLevelDomains::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromListText(file.readAll());
}

TopLevelDomains TopLevelDomains::fromListText(QByteArrayView text)
{
    // Format: https://github.com/publicsuffix/list/wiki/Format - one rule per line, "//" comments,
    // "*." wildcards and "!" exceptions; a rule's last label is a top-level domain.
    TopLevelDomains result;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty() || line.startsWith("//"))
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            line = line.first(space);
        const qsizetype dot = line.lastIndexOf('.');
        const QByteArrayView label = dot >= 0 ? line.sliced(dot + 1) : line;
        if (label.isEmpty() || label == "*")
            continue;
        QByteArray ace = QUrl::toAce(QString::fromUtf8(label));
        if (ace.isEmpty())
            continue;
        result.m_labels.push_back(ace.toLower());
    }
    std::sort(result.m_labels.begin(), result.m_labels.end());
    result.m_labels.erase(std::unique(result.m_labels.begin(), result.m_labels.end()), result.m_labels.end());
    return result;
}

bool TopLevelDomains::contains(QByteArrayView label) const
{
    const auto it = std::lower_bound(m_labels.begin(), m_labels.end(), label,
                                     [](const QByteArray &a, QByteArrayView b) { return lessIgnoringCase(a, b); });
    return it != m_labels.end() && !lessIgnoringCase(label, *it);
}

QByteArrayView topLevelLabel(QByteArrayView host)
{
    if (host.endsWith('.'))
        host.chop(1);
    const qsizetype dot = host.lastIndexOf('.');
    return dot >= 0 ? host.sliced(dot + 1) : host;
}

bool hasKnownTopLevelDomain(QByteArrayView host)
{
    const TopLevelDomains &list = TopLevelDomains::instance();
    if (!list.isLoaded())
        return true;
    const QByteArrayView label = topLevelLabel(host);
    // RFC 6761 reserves these two for documentation and testing; they are in no suffix list, but
    // examples and trials of the tool use them ("evil.example") and they are never a file extension.
    if (label.compare("example", Qt::CaseInsensitive) == 0 || label.compare("test", Qt::CaseInsensitive) == 0)
        return true;
    for (char c : label) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return list.contains(QUrl::toAce(QString::fromUtf8(label)));
    }
    return list.contains(label);
}

} // namespace im::rules
