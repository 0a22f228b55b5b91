// SPDX-License-Identifier: GPL-3.0-or-later
// Several tenants at once through the real CLI: two sandboxes (two processes, two ports, two tenant
// ids), a profile for each in the system keychain (a private GNOME Keyring, support/with-keyring.sh),
// `import FILE --profile A --profile B` and `sync` sending to both in turn: both tenants hold the rows,
// the JSON has one object per tenant, the history one run per tenant with its profile; a tenant over
// its quota or out of reach fails on its own while the other succeeds, and the exit code is the worst.
#include "core/net/DemoRegistration.h"
#include "core/submit/ImportHistory.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

const QByteArray kHeader = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                           "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";

QByteArray rows(int first, int count)
{
    QByteArray text = kHeader;
    for (int n = first; n < first + count; ++n) {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray("tenants row " + QByteArray::number(n)), QCryptographicHash::Sha256)
                .toHex();
        text += "FileSha256," + hash + ",2031-01-01T00:00:00Z,Block,High,Loader " + QByteArray::number(n)
                + ",Seen in campaign,,,Malware,T1204,true\r\n";
    }
    return text;
}

const QString kTenantA = QStringLiteral("aaaaaaaa-1111-4111-8111-111111111111");
const QString kTenantB = QStringLiteral("bbbbbbbb-2222-4222-8222-222222222222");
const QString kTenantC = QStringLiteral("cccccccc-3333-4333-8333-333333333333");

} // namespace

class TestCliMultiTenant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsToTwoTenantsWithResultsAndHistoryEach();
    void humanOutputHasABlockPerTenantAndASummary();
    void oneProfileKeepsTheSingleTenantJson();
    void tenantOverQuotaFailsAloneWithExitOne();
    void unreachableTenantFailsAloneWithExitFour();
    void syncsTwoTenantsAndDryRunChangesNothing();

private:
    CliRun cli(const QStringList &arguments);
    bool login(const QString &profile, const SandboxProcess &sandbox, const QString &tenant);
    QString write(const QString &name, const QByteArray &content);
    static int indicators(SandboxProcess &sandbox)
    {
        return sandbox.stats().value(QLatin1String("indicators")).toInt();
    }
    std::vector<HistoryEntry> history();
    // Where the CLI keeps its history: its application data folder under XDG_DATA_HOME.
    QString historyPath() const
    {
        return m_data.filePath(QStringLiteral("IndicatorManager/indicator-manager/import-history.sqlite"));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_data;
    SandboxProcess m_a;
    SandboxProcess m_b;
    SandboxProcess m_c;
};

void TestCliMultiTenant::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("IM_KEYCHAIN_EXPECT") == QLatin1String("unlocked"),
             "run through ctest (private keyring)");
    QVERIFY(m_dir.isValid() && m_data.isValid());
    for (auto [sandbox, tenant] : {std::pair{&m_a, kTenantA}, std::pair{&m_b, kTenantB}, std::pair{&m_c, kTenantC}})
        QVERIFY2(sandbox->start(
                     {QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--tenant-id"), tenant}),
                 qPrintable(sandbox->error()));
    QVERIFY(m_a.url() != m_b.url());
    QVERIFY(login(QStringLiteral("alpha"), m_a, kTenantA));
    QVERIFY(login(QStringLiteral("beta"), m_b, kTenantB));
    QVERIFY(login(QStringLiteral("gamma"), m_c, kTenantC));
}

void TestCliMultiTenant::init()
{
    QVERIFY(m_a.reset());
    QVERIFY(m_b.reset());
    QVERIFY(m_c.reset());
    QFile::remove(historyPath());
}

CliRun TestCliMultiTenant::cli(const QStringList &arguments)
{
    return runCli(arguments, QByteArray(), m_data.path());
}

bool TestCliMultiTenant::login(const QString &profile, const SandboxProcess &sandbox, const QString &tenant)
{
    const CliRun run =
        runCli({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--tenant"), tenant,
                QStringLiteral("--client-id"), QLatin1String(demo::kClientId), QStringLiteral("--api-url"),
                sandbox.url(), QStringLiteral("--login-url"), sandbox.url(), QStringLiteral("--client-secret-stdin")},
               QByteArray(demo::kClientSecret) + '\n', m_data.path());
    if (run.exitCode != 0)
        qWarning() << run.out << run.err;
    return run.exitCode == 0;
}

QString TestCliMultiTenant::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

std::vector<HistoryEntry> TestCliMultiTenant::history()
{
    ImportHistory store(historyPath());
    QString error;
    return store.entries(&error);
}

void TestCliMultiTenant::importsToTwoTenantsWithResultsAndHistoryEach()
{
    const QString file = write(QStringLiteral("two.csv"), rows(0, 4));
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--profile"), QStringLiteral("alpha"),
                            QStringLiteral("--profile"), QStringLiteral("beta"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("exitCode")).toInt(), 0);
    const QJsonArray tenants = json.value(QLatin1String("tenants")).toArray();
    QCOMPARE(tenants.size(), 2);
    const QStringList profiles{QStringLiteral("alpha"), QStringLiteral("beta")};
    const QStringList tenantIds{kTenantA, kTenantB};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject t = tenants.at(i).toObject();
        QCOMPARE(t.value(QLatin1String("profile")).toString(), profiles[i]);
        QCOMPARE(t.value(QLatin1String("tenant")).toString(), tenantIds[i]);
        QCOMPARE(t.value(QLatin1String("file")).toString(), file);
        QCOMPARE(t.value(QLatin1String("rows")).toInt(), 4);
        QCOMPARE(t.value(QLatin1String("succeeded")).toInt(), 4);
        QCOMPARE(t.value(QLatin1String("created")).toInt(), 4);
        QCOMPARE(t.value(QLatin1String("failed")).toInt(), 0);
        QCOMPARE(t.value(QLatin1String("stopped")).toString(), QStringLiteral("completed"));
        // Every key of the single-tenant JSON is there.
        for (const char *key : {"sent", "notSent", "calls", "retries", "throttled", "resumed", "outcomes", "afterRun"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        const QJsonArray outcomes = t.value(QLatin1String("outcomes")).toArray();
        QCOMPARE(outcomes.size(), 4);
        for (const QJsonValue &o : outcomes) {
            QCOMPARE(o.toObject().value(QLatin1String("status")).toString(), QStringLiteral("Succeeded"));
            QVERIFY(!o.toObject().value(QLatin1String("id")).toString().isEmpty());
        }
    }
    // Each tenant holds the rows, each in its own process.
    QCOMPARE(indicators(m_a), 4);
    QCOMPARE(indicators(m_b), 4);

    // One history entry per tenant, with its profile and tenant id (newest first).
    const std::vector<HistoryEntry> entries = history();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].profile, QStringLiteral("alpha"));
    QCOMPARE(entries[1].tenant, kTenantA);
    QCOMPARE(entries[0].profile, QStringLiteral("beta"));
    QCOMPARE(entries[0].tenant, kTenantB);
    for (const HistoryEntry &e : entries) {
        QCOMPARE(e.succeeded, 4);
        QCOMPARE(e.failed, 0);
        QCOMPARE(e.file, file);
    }
}

void TestCliMultiTenant::humanOutputHasABlockPerTenantAndASummary()
{
    const QString file = write(QStringLiteral("human.csv"), rows(10, 3));
    // alpha already holds the first row as it is: left unchanged there, created in beta.
    const QString one = write(QStringLiteral("one.csv"), rows(10, 1));
    QCOMPARE(cli({QStringLiteral("import"), one, QStringLiteral("--profile"), QStringLiteral("alpha")}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--profile"), QStringLiteral("alpha"),
                            QStringLiteral("--profile"), QStringLiteral("beta")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("== Tenant 1 of 2: alpha (") + kTenantA), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("== Tenant 2 of 2: beta (") + kTenantB), qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("alpha (")) < text.indexOf(QLatin1String("beta (")));
    // The side-by-side summary: a heading with both profiles, then one line per figure.
    const QStringList lines = text.split(u'\n');
    auto line = [&lines](const QString &label) {
        for (const QString &l : lines) {
            if (l.startsWith(label))
                return l.simplified();
        }
        return QString();
    };
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &l) { return l.simplified() == QLatin1String("alpha beta"); }),
             qPrintable(text));
    QCOMPARE(line(QStringLiteral("Created")), QStringLiteral("Created 2 3"));
    QCOMPARE(line(QStringLiteral("Unchanged")), QStringLiteral("Unchanged 1 0"));
    QCOMPARE(line(QStringLiteral("Failed")), QStringLiteral("Failed 0 0"));
    QCOMPARE(line(QStringLiteral("Exit code")), QStringLiteral("Exit code 0 0"));
    QVERIFY(run.err.contains("Tenant 1 of 2: alpha"));
    QCOMPARE(indicators(m_a), 3);
    QCOMPARE(indicators(m_b), 3);
}

void TestCliMultiTenant::oneProfileKeepsTheSingleTenantJson()
{
    const QString file = write(QStringLiteral("single.csv"), rows(20, 2));
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--profile"), QStringLiteral("alpha"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QVERIFY(!json.contains(QLatin1String("tenants")));
    QVERIFY(!json.contains(QLatin1String("profile")));
    QCOMPARE(json.value(QLatin1String("succeeded")).toInt(), 2);
    QCOMPARE(indicators(m_a), 2);
    QCOMPARE(indicators(m_b), 0);
}

void TestCliMultiTenant::tenantOverQuotaFailsAloneWithExitOne()
{
    // gamma's tenant is one short of its 15,000 active indicators: three more do not fit.
    QVERIFY(m_c.seed(14999));
    const QString file = write(QStringLiteral("quota.csv"), rows(30, 3));
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--profile"), QStringLiteral("gamma"),
                            QStringLiteral("--profile"), QStringLiteral("alpha"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray tenants = run.json().value(QLatin1String("tenants")).toArray();
    QCOMPARE(tenants.size(), 2);
    const QJsonObject gamma = tenants.at(0).toObject();
    QCOMPARE(gamma.value(QLatin1String("profile")).toString(), QStringLiteral("gamma"));
    QCOMPARE(gamma.value(QLatin1String("stopped")).toString(), QStringLiteral("quota"));
    QCOMPARE(gamma.value(QLatin1String("succeeded")).toInt(), 0);
    QCOMPARE(gamma.value(QLatin1String("calls")).toInt(), 0);
    QCOMPARE(gamma.value(QLatin1String("exitCode")).toInt(), 1);
    QVERIFY(gamma.value(QLatin1String("error")).toString().contains(QLatin1String("quota")));
    const QJsonObject alpha = tenants.at(1).toObject();
    QCOMPARE(alpha.value(QLatin1String("succeeded")).toInt(), 3);
    QCOMPARE(alpha.value(QLatin1String("exitCode")).toInt(), 0);
    QCOMPARE(indicators(m_c), 14999);
    QCOMPARE(indicators(m_a), 3);
    const std::vector<HistoryEntry> entries = history();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].profile, QStringLiteral("gamma"));
    QCOMPARE(entries[1].succeeded, 0);
    QCOMPARE(entries[1].notSent, 3);
    QCOMPARE(entries[0].profile, QStringLiteral("alpha"));
    QCOMPARE(entries[0].succeeded, 3);
}

void TestCliMultiTenant::unreachableTenantFailsAloneWithExitFour()
{
    const QString file = write(QStringLiteral("reach.csv"), rows(40, 2));
    m_b.stop(); // beta's service is gone
    const CliRun run = cli({QStringLiteral("import"), file, QStringLiteral("--profile"), QStringLiteral("beta"),
                            QStringLiteral("--profile"), QStringLiteral("alpha")});
    const QString text = QString::fromUtf8(run.out);
    // The worst of 4 (beta unreachable) and 0 (alpha).
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(text.contains(QLatin1String("Stopped: ")), qPrintable(text));
    QCOMPARE(indicators(m_a), 2);
    const std::vector<HistoryEntry> entries = history();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries[1].profile, QStringLiteral("beta"));
    QCOMPARE(entries[1].succeeded, 0);
    QCOMPARE(entries[0].profile, QStringLiteral("alpha"));
    QCOMPARE(entries[0].succeeded, 2);
    QVERIFY2(m_b.start({QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--tenant-id"), kTenantB}),
             qPrintable(m_b.error()));
    QVERIFY(login(QStringLiteral("beta"), m_b, kTenantB)); // the new process has a new port
}

void TestCliMultiTenant::syncsTwoTenantsAndDryRunChangesNothing()
{
    const QString first = write(QStringLiteral("sync1.csv"), rows(50, 4));
    QCOMPARE(cli({QStringLiteral("sync"), first, QStringLiteral("--profile"), QStringLiteral("alpha"),
                  QStringLiteral("--profile"), QStringLiteral("beta")})
                 .exitCode,
             0);
    QCOMPARE(indicators(m_a), 4);
    QCOMPARE(indicators(m_b), 4);
    // Two rows fewer: a dry run says two deletes in each tenant and changes nothing.
    const QString second = write(QStringLiteral("sync2.csv"), rows(50, 2));
    const CliRun dry = cli({QStringLiteral("sync"), second, QStringLiteral("--profile"), QStringLiteral("alpha"),
                            QStringLiteral("--profile"), QStringLiteral("beta"), QStringLiteral("--dry-run"),
                            QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    const QJsonArray planned = dry.json().value(QLatin1String("tenants")).toArray();
    QCOMPARE(planned.size(), 2);
    for (const QJsonValue &t : planned) {
        QCOMPARE(t.toObject().value(QLatin1String("dryRun")).toBool(), true);
        QCOMPARE(t.toObject().value(QLatin1String("delete")).toInt(), 2);
        QCOMPARE(t.toObject().value(QLatin1String("unchanged")).toInt(), 2);
        QCOMPARE(t.toObject().value(QLatin1String("create")).toInt(), 0);
    }
    QCOMPARE(indicators(m_a), 4);
    QCOMPARE(indicators(m_b), 4);
    const CliRun run = cli({QStringLiteral("sync"), second, QStringLiteral("--profile"), QStringLiteral("alpha"),
                            QStringLiteral("--profile"), QStringLiteral("beta"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    for (const QJsonValue &t : run.json().value(QLatin1String("tenants")).toArray()) {
        QCOMPARE(t.toObject().value(QLatin1String("deleted")).toInt(), 2);
        QCOMPARE(t.toObject().value(QLatin1String("stopped")).toString(), QStringLiteral("completed"));
    }
    QCOMPARE(indicators(m_a), 2);
    QCOMPARE(indicators(m_b), 2);
}

QTEST_GUILESS_MAIN(TestCliMultiTenant)
#include "TestCliMultiTenant.moc"
