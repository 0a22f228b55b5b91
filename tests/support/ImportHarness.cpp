// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ImportHarness.h"

#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QSignalSpy>

namespace im::test {

ImportHarness::ImportHarness(SandboxProcess &sandbox, double timeScale, int requestTimeoutMs)
    : m_manager(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_manager.get()))
{
    m_client->configure(sandbox.settings(), SandboxProcess::demoSecret());
    m_client->setTimeScale(timeScale);
    HttpJob::Limits limits;
    limits.timeoutMs = requestTimeoutMs;
    m_client->setLimits(limits);
    m_engine = std::make_unique<ImportEngine>(m_client.get());
    m_options.retry.baseDelayMs = 20;
    m_options.retry.maxDelayMs = 200;
    m_options.journalDirectory = m_journalDir.path();
}

ImportHarness::~ImportHarness() = default;

std::vector<int> ImportHarness::allRows(const IndicatorTable &table)
{
    std::vector<int> rows(static_cast<size_t>(table.rowCount()));
    for (int i = 0; i < table.rowCount(); ++i)
        rows[static_cast<size_t>(i)] = i;
    return rows;
}

bool ImportHarness::run(const IndicatorTable &table, int timeoutMs)
{
    if (!m_engine->start(table, allRows(table), m_options))
        return false;
    return wait(timeoutMs);
}

bool ImportHarness::wait(int timeoutMs)
{
    if (!m_engine->isRunning())
        return true;
    QSignalSpy finished(m_engine.get(), &ImportEngine::finished);
    return finished.wait(timeoutMs);
}

IndicatorTable validRows(int count, int seed)
{
    static const char *kActions[] = {"Block", "Warn", "Allowed", "Block"};
    IndicatorTable table;
    table.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray(QByteArray::number(seed) + ':' + QByteArray::number(i)),
                                     QCryptographicHash::Sha256)
                .toHex();
        Indicator ind;
        switch (i % 4) {
        case 0:
            ind[Field::IndicatorType] = QStringLiteral("FileSha256");
            ind[Field::IndicatorValue] = QString::fromLatin1(digest);
            break;
        case 1:
            ind[Field::IndicatorType] = QStringLiteral("FileSha1");
            ind[Field::IndicatorValue] = QString::fromLatin1(digest.left(40));
            break;
        case 2:
            ind[Field::IndicatorType] = QStringLiteral("DomainName");
            ind[Field::IndicatorValue] =
                QStringLiteral("c2-%1.example-threat.net").arg(QString::fromLatin1(digest.left(12)));
            break;
        default:
            ind[Field::IndicatorType] = QStringLiteral("Url");
            ind[Field::IndicatorValue] = QStringLiteral("https://dl-%1.example-threat.org/payload/%2")
                                             .arg(QString::fromLatin1(digest.left(8)))
                                             .arg(i);
            break;
        }
        ind[Field::Action] = QString::fromLatin1(kActions[(i / 4) % 4]);
        ind[Field::Severity] = QStringLiteral("High");
        ind[Field::Title] = QStringLiteral("Campaign indicator %1").arg(i);
        ind[Field::Description] = QStringLiteral("Seen in the test campaign");
        ind[Field::Application] = QStringLiteral("tests");
        table.appendIndicator(ind);
    }
    return table;
}

} // namespace im::test
