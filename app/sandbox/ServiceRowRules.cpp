// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRowRules.h"

#include "sandbox/UndocumentedChoices.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <optional>

namespace im::sandbox {
namespace {

// Values quoted in failure texts are cut, as a service would not echo a megabyte back.
QString quoted(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("...") : text;
}

bool oneOf(const QString &text, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (text == QLatin1String(name))
            return true;
    }
    return false;
}

bool isHex(const QString &text)
{
    for (QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return false;
    }
    return true;
}

// §2: dotted quad; a part with a leading zero is refused (octal or decimal is ambiguous).
std::optional<std::array<int, 4>> ipv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    std::array<int, 4> octets{};
    for (int i = 0; i < 4; ++i) {
        const QString &p = parts[i];
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p.startsWith(u'0')))
            return std::nullopt;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        octets[static_cast<size_t>(i)] = p.toInt();
        if (octets[static_cast<size_t>(i)] > 255)
            return std::nullopt;
    }
    return octets;
}

// §2: IPv6 must list all 8 segments; "::" shorthand is refused (choices, Row rules).
std::optional<std::array<int, 8>> ipv6(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 8)
        return std::nullopt;
    std::array<int, 8> segments{};
    for (int i = 0; i < 8; ++i) {
        const QString &p = parts[i];
        if (p.isEmpty() || p.size() > 4 || !isHex(p))
            return std::nullopt;
        segments[static_cast<size_t>(i)] = p.toInt(nullptr, 16);
    }
    return segments;
}

// §2 "only external IPs": the ranges IANA marks as not globally reachable (choices, Row rules).
bool isPublic(const std::array<int, 4> &o)
{
    const int a = o[0];
    const int b = o[1];
    const int c = o[2];
    return !(a == 0 || a == 10 || a == 127 || a >= 224 || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254)
             || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 192 && b == 0 && (c == 0 || c == 2))
             || (a == 198 && (b == 18 || b == 19)) || (a == 198 && b == 51 && c == 100)
             || (a == 203 && b == 0 && c == 113));
}

bool isPublic(const std::array<int, 8> &s)
{
    // Global unicast 2000::/3 only, less the documentation prefix 2001:db8::/32.
    return (s[0] & 0xe000) == 0x2000 && !(s[0] == 0x2001 && s[1] == 0x0db8);
}

// §2: a host name of letters, digits, hyphens and underscores (non-ASCII letters allowed for IDN;
// underscores occur in real DNS names, e.g. service records and CDN hosts), at least two
// labels, none longer than 63, and a top-level label that is not all digits.
bool isHostName(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            const bool ascii = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                               || c == u'-' || c == u'_';
            if (!ascii && !(c.unicode() > 0x7f && c.isLetterOrNumber()))
                return false;
        }
    }
    bool digitsOnly = true;
    for (QChar c : labels.last())
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    return !digitsOnly;
}

// §2: an http or https URL (a scheme is required), a valid host, an optional port, anything after it
// except white space, control characters and wildcards.
bool isHttpUrl(const QString &text)
{
    qsizetype start = 0;
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        start = 7;
    else if (text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        start = 8;
    else
        return false;
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'*')
            return false;
    }
    qsizetype end = text.size();
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text[i] == u'/' || text[i] == u'?' || text[i] == u'#') {
            end = i;
            break;
        }
    }
    QString authority = text.mid(start, end - start);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.mid(at + 1);
    QString host = authority;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return false;
        host = authority.mid(1, close - 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return false;
        authority = rest;
        if (!ipv6(host))
            return false;
    } else {
        const qsizetype colon = authority.indexOf(u':');
        host = colon < 0 ? authority : authority.left(colon);
        authority = colon < 0 ? QString() : authority.mid(colon);
        if (!ipv4(host) && !isHostName(host))
            return false;
    }
    if (!authority.isEmpty()) {
        bool ok = false;
        const int port = QStringView(authority).mid(1).toInt(&ok);
        if (!ok || port < 1 || port > 65535 || QStringView(authority).mid(1).startsWith(u'+'))
            return false;
    }
    return true;
}

// §2 expirationTime: ISO 8601 with seconds, up to 7 fractional digits and Z or an offset.
std::optional<QDateTime> expiration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QString iso = text;
    if (const qsizetype dot = iso.indexOf(u'.'); dot >= 0) {
        qsizetype end = dot + 1;
        while (end < iso.size() && iso[end].isDigit())
            ++end;
        iso.remove(dot, end - dot); // the instant counts at the second (§2)
    }
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

bool isMitreTechnique(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^T\\d{4}(\\.\\d{3})?$"));
    return pattern.match(text).hasMatch();
}

bool hasLegalValueCharacters(const QString &value)
{
    for (QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

RowVerdict judgeRow(const Indicator &indicator, qint64 nowMs)
{
    namespace rules = choices::rows;
    const QString &value = indicator[Field::IndicatorValue];
    const QString &type = indicator[Field::IndicatorType];
    const QString &action = indicator[Field::Action];
    auto fail = [](const char *code, const QString &reason) { return RowVerdict{reason, QLatin1String(code)}; };
    auto missing = [&](const char *name) {
        return fail("MissingRequiredParameter", QStringLiteral("Parameter %1 is missing").arg(QLatin1String(name)));
    };
    auto input = [&](Field f) {
        return fail("InvalidInput",
                    QStringLiteral("Invalid input %1 for %2").arg(quoted(indicator[f]), QLatin1String(apiName(f))));
    };
    auto tooLong = [&](Field f, int max) -> std::optional<RowVerdict> {
        if (indicator[f].size() <= max)
            return std::nullopt;
        return fail(
            "InvalidInput",
            QStringLiteral("Field %1 exceeds the maximum length of %2").arg(QLatin1String(apiName(f))).arg(max));
    };

    // §1.3 required fields. The empty value's text is the service's own, misspelling included (§3.4).
    if (value.trimmed().isEmpty())
        return fail("InvalidInput", QStringLiteral("Recieved an empty indicator value."));
    if (type.isEmpty())
        return missing("indicatorType");
    const bool isFile = oneOf(type, {"FileSha1", "FileSha256", "FileMd5"});
    const bool isCertificate = type == QLatin1String("CertificateThumbprint");
    const bool isIp = type == QLatin1String("IpAddress");
    const bool isNetwork = isIp || oneOf(type, {"DomainName", "Url"});
    if (!isFile && !isCertificate && !isNetwork)
        return input(Field::IndicatorType);
    if (action.isEmpty())
        return missing("action");
    if (!oneOf(action, {"Warn", "Block", "Audit", "Alert", "AlertAndBlock", "BlockAndRemediate", "Allowed"}))
        return input(Field::Action);
    // §1.5 actions per type; the legacy names count as what they were renamed to (§1.4, §11).
    const QString current = action == QLatin1String("Alert")           ? QStringLiteral("Audit")
                            : action == QLatin1String("AlertAndBlock") ? QStringLiteral("BlockAndRemediate")
                                                                       : action;
    const bool allowed = isCertificate ? oneOf(current, {"Allowed", "BlockAndRemediate"})
                         : isFile      ? true
                                       : current != QLatin1String("BlockAndRemediate");
    if (!allowed) {
        return fail(
            "InvalidInput",
            QStringLiteral("Action %1 is not supported for indicator type %2").arg(quoted(action), quoted(type)));
    }
    if (const auto v = tooLong(Field::IndicatorValue, rules::kMaxValueLength))
        return *v;

    // §2 value formats.
    auto badValue = [&](const char *code, const char *what) {
        return fail(code, QStringLiteral("%1 %2 is invalid").arg(QLatin1String(what), quoted(value.trimmed())));
    };
    if (isFile || isCertificate) {
        const int length = type == QLatin1String("FileSha256") ? 64 : type == QLatin1String("FileMd5") ? 32 : 40;
        if (value.size() != length || !isHex(value))
            return badValue("InvalidHashValue", isCertificate ? "Certificate thumbprint" : "Hash value");
    } else if (isIp) {
        if (value.contains(u'/')) {
            return fail("InvalidIpAddress", QStringLiteral("Ip address %1 is invalid: CIDR notation is not supported")
                                                .arg(quoted(value.trimmed())));
        }
        const auto v4 = ipv4(value);
        const auto v6 = v4 ? std::nullopt : ipv6(value);
        if (!v4 && !v6)
            return badValue("InvalidIpAddress", "Ip address");
        if (v4 ? !isPublic(*v4) : !isPublic(*v6)) {
            return fail("InvalidIpAddress",
                        QStringLiteral("Ip address %1 is not a public address; internal addresses cannot be indicators")
                            .arg(quoted(value)));
        }
    } else if (type == QLatin1String("DomainName")) {
        if (!hasLegalValueCharacters(value) || !isHostName(value))
            return badValue("InvalidDomainName", "Domain name");
    } else if (!isHttpUrl(value)) {
        return badValue("InvalidUrl", "Url");
    }

    // §1.3 generateAlert; §2 Audit needs it true (legacy Alert carries it).
    const QString &alert = indicator[Field::GenerateAlert];
    const bool alertTrue = alert.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (!alert.isEmpty() && !alertTrue && alert.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        return input(Field::GenerateAlert);
    if (action == QLatin1String("Audit") && !alertTrue)
        return fail("InvalidInput", QStringLiteral("generateAlert must be true when action is Audit"));
    const QString &severity = indicator[Field::Severity];
    if (!severity.isEmpty() && !oneOf(severity, {"Informational", "Low", "Medium", "High"}))
        return input(Field::Severity);

    if (indicator[Field::Title].trimmed().isEmpty())
        return missing("title");
    if (indicator[Field::Description].trimmed().isEmpty())
        return missing("description");
    for (const auto &[field, max] :
         {std::pair{Field::Title, rules::kMaxTitleLength}, std::pair{Field::Description, rules::kMaxTextLength},
          std::pair{Field::RecommendedActions, rules::kMaxTextLength},
          std::pair{Field::Application, rules::kMaxTitleLength},
          std::pair{Field::ExternalId, rules::kMaxTitleLength}}) {
        if (const auto v = tooLong(field, max))
            return *v;
    }

    const QString &expiry = indicator[Field::ExpirationTime];
    if (!expiry.isEmpty()) {
        const auto when = expiration(expiry);
        if (!when)
            return input(Field::ExpirationTime);
        if (when->toMSecsSinceEpoch() / 1000 <= nowMs / 1000)
            return fail("InvalidInput", QStringLiteral("expirationTime %1 is in the past").arg(quoted(expiry)));
    }

    const QString &category = indicator[Field::Category];
    if (!category.isEmpty()
        && !oneOf(category, {"None", "General", "CommandAndControl", "Collection", "CredentialAccess", "DefenseEvasion",
                             "Discovery", "Exfiltration", "Exploit", "Execution", "InitialAccess", "LateralMovement",
                             "Malware", "Persistence", "PrivilegeEscalation", "Ransomware", "SuspiciousActivity"}))
        return input(Field::Category);
    const QStringList techniques = indicator[Field::MitreTechniques].split(u',', Qt::SkipEmptyParts);
    for (const QString &technique : techniques) {
        if (!isMitreTechnique(technique.trimmed()))
            return input(Field::MitreTechniques);
    }
    const QString &educateUrl = indicator[Field::EducateUrl];
    if (!educateUrl.isEmpty() && !isHttpUrl(educateUrl))
        return input(Field::EducateUrl);
    return {};
}

} // namespace im::sandbox
