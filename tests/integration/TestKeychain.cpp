// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service: GNOME Keyring in a private D-Bus session that the
// test command starts itself (support/with-keyring.sh). The same tests run three times, told by
// IM_KEYCHAIN_EXPECT which keychain they have: "unlocked" (store, read back, sign out removes),
// "locked" and "unavailable" (no bus): the clear error, and no secret in any file.
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretKeys.h"
#include "support/SandboxProcess.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

struct Outcome
{
    bool done = false;
    QByteArray value;
    SecretError error;
};

Outcome wait(const std::function<void(QObject *, Outcome *)> &start)
{
    Outcome outcome;
    QObject context;
    start(&context, &outcome);
    if (!QTest::qWaitFor([&outcome] { return outcome.done; }, 30000))
        outcome.error = SecretError(SecretError::Kind::Failed, QStringLiteral("the keychain never answered"));
    return outcome;
}

Outcome write(SecretStore &store, const QString &key, const QByteArray &value)
{
    return wait([&](QObject *context, Outcome *o) {
        store.write(key, value, context, [o](const SecretError &e) {
            o->error = e;
            o->done = true;
        });
    });
}

Outcome read(SecretStore &store, const QString &key)
{
    return wait([&](QObject *context, Outcome *o) {
        store.read(key, context, [o](const QByteArray &v, const SecretError &e) {
            o->value = v;
            o->error = e;
            o->done = true;
        });
    });
}

Outcome remove(SecretStore &store, const QString &key)
{
    return wait([&](QObject *context, Outcome *o) {
        store.remove(key, context, [o](const SecretError &e) {
            o->error = e;
            o->done = true;
        });
    });
}

// Every file under `roots` that contains `needle` (binary search, any file type).
QStringList filesContaining(const QStringList &roots, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

Profile profileFor(const SandboxProcess &sandbox, const QString &name)
{
    Profile p;
    p.name = name;
    p.connection = sandbox.settings();
    p.method = SignInMethod::ClientSecret;
    return p;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storesReadsBackAndRemoves();
    void keysAreScopedByCloudTenantClientAndProfile();
    void signOutRemovesEveryEntryOfTheProfile();
    void cliLoginKeepsTheSecretOnlyInTheKeychain();
    void noFileHoldsTheSecret();

private:
    [[nodiscard]] bool expectWorking() const { return m_expect == QLatin1String("unlocked"); }
    [[nodiscard]] QStringList privateRoots() const;

    QString m_expect;
    QByteArray m_secret;
    SandboxProcess m_sandbox;
};

void TestKeychain::initTestCase()
{
    m_expect = qEnvironmentVariable("IM_KEYCHAIN_EXPECT");
    QVERIFY2(m_expect == QLatin1String("unlocked") || m_expect == QLatin1String("locked")
                 || m_expect == QLatin1String("unavailable"),
             "run through ctest: IM_KEYCHAIN_EXPECT is unlocked, locked or unavailable");
    // The command gives this process a private HOME and XDG folders (see tests/CMakeLists.txt).
    QVERIFY(QDir::homePath().contains(QStringLiteral("keychain-")));
    // The same settings file as the app and the CLI.
    QCoreApplication::setOrganizationName(QStringLiteral("IndicatorManager"));
    QCoreApplication::setApplicationName(QStringLiteral("indicator-manager"));
    m_secret = "kc-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "-\xe5\xaf\x86\xe9\x92\xa5";
    QSettings().clear();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

QStringList TestKeychain::privateRoots() const
{
    QStringList roots{QDir::homePath()};
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty() && !roots.contains(dir))
            roots.append(dir);
    }
    return roots;
}

void TestKeychain::storesReadsBackAndRemoves()
{
    KeychainSecretStore store(QStringLiteral("indicator-manager-test"));
    const QString key = QStringLiteral("indicator-manager/test/roundtrip");
    const Outcome written = write(store, key, m_secret);
    if (!expectWorking()) {
        const SecretError::Kind kind =
            m_expect == QLatin1String("locked") ? SecretError::Kind::Locked : SecretError::Kind::Unavailable;
        QCOMPARE(written.error.kind(), kind);
        const QString message = written.error.message();
        QVERIFY2(message.contains(QStringLiteral("Secret Service (GNOME Keyring)")), qPrintable(message));
        QVERIFY2(message.contains(kind == SecretError::Kind::Locked ? QStringLiteral("Unlock")
                                                                    : QStringLiteral("gnome-keyring")),
                 qPrintable(message));
        QVERIFY(!message.contains(QString::fromUtf8(m_secret)));
        QVERIFY(store.keys().isEmpty()); // nothing indexed that was not stored
        QVERIFY(read(store, key).error.isError());
        return;
    }
    QVERIFY2(!written.error.isError(), qPrintable(written.error.message()));
    QCOMPARE(store.keys(), QStringList{key});
    Outcome back = read(store, key);
    QVERIFY2(!back.error.isError(), qPrintable(back.error.message()));
    QCOMPARE(back.value, m_secret);
    // Overwriting keeps one entry with the new value.
    QVERIFY(!write(store, key, m_secret + "-2").error.isError());
    QCOMPARE(read(store, key).value, m_secret + "-2");
    QVERIFY(!remove(store, key).error.isError());
    QCOMPARE(read(store, key).error.kind(), SecretError::Kind::NotFound);
    QVERIFY(store.keys().isEmpty());
    // Removing what is not there is fine.
    QVERIFY(!remove(store, key).error.isError());
}

void TestKeychain::keysAreScopedByCloudTenantClientAndProfile()
{
    Profile p = profileFor(m_sandbox, QStringLiteral("Contoso/prod"));
    const QString key = SecretKeys::key(p, SecretKind::ClientSecret);
    // The profile's '/' is percent-encoded, so it cannot pass for a separator.
    QCOMPARE(key, QStringLiteral("indicator-manager/custom/") + QLatin1String(demo::kTenantId) + u'/'
                      + QLatin1String(demo::kClientId) + QStringLiteral("/Contoso%2Fprod/client-secret"));
    Profile other = p;
    other.connection.tenantId = QStringLiteral("fabrikam.onmicrosoft.com");
    QVERIFY(SecretKeys::key(other, SecretKind::ClientSecret) != key);
    QCOMPARE(SecretKeys::keysOfProfile(
                 QStringLiteral("Contoso/prod"),
                 {key, SecretKeys::key(other, SecretKind::RefreshToken),
                  SecretKeys::key(profileFor(m_sandbox, QStringLiteral("Contoso")), SecretKind::ClientSecret)})
                 .size(),
             2);
}

void TestKeychain::signOutRemovesEveryEntryOfTheProfile()
{
    KeychainSecretStore store;
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ProfileSignIn signIn(&client, &store);
    const Profile p = profileFor(m_sandbox, QStringLiteral("work"));
    ProfileStore().save(p);
    Outcome stored = wait([&](QObject *context, Outcome *o) {
        signIn.storeSecret(p, SecretKind::ClientSecret, SandboxProcess::demoSecret(), context,
                           [o](const SecretError &e) {
                               o->error = e;
                               o->done = true;
                           });
    });
    QSignalSpy finished(&signIn, &ProfileSignIn::finished);
    signIn.signIn(p);
    QVERIFY(finished.wait(30000));
    if (!expectWorking()) {
        QVERIFY(stored.error.isError());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(signIn.secretError().isError());
        QVERIFY(signIn.errorMessage().contains(QStringLiteral("keychain")));
        QVERIFY(!client.isSignedIn());
        return;
    }
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(signIn.errorMessage()));
    QVERIFY(client.isSignedIn());
    // An entry left by the same profile under an earlier tenant goes too.
    Profile earlier = p;
    earlier.connection.tenantId = QStringLiteral("old.onmicrosoft.com");
    QVERIFY(!write(store, SecretKeys::key(earlier, SecretKind::ClientSecret), "old").error.isError());
    QCOMPARE(SecretKeys::keysOfProfile(QStringLiteral("work"), store.keys()).size(), 2);
    Outcome out = wait([&](QObject *context, Outcome *o) {
        signIn.signOut(QStringLiteral("work"), context, [o](const SecretError &e) {
            o->error = e;
            o->done = true;
        });
    });
    QVERIFY(!out.error.isError());
    QVERIFY(SecretKeys::keysOfProfile(QStringLiteral("work"), store.keys()).isEmpty());
    QCOMPARE(read(store, SecretKeys::key(p, SecretKind::ClientSecret)).error.kind(), SecretError::Kind::NotFound);
    QCOMPARE(read(store, SecretKeys::key(earlier, SecretKind::ClientSecret)).error.kind(), SecretError::Kind::NotFound);
    QVERIFY(!client.isSignedIn());
    // Signed out, the profile cannot sign in until its secret is given again.
    signIn.signIn(p);
    QVERIFY(finished.wait(30000));
    QCOMPARE(signIn.secretError().kind(), SecretError::Kind::NotFound);
}

void TestKeychain::cliLoginKeepsTheSecretOnlyInTheKeychain()
{
    const ConnectionSettings s = m_sandbox.settings();
    QProcess cli;
    cli.start(QStringLiteral(IM_CLI_PATH),
              {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("--tenant"),
               s.tenantId, QStringLiteral("--client-id"), s.clientId, QStringLiteral("--api-url"), m_sandbox.url(),
               QStringLiteral("--login-url"), m_sandbox.url(), QStringLiteral("--client-secret-stdin"),
               QStringLiteral("--json")});
    cli.write(SandboxProcess::demoSecret() + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    if (!expectWorking()) {
        // Signed in fine, but with nowhere safe to keep the secret: exit 3, the keychain named, nothing saved.
        QCOMPARE(cli.exitCode(), 3);
        QCOMPARE(json.value(QLatin1String("code")).toString(), m_expect == QLatin1String("locked")
                                                                   ? QStringLiteral("keychain-locked")
                                                                   : QStringLiteral("keychain-unavailable"));
        QVERIFY(json.value(QLatin1String("error")).toString().contains(QStringLiteral("Secret Service")));
        QVERIFY(!ProfileStore().load(QStringLiteral("cli")));
        return;
    }
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(json.value(QLatin1String("canImport")).toBool(), true);
    QSettings().sync();
    QVERIFY(ProfileStore().load(QStringLiteral("cli")).has_value());
    QProcess list;
    list.start(QStringLiteral(IM_CLI_PATH),
               {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("--json")});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    QProcess logout;
    logout.start(QStringLiteral(IM_CLI_PATH),
                 {QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("cli")});
    QVERIFY(logout.waitForFinished(60000));
    QCOMPARE(logout.exitCode(), 0);
    list.start(QStringLiteral(IM_CLI_PATH),
               {QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("cli")});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 3);
    QVERIFY(list.readAllStandardError().contains("No secret is stored"));
}

void TestKeychain::noFileHoldsTheSecret()
{
    // The private HOME and XDG folders of this run, the keyring's own files included: whatever happened
    // above, neither the test secret nor the demo secret is written anywhere in plain text.
    const QStringList roots = privateRoots();
    QVERIFY(roots.size() >= 3);
    QCOMPARE(filesContaining(roots, m_secret), QStringList());
    QCOMPARE(filesContaining(roots, SandboxProcess::demoSecret()), QStringList());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
