// SPDX-License-Identifier: GPL-3.0-or-later
// A whole session as an analyst would run it, then a search of every file it could have touched for
// the secrets. The command gives this process a private HOME, XDG folders and TMPDIR, and a real
// Secret Service in a private D-Bus session (tests/CMakeLists.txt). The session: sign in with a client
// secret and with a device code (CLI login), import, list, an import killed half way and resumed, the
// GUI signing in with the saved profile, and signing out. Then every file under HOME, XDG_CONFIG_HOME,
// XDG_DATA_HOME (journals, the keyring's files), XDG_CACHE_HOME, XDG_STATE_HOME, XDG_RUNTIME_DIR and
// TMPDIR, and everything the programs printed, is searched for the client secret and every access and
// refresh token the sandbox issued: there must be no hit.
#include "core/net/DemoRegistration.h"
#include "support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUuid>
#include <QtTest>

#include <csignal>

using namespace im;
using namespace im::test;

namespace {

QByteArray rows(int count)
{
    QByteArray text = "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                      "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray("scan row " + QByteArray::number(i)), QCryptographicHash::Sha256)
                .toHex();
        text += "FileSha256," + hash + ",2031-01-01T00:00:00Z,Block,High,Loader " + QByteArray::number(i)
                + ",Seen in campaign,,,Malware,T1204,true\r\n";
    }
    return text;
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeSessionLeavesNoSecretBehind();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };
    Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000);
    QStringList roots() const;
    // Every file under roots() and everything printed that holds the secret or an issued token.
    QStringList search(int *files);
    void record(const QByteArray &printed) { m_printed += printed; }

    QString m_root;
    QByteArray m_secret;
    QByteArray m_printed;
    SandboxProcess m_sandbox;
    const QString m_clientId = QStringLiteral("5ca11ab1-0000-4000-8000-00000000beef");
};

void TestSecretScan::initTestCase()
{
    QVERIFY2(QDir::homePath().contains(QStringLiteral("keychain-")), "run through ctest (private HOME and keyring)");
    m_root = QDir(QDir::homePath() + QStringLiteral("/..")).canonicalPath();
    // The tenant's side: an app registration with a secret made for this run, in a folder the search
    // leaves out (it is the sandbox's, not the app's).
    m_secret = "scan-secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString tenantDir = m_root + QStringLiteral("/tenant");
    QDir(tenantDir).removeRecursively();
    QVERIFY(QDir().mkpath(tenantDir));
    QFile apps(tenantDir + QStringLiteral("/apps.json"));
    QVERIFY(apps.open(QIODevice::WriteOnly));
    apps.write(QJsonDocument(
                   QJsonArray{QJsonObject{{QStringLiteral("clientId"), m_clientId},
                                          {QStringLiteral("secret"), QString::fromLatin1(m_secret)},
                                          {QStringLiteral("displayName"), QStringLiteral("Secret scan")},
                                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("Ti.ReadWrite.All")}}}})
                   .toJson());
    apps.close();
    QVERIFY2(m_sandbox.start({QStringLiteral("--apps"), apps.fileName(), QStringLiteral("--time-scale"),
                              QStringLiteral("60"), QStringLiteral("--device-code-interval"), QStringLiteral("1"),
                              QStringLiteral("--device-code-polls"), QStringLiteral("1")}),
             qPrintable(m_sandbox.error()));
}

TestSecretScan::Run TestSecretScan::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                                        int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    Run r{process.exitCode(), process.readAll()};
    record(r.out);
    return r;
}

QStringList TestSecretScan::roots() const
{
    QStringList all;
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty())
            all.append(dir);
    }
    return all;
}

void TestSecretScan::wholeSessionLeavesNoSecretBehind()
{
    const QString cli = QStringLiteral(IM_CLI_PATH);
    const QString url = m_sandbox.url();
    const QString tenant = QLatin1String(demo::kTenantId);
    const QString work = QDir::homePath() + QStringLiteral("/indicators.csv");
    QFile file(work);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rows(1200));
    file.close();

    // 1. Sign in with the app's secret, and with a user's account (device code).
    Run r =
        run(cli,
            {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("scan"), QStringLiteral("--tenant"),
             tenant, QStringLiteral("--client-id"), m_clientId, QStringLiteral("--api-url"), url,
             QStringLiteral("--login-url"), url, QStringLiteral("--client-secret-stdin")},
            m_secret + '\n');
    QVERIFY2(r.exitCode == 0, r.out.constData());
    r = run(cli,
            {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("me"), QStringLiteral("--tenant"),
             tenant, QStringLiteral("--client-id"), QLatin1String(demo::kClientId), QStringLiteral("--api-url"), url,
             QStringLiteral("--login-url"), url, QStringLiteral("--device-code")});
    QVERIFY2(r.exitCode == 0, r.out.constData());

    // 2. An import killed half way (SIGKILL while a batch is in flight), then resumed.
    QVERIFY(m_sandbox.setFaults({QStringLiteral("slow:delay=1500")}));
    QProcess killed;
    killed.setProcessChannelMode(QProcess::MergedChannels);
    killed.start(cli, {QStringLiteral("import"), work, QStringLiteral("--profile"), QStringLiteral("scan")});
    const bool inFlight = QTest::qWaitFor(
        [this] {
            return m_sandbox.stats()
                       .value(QLatin1String("calls"))
                       .toObject()
                       .value(QLatin1String("import"))
                       .toArray()
                       .size()
                   >= 2;
        },
        60000);
    Q_UNUSED(inFlight) // killed either way; what it left behind is what is searched
    ::kill(static_cast<pid_t>(killed.processId()), SIGKILL);
    QVERIFY(killed.waitForFinished(10000));
    record(killed.readAll());
    const QString journals =
        qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/IndicatorManager/indicator-manager/import-journals");
    QVERIFY2(!QDir(journals).entryList(QDir::Files).isEmpty(),
             "the killed run left its journal (a recovery file) to search");
    // Search now, while the recovery file is there (the resumed run deletes it once done).
    int files = 0;
    QCOMPARE(search(&files), QStringList());
    QVERIFY(m_sandbox.setFaults({}));
    r = run(cli, {QStringLiteral("import"), work, QStringLiteral("--profile"), QStringLiteral("scan"),
                  QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("\"resumed\":"));
    r = run(cli, {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("me")});
    QVERIFY2(r.exitCode == 0, r.out.constData());

    // 3. The GUI signs in with the saved profile (the secret comes from the keychain) and draws itself.
    const QString shot = QDir::homePath() + QStringLiteral("/window.png");
    r = run(QStringLiteral(IM_GUI_PATH),
            {QStringLiteral("--profile"), QStringLiteral("scan"), QStringLiteral("--screenshot"), shot, work});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(QFileInfo::exists(shot));

    // 4. Sign out of both.
    for (const char *profile : {"scan", "me"}) {
        r = run(cli, {QStringLiteral("logout"), QStringLiteral("--profile"), QString::fromLatin1(profile)});
        QVERIFY2(r.exitCode == 0, r.out.constData());
    }

    // 5. The search, once more at the end.
    QCOMPARE(search(&files), QStringList());
    QVERIFY(files >= 3);
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("XDG_CONFIG_HOME")
                              + QStringLiteral("/IndicatorManager/indicator-manager.conf")));
}

QStringList TestSecretScan::search(int *files)
{
    QStringList hits;
    QByteArray issuedJson;
    if (m_sandbox.call("GET", QStringLiteral("/_sandbox/issued"), {}, &issuedJson) != 200)
        return {QStringLiteral("(the sandbox did not list the tokens it issued)")};
    const QJsonObject issued = QJsonDocument::fromJson(issuedJson).object();
    QList<QByteArray> needles{m_secret};
    for (const char *kind : {"accessTokens", "refreshTokens"}) {
        for (const QJsonValue &token : issued.value(QLatin1String(kind)).toArray()) {
            const QByteArray t = token.toString().toLatin1();
            needles.append(t);
            // A token cut short is still a token: its signature part alone must not be found either.
            if (t.count('.') == 2)
                needles.append(t.mid(t.lastIndexOf('.') + 1));
        }
    }
    const int accessTokens = static_cast<int>(issued.value(QLatin1String("accessTokens")).toArray().size());
    if (accessTokens < 2 || issued.value(QLatin1String("refreshTokens")).toArray().isEmpty())
        hits.append(QStringLiteral("(the sandbox issued too few tokens to search for)"));

    *files = 0;
    for (const QString &root : roots()) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(m_root + QStringLiteral("/tenant/")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++*files;
            const QByteArray content = f.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                if (content.contains(needle))
                    hits.append(path);
            }
        }
    }
    for (const QByteArray &needle : std::as_const(needles)) {
        if (m_printed.contains(needle))
            hits.append(QStringLiteral("(program output)"));
    }
    qInfo("searched %d files under %s for the secret and %d tokens", *files, qPrintable(roots().join(u' ')),
          static_cast<int>(needles.size() - 1));
    return hits;
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "TestSecretScan.moc"
