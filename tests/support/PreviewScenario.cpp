// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PreviewScenario.h"

#include "core/io/IndicatorJson.h"
#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace im::test {

Indicator fileIndicator(int n)
{
    Indicator ind;
    ind[Field::IndicatorType] = QStringLiteral("FileSha256");
    ind[Field::IndicatorValue] = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("preview " + QByteArray::number(n)), QCryptographicHash::Sha256).toHex());
    ind[Field::ExpirationTime] = QStringLiteral("2031-01-01T00:00:00Z");
    ind[Field::Action] = QStringLiteral("Block");
    ind[Field::Severity] = QStringLiteral("High");
    ind[Field::Title] = QStringLiteral("Known %1").arg(n);
    ind[Field::Description] = QStringLiteral("Seen in campaign");
    ind[Field::Category] = QStringLiteral("Malware");
    ind[Field::MitreTechniques] = QStringLiteral("T1204");
    ind[Field::GenerateAlert] = QStringLiteral("true");
    return ind;
}

Indicator expiringDomain(int n, qint64 hoursAhead)
{
    Indicator ind;
    ind[Field::IndicatorType] = QStringLiteral("DomainName");
    ind[Field::IndicatorValue] = QStringLiteral("expiring-%1.example.com").arg(n);
    ind[Field::ExpirationTime] = QDateTime::currentDateTimeUtc().addSecs(hoursAhead * 3600).toString(Qt::ISODate);
    ind[Field::Action] = QStringLiteral("Block");
    ind[Field::Title] = QStringLiteral("Expiring %1").arg(n);
    ind[Field::Description] = QStringLiteral("Short-lived");
    return ind;
}

std::vector<Indicator> scenarioRows()
{
    std::vector<Indicator> rows;
    rows.push_back(fileIndicator(1)); // 0: unchanged
    Indicator retitled = fileIndicator(2);
    retitled[Field::Title] = QStringLiteral("Known 2, revised");
    rows.push_back(retitled); // 1: update
    Indicator upper = fileIndicator(3);
    upper[Field::IndicatorValue] = upper[Field::IndicatorValue].toUpper();
    rows.push_back(upper); // 2: unchanged (hashes compare case-insensitively)
    Indicator noSeverity = fileIndicator(4);
    noSeverity[Field::Severity].clear();
    rows.push_back(noSeverity); // 3: update (empty severity is Informational, the tenant has High)
    for (int n = 10; n < 15; ++n)
        rows.push_back(fileIndicator(n)); // 4-8: new
    Indicator invalid = fileIndicator(20);
    invalid[Field::IndicatorValue] = QStringLiteral("not-a-hash");
    rows.push_back(invalid);           // 9: invalid
    rows.push_back(fileIndicator(10)); // 10: repeats row 4
    return rows;
}

bool seedScenarioTenant(SandboxProcess &sandbox)
{
    QJsonArray body;
    for (int n = 1; n <= 4; ++n)
        body.append(IndicatorJson::toJson(fileIndicator(n)));
    body.append(IndicatorJson::toJson(expiringDomain(1, 47)));
    body.append(IndicatorJson::toJson(expiringDomain(2, 71)));
    const QJsonObject import{{QStringLiteral("Indicators"), body}};
    return sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                        QJsonDocument(import).toJson(QJsonDocument::Compact))
           == 200;
}

} // namespace im::test
