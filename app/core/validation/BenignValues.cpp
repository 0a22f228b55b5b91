// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/BenignValues.h"

#include "core/validation/ValueRules.h"

#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace im::rules {
namespace {

QByteArray lower(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool hasUpper(QByteArrayView text)
{
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            return true;
    }
    return false;
}

// An address as 16 bytes (IPv4 mapped into IPv6), so one range list serves both families.
std::optional<std::array<quint8, 16>> addressBytes(QByteArrayView text)
{
    if (const auto v4 = parseIpv4(text)) {
        std::array<quint8, 16> b{};
        b[10] = b[11] = 0xff;
        b[12] = static_cast<quint8>(*v4 >> 24);
        b[13] = static_cast<quint8>(*v4 >> 16);
        b[14] = static_cast<quint8>(*v4 >> 8);
        b[15] = static_cast<quint8>(*v4);
        return b;
    }
    if (const auto v6 = parseIpv6(text))
        return v6->bytes;
    return std::nullopt;
}

QByteArray rawView(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

bool inRange(const std::array<quint8, 16> &address, const std::array<quint8, 16> &base, int bits)
{
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const quint8 mask = bits >= 8 ? 0xff : static_cast<quint8>(0xff << (8 - bits));
        if ((address[static_cast<size_t>(i)] & mask) != (base[static_cast<size_t>(i)] & mask))
            return false;
    }
    return true;
}

} // namespace

const BenignValues &BenignValues::instance()
{
    static const BenignValues values = [] {
        QFile builtIn(QStringLiteral(":/lists/benign-values.txt"));
        const QByteArray list = builtIn.open(QIODevice::ReadOnly) ? builtIn.readAll() : QByteArray();
        QFile user(userFilePath());
        // [CHOICE] A user's list is a few hundred lines; a larger file is read up to this size.
        constexpr qint64 kMaxUserBytes = 16LL * 1024 * 1024;
        const QByteArray own = user.open(QIODevice::ReadOnly) ? user.read(kMaxUserBytes) : QByteArray();
        return fromText(list, own);
    }();
    return values;
}

QString BenignValues::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/benign-values.txt");
}

BenignValues BenignValues::fromText(QByteArrayView builtIn, QByteArrayView user)
{
    BenignValues values;
    for (QByteArrayView text : {builtIn, user}) {
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            values.addLine(text.sliced(start, end - start));
            start = end + 1;
        }
    }
    return values;
}

void BenignValues::addLine(QByteArrayView line)
{
    const qsizetype hash = line.indexOf('#');
    if (hash >= 0)
        line = line.first(hash);
    line = line.trimmed();
    const bool remove = line.startsWith('!');
    if (remove)
        line = line.sliced(1).trimmed();
    if (line.isEmpty())
        return;
    std::optional<Range> range;
    QSet<Entry> *set = &m_values;
    QByteArray key;
    const qsizetype slash = line.indexOf('/');
    if (slash >= 0 && line.indexOf("://") < 0) { // an address range; a URL is taken as written
        bool ok = false;
        const int bits = line.sliced(slash + 1).toInt(&ok);
        if (slash == 0)
            return;
        const bool v4 = parseIpv4(line.first(slash)).has_value();
        const auto base = addressBytes(line.first(slash));
        if (!ok || !base || bits < 0 || bits > (v4 ? 32 : 128))
            return;
        range = Range{*base, v4 ? bits + 96 : bits};
    } else if (const auto address = addressBytes(line)) {
        key = QByteArray(reinterpret_cast<const char *>(address->data()), 16);
        set = &m_addresses;
    } else if (line.startsWith("*.")) {
        key = lower(line.sliced(2));
        set = &m_suffixes;
    } else {
        key = lower(line);
        m_hasUrls = m_hasUrls || key.contains("://");
    }
    if (range) {
        if (remove) {
            m_ranges.erase(
                std::remove_if(m_ranges.begin(), m_ranges.end(),
                               [&](const Range &r) { return r.bits == range->bits && r.bytes == range->bytes; }),
                m_ranges.end());
        } else {
            m_ranges.push_back(*range);
        }
        return;
    }
    if (remove)
        set->remove(Entry{key});
    else
        set->insert(Entry{key});
}

bool BenignValues::containsName(QByteArrayView host) const
{
    if (host.endsWith('.'))
        host.chop(1);
    QByteArray copy;
    if (hasUpper(host)) {
        copy = lower(host);
        host = copy;
    }
    if (m_values.contains(Entry{rawView(host)}))
        return true;
    if (m_suffixes.isEmpty())
        return false;
    // "*.name" covers name and every name under it: try the name and each of its parents.
    for (qsizetype from = 0; from < host.size();) {
        if (m_suffixes.contains(Entry{rawView(host.sliced(from))}))
            return true;
        const qsizetype dot = host.indexOf('.', from);
        if (dot < 0)
            break;
        from = dot + 1;
    }
    return false;
}

bool BenignValues::containsAddress(QByteArrayView text) const
{
    if (m_addresses.isEmpty() && m_ranges.empty())
        return false;
    const auto address = addressBytes(text);
    if (!address)
        return false;
    if (m_addresses.contains(Entry{rawView(QByteArrayView(address->data(), 16))}))
        return true;
    for (const Range &r : m_ranges) {
        if (inRange(*address, r.bytes, r.bits))
            return true;
    }
    return false;
}

bool BenignValues::contains(IndicatorType type, QByteArrayView value) const
{
    if (isEmpty() || value.isEmpty())
        return false;
    switch (type) {
    case IndicatorType::FileMd5:
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::CertificateThumbprint:
        if (hasUpper(value))
            return m_values.contains(Entry{lower(value)});
        return m_values.contains(Entry{rawView(value)});
    case IndicatorType::IpAddress: return containsAddress(value);
    case IndicatorType::DomainName: return containsName(value);
    case IndicatorType::Url: {
        if (m_hasUrls && m_values.contains(Entry{hasUpper(value) ? lower(value) : rawView(value)}))
            return true;
        UrlParts parts;
        if (!splitUrl(value, &parts) || (!parts.rest.isEmpty() && parts.rest != QByteArrayView("/")))
            return false;
        return parts.bracketedHost || parseIpv4(parts.host) ? containsAddress(parts.host) : containsName(parts.host);
    }
    case IndicatorType::Unknown: break;
    }
    return false;
}

} // namespace im::rules
