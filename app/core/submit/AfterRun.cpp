// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/AfterRun.h"

#include "core/validation/RowValidator.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>

namespace im {
namespace {

AfterRun::Family familyOf(IndicatorType type)
{
    if (isFileHashType(type))
        return AfterRun::Family::Files;
    if (type == IndicatorType::CertificateThumbprint)
        return AfterRun::Family::Certificates;
    return AfterRun::Family::Network;
}

QString kqlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// `let name = dynamic([...]);`, four values a line, at most kMaxValuesPerList of them.
QString letList(const QString &name, const QStringList &values)
{
    constexpr int kPerLine = 4;
    const int shown = std::min<int>(static_cast<int>(values.size()), AfterRun::kMaxValuesPerList);
    QString text;
    if (shown < values.size())
        text += QStringLiteral("// %1 more values of %2 left out to keep the query short\n")
                    .arg(values.size() - shown)
                    .arg(name);
    text += QStringLiteral("let %1 = dynamic([").arg(name);
    for (int i = 0; i < shown; ++i) {
        if (i > 0)
            text += i % kPerLine == 0 ? QStringLiteral(",\n    ") : QStringLiteral(", ");
        text += kqlString(values[i]);
    }
    text += QStringLiteral("]);\n");
    return text;
}

// One leg of the union: the table, its filter and the value that matched, in the columns every leg shares.
QString leg(const QString &table, const QString &where, const QString &indicator, bool alerts)
{
    return QStringLiteral("    (%1\n    | where Timestamp > ago(lookback)\n    | where %2\n    | project Timestamp, "
                          "DeviceName, %3, %4, Indicator = %5)")
        .arg(table, where, alerts ? QStringLiteral("ActionType = \"Alert\"") : QStringLiteral("ActionType"),
             alerts ? QStringLiteral("Title") : QStringLiteral("Title = \"\""), indicator);
}

} // namespace

std::vector<AfterRun::Indicator> AfterRun::indicatorsOf(const IndicatorTable &table, const std::vector<int> &rows)
{
    std::vector<Indicator> result;
    QSet<QString> seen;
    for (int row : rows) {
        const IndicatorType type = parseIndicatorType(table.cell(row, Field::IndicatorType));
        if (type == IndicatorType::Unknown)
            continue;
        QString value = QString::fromUtf8(trimmedValue(table.cell(row, Field::IndicatorValue)));
        if (isFileHashType(type) || type == IndicatorType::CertificateThumbprint)
            value = value.toLower();
        if (value.isEmpty())
            continue;
        const QString key = QString::number(static_cast<int>(type)) + QLatin1Char(' ') + value;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.push_back({type, value});
    }
    return result;
}

QString AfterRun::familyName(Family family)
{
    switch (family) {
    case Family::Files: return tr("Files");
    case Family::Certificates: return tr("Certificates");
    case Family::Network: return tr("IP addresses, domains and URLs");
    }
    return {};
}

QString AfterRun::familyKey(Family family)
{
    switch (family) {
    case Family::Files: return QStringLiteral("files");
    case Family::Certificates: return QStringLiteral("certificates");
    case Family::Network: return QStringLiteral("network");
    }
    return {};
}

std::vector<AfterRun::Expectation> AfterRun::expectations(const std::vector<Indicator> &indicators)
{
    int counts[3] = {0, 0, 0};
    for (const Indicator &indicator : indicators)
        ++counts[static_cast<int>(familyOf(indicator.type))];
    std::vector<Expectation> result;
    // shared/spec §11 "Time to take effect" and "Prerequisites".
    if (counts[0] > 0)
        result.push_back({Family::Files, counts[0], tr("Usually within 15 minutes (30 on average), at most 2 hours."),
                          tr("File hash computation on, \"Allow or block file\" on in the advanced features, cloud "
                             "protection and antivirus in active mode. File indicators act on executable (PE) files "
                             "only.")});
    if (counts[1] > 0)
        result.push_back({Family::Certificates, counts[1], tr("Up to 3 hours."),
                          tr("Cloud protection and antivirus in active mode. Only leaf certificates that chain to a "
                             "trusted root act; certificates Microsoft signed cannot be blocked.")});
    if (counts[2] > 0)
        result.push_back({Family::Network, counts[2], tr("Usually within 2 hours, at most 48 hours."),
                          tr("Network protection in block mode and \"Custom network indicators\" on. Outside "
                             "Microsoft Edge, domains are blocked only with QUIC and Encrypted Client Hello off.")});
    return result;
}

QString AfterRun::huntingQuery(const std::vector<Indicator> &indicators)
{
    QStringList hashes;
    QStringList certificates;
    QStringList addresses;
    QStringList hosts;
    for (const Indicator &indicator : indicators) {
        switch (familyOf(indicator.type)) {
        case Family::Files: hashes.append(indicator.value); break;
        case Family::Certificates: certificates.append(indicator.value); break;
        case Family::Network:
            if (indicator.type == IndicatorType::IpAddress) {
                addresses.append(indicator.value);
                // Events write IPv6 addresses in the short form; indicators in the full one.
                const QHostAddress address(indicator.value);
                if (address.protocol() == QAbstractSocket::IPv6Protocol && address.toString() != indicator.value)
                    addresses.append(address.toString());
            } else {
                hosts.append(indicator.value);
            }
            break;
        }
    }
    if (hashes.isEmpty() && certificates.isEmpty() && addresses.isEmpty() && hosts.isEmpty())
        return {};

    QString query = QStringLiteral("// Have the imported indicators fired? Advanced hunting, the last %1 days.\n"
                                   "let lookback = %1d;\n")
                        .arg(kLookbackDays);
    QStringList legs;
    if (!hashes.isEmpty()) {
        query += letList(QStringLiteral("fileHashes"), hashes);
        legs.append(leg(QStringLiteral("DeviceEvents"),
                        QStringLiteral("SHA1 in~ (fileHashes) or SHA256 in~ (fileHashes) or MD5 in~ (fileHashes)"),
                        QStringLiteral("case(SHA256 in~ (fileHashes), SHA256, SHA1 in~ (fileHashes), SHA1, MD5)"),
                        false));
        legs.append(leg(QStringLiteral("AlertEvidence"),
                        QStringLiteral("SHA1 in~ (fileHashes) or SHA256 in~ (fileHashes)"),
                        QStringLiteral("iff(SHA256 in~ (fileHashes), SHA256, SHA1)"), true));
    }
    if (!certificates.isEmpty()) {
        query += letList(QStringLiteral("certificates"), certificates);
        legs.append(
            QStringLiteral("    (DeviceEvents\n    | where Timestamp > ago(lookback)\n"
                           "    | where ActionType == \"AntivirusDetection\"\n"
                           "    | lookup kind=inner (DeviceFileCertificateInfo | where SignerHash in~ "
                           "(certificates) | summarize by SHA1, Signer = SignerHash) on SHA1\n"
                           "    | project Timestamp, DeviceName, ActionType, Title = \"\", Indicator = Signer)"));
    }
    if (!addresses.isEmpty() || !hosts.isEmpty()) {
        QStringList where;
        QString indicator = QStringLiteral("RemoteUrl");
        if (!addresses.isEmpty()) {
            query += letList(QStringLiteral("addresses"), addresses);
            where.append(QStringLiteral("RemoteIP in (addresses)"));
            indicator = hosts.isEmpty() ? QStringLiteral("RemoteIP")
                                        : QStringLiteral("iff(RemoteIP in (addresses), RemoteIP, RemoteUrl)");
        }
        if (!hosts.isEmpty()) {
            query += letList(QStringLiteral("domainsAndUrls"), hosts);
            where.append(QStringLiteral("RemoteUrl has_any (domainsAndUrls)"));
        }
        const QString condition = where.join(QStringLiteral(" or "));
        legs.append(leg(QStringLiteral("DeviceEvents"), condition, indicator, false));
        legs.append(leg(QStringLiteral("AlertEvidence"), condition, indicator, true));
    }
    query += QStringLiteral("union withsource=Table\n") + legs.join(QStringLiteral(",\n"))
             + QStringLiteral("\n| sort by Timestamp desc\n");
    return query;
}

} // namespace im
