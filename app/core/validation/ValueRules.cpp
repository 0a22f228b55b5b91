// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ValueRules.h"

#include "core/validation/ByteText.h"
#include "core/validation/TopLevelDomains.h"

namespace im::rules {
using namespace detail;

IndicatorType inferType(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    const QByteArray refanged = looksDefanged(t) ? refang(t) : QByteArray();
    const QByteArrayView v = refanged.isEmpty() ? t : QByteArrayView(refanged);
    if (v.isEmpty())
        return IndicatorType::Unknown;
    if (isHex(v)) {
        switch (v.size()) {
        case 32: return IndicatorType::FileMd5;
        case 40: return IndicatorType::FileSha1;
        case 64: return IndicatorType::FileSha256;
        default: break;
        }
    }
    if (parseIpv4(v) || parseIpv6(v) || looksLikeCidr(v))
        return IndicatorType::IpAddress;
    if (contains(v, "://"))
        return IndicatorType::Url;
    const qsizetype slash = indexOf(v, '/');
    if (slash > 0) {
        const QByteArrayView host = v.first(slash);
        if ((isValidHostName(host) && hasKnownTopLevelDomain(host)) || parseIpv4(host))
            return IndicatorType::Url;
        return IndicatorType::Unknown;
    }
    // A file name ("HTTPParser.dll") has the shape of a host name; only a real top-level domain makes a domain.
    if (isValidHostName(v) && hasKnownTopLevelDomain(v))
        return IndicatorType::DomainName;
    return IndicatorType::Unknown;
}

} // namespace im::rules
