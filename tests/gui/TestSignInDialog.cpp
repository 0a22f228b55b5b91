// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog and the device code dialog, driven as a person would, against the sandbox as a
// real process and a real system keychain (GNOME Keyring in a private D-Bus session): validation as
// you type, cloud presets, "Test connection" succeeding and failing each way, translated messages,
// saving into the keychain, and screenshots in English and Chinese.
#include "core/auth/DeviceCodeFlow.h"
#include "core/i18n/Translations.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/net/TokenClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretKeys.h"
#include "support/SandboxProcess.h"
#include "support/TestCertificates.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SignInController.h"
#include "ui/signin/DeviceCodeDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

// Puts every string of our code between markers, so a test can tell that a visible message went
// through tr() without waiting for the Chinese catalogue.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        // Ours are "im::Class" (QObjects) and "Class" (Q_DECLARE_TR_FUNCTIONS); Qt's own start with Q.
        if (QByteArray(context).startsWith('Q'))
            return {};
        return QStringLiteral("\u27e6") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

// Stands in for the system browser: QDesktopServices hands it the sign-in address, and it follows the
// sandbox's redirect to the app's loopback listener, as a browser would.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    int opened = 0;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_manager.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_manager;
};

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void validatesAsYouType();
    void cloudChoiceFillsInTheHosts_data();
    void cloudChoiceFillsInTheHosts();
    void testConnectionShowsThePermissions();
    void testConnectionFailures_data();
    void testConnectionFailures();
    void missingPermissionIsAWarning();
    void browserSignInFromTheDialog();
    void messagesGoThroughTranslation();
    void saveKeepsTheSecretInTheKeychainOnly();
    void statusBarShowsTheProfileUntilSignedOut();
    void deviceCodeDialogShowsCodeCopiesAndCloses();
    void deviceCodeDialogExplainsADecline();
    void screenshots_data();
    void screenshots();

private:
    void fill(SignInDialog &dialog, const QString &url, const QString &tenant, const QString &client,
              const QString &secret);
    bool runTest(SignInDialog &dialog);

    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    KeychainSecretStore m_store;
    ProfileSignIn m_signIn{&m_client, &m_store};
    TestCertificates m_certs;
    SandboxProcess m_sandbox;
    SandboxProcess m_noPermission;
    SandboxProcess m_https;
    SandboxProcess m_deviceCodes;
    QString m_goneUrl;
    QTemporaryDir m_dir;
};

void TestSignInDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IndicatorManager"));
    QCoreApplication::setApplicationName(QStringLiteral("indicator-manager"));
    QVERIFY2(qEnvironmentVariable("IM_KEYCHAIN_EXPECT") == QLatin1String("unlocked"),
             "run through ctest (private keyring)");
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QFile apps(m_dir.filePath(QStringLiteral("apps.json")));
    QVERIFY(apps.open(QIODevice::WriteOnly));
    apps.write(
        R"([{"clientId": "11111111-2222-4333-8444-555555555555", "secret": "no-roles-secret", "displayName": "No roles", "roles": []}])");
    apps.close();
    QVERIFY2(m_noPermission.start({QStringLiteral("--apps"), apps.fileName()}), qPrintable(m_noPermission.error()));
    QVERIFY2(m_https.start(
                 {QStringLiteral("--tls-cert"), m_certs.serverCert(), QStringLiteral("--tls-key"), m_certs.serverKey()},
                 m_certs.caFile()),
             qPrintable(m_https.error()));
    QVERIFY2(m_deviceCodes.start({QStringLiteral("--device-code-interval"), QStringLiteral("1"),
                                  QStringLiteral("--device-code-polls"), QStringLiteral("2")}),
             qPrintable(m_deviceCodes.error()));
    SandboxProcess gone;
    QVERIFY(gone.start());
    m_goneUrl = gone.url();
    gone.stop();
}

void TestSignInDialog::init()
{
    Translations::install(QString());
}

void TestSignInDialog::fill(SignInDialog &dialog, const QString &url, const QString &tenant, const QString &client,
                            const QString &secret)
{
    QTest::keyClicks(child<QLineEdit>(&dialog, "profileNameLineEdit"), QStringLiteral("Sandbox"));
    auto *cloud = child<QComboBox>(&dialog, "cloudComboBox");
    cloud->setCurrentIndex(cloud->findData(static_cast<int>(Cloud::Custom)));
    child<QLineEdit>(&dialog, "apiUrlLineEdit")->setText(url);
    child<QLineEdit>(&dialog, "loginUrlLineEdit")->setText(url);
    QTest::keyClicks(child<QLineEdit>(&dialog, "tenantLineEdit"), tenant);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"), client);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), secret);
}

bool TestSignInDialog::runTest(SignInDialog &dialog)
{
    QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
    auto *button = child<QPushButton>(&dialog, "testConnectionButton");
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(30000))
        return false;
    return finished.at(0).at(0).toBool();
}

void TestSignInDialog::validatesAsYouType()
{
    SignInDialog dialog(&m_signIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    auto *test = child<QPushButton>(&dialog, "testConnectionButton");
    auto *save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(!test->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().isEmpty()); // nothing said before anything is typed

    QTest::keyClicks(child<QLineEdit>(&dialog, "profileNameLineEdit"), QStringLiteral("Contoso"));
    QCOMPARE(problem->text(), QStringLiteral("Enter the directory (tenant) ID."));
    auto *tenant = child<QLineEdit>(&dialog, "tenantLineEdit");
    QTest::keyClicks(tenant, QStringLiteral("72f988bf-86f1"));
    QVERIFY(problem->text().startsWith(QStringLiteral("The tenant is a GUID")));
    QVERIFY(!tenant->styleSheet().isEmpty()); // marked
    QTest::keyClicks(tenant, QStringLiteral("-41af-91ab-2d7cd011db47"));
    QVERIFY(tenant->styleSheet().isEmpty());
    QCOMPARE(problem->text(), QStringLiteral("Enter the application (client) ID of the app registration."));
    auto *client = child<QLineEdit>(&dialog, "clientIdLineEdit");
    QTest::keyClicks(client, QStringLiteral("not-a-guid"));
    QVERIFY(problem->text().startsWith(QStringLiteral("The application (client) ID is a GUID")));
    client->clear();
    QTest::keyClicks(client, QLatin1String(demo::kClientId));
    QCOMPARE(problem->text(), QStringLiteral("Enter the client secret (its value, not its ID)."));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), QStringLiteral("x"));
    QVERIFY(problem->text().isEmpty());
    QVERIFY(test->isEnabled());
    QVERIFY(save->isEnabled());
    // A verified domain is a tenant too.
    tenant->clear();
    QTest::keyClicks(tenant, QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(save->isEnabled());
    // A certificate needs its file.
    auto *method = child<QComboBox>(&dialog, "methodComboBox");
    method->setCurrentIndex(method->findData(static_cast<int>(SignInMethod::Certificate)));
    QVERIFY(!child<QLineEdit>(&dialog, "clientSecretLineEdit")->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "certificateLineEdit")->isVisible());
    QVERIFY(problem->text().startsWith(QStringLiteral("Choose the certificate file")));
    // A user's account needs no secret.
    method->setCurrentIndex(method->findData(static_cast<int>(SignInMethod::DeviceCode)));
    QVERIFY(save->isEnabled());
    // Plain http only to this computer.
    auto *cloud = child<QComboBox>(&dialog, "cloudComboBox");
    cloud->setCurrentIndex(cloud->findData(static_cast<int>(Cloud::Custom)));
    QVERIFY(child<QGroupBox>(&dialog, "advancedGroupBox")->isChecked());
    child<QLineEdit>(&dialog, "apiUrlLineEdit")->setText(QStringLiteral("http://api.example.com"));
    QVERIFY(problem->text().contains(QStringLiteral("Plain http:// is only allowed to this computer")));
    QVERIFY(!save->isEnabled());
}

void TestSignInDialog::cloudChoiceFillsInTheHosts_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("hosts");
    QTest::newRow("commercial") << Cloud::Commercial << QStringLiteral("https://api.security.microsoft.com")
                                << QStringLiteral("https://login.microsoftonline.com") << 9;
    QTest::newRow("gcc") << Cloud::Gcc << QStringLiteral("https://api-gcc.securitycenter.microsoft.us")
                         << QStringLiteral("https://login.microsoftonline.com") << 1;
    QTest::newRow("gcc high") << Cloud::GccHigh << QStringLiteral("https://api-gov.securitycenter.microsoft.us")
                              << QStringLiteral("https://login.microsoftonline.us") << 1;
    QTest::newRow("dod") << Cloud::DoD << QStringLiteral("https://api-gov.securitycenter.microsoft.us")
                         << QStringLiteral("https://login.microsoftonline.us") << 1;
}

void TestSignInDialog::cloudChoiceFillsInTheHosts()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, api);
    QFETCH(QString, login);
    QFETCH(int, hosts);
    SignInDialog dialog(&m_signIn);
    auto *clouds = child<QComboBox>(&dialog, "cloudComboBox");
    clouds->setCurrentIndex(clouds->findData(static_cast<int>(Cloud::Custom)));
    clouds->setCurrentIndex(clouds->findData(static_cast<int>(cloud)));
    auto *apiUrl = child<QLineEdit>(&dialog, "apiUrlLineEdit");
    QCOMPARE(apiUrl->text(), api);
    QCOMPARE(child<QLineEdit>(&dialog, "loginUrlLineEdit")->text(), login);
    QVERIFY(apiUrl->isReadOnly());
    auto *hostCombo = child<QComboBox>(&dialog, "apiHostComboBox");
    QCOMPARE(hostCombo->count(), hosts);
    QCOMPARE(dialog.profile().connection.scope, CloudEndpoints::scope(cloud));
    if (cloud == Cloud::Commercial) {
        // The regional hosts of the spec, picked by region.
        const int eu = hostCombo->findData(QStringLiteral("eu.api.security.microsoft.com"));
        QVERIFY(eu > 0);
        QVERIFY(hostCombo->itemText(eu).contains(QStringLiteral("EU")));
        hostCombo->setCurrentIndex(eu);
        QCOMPARE(apiUrl->text(), QStringLiteral("https://eu.api.security.microsoft.com"));
        QCOMPARE(dialog.profile().connection.apiUrl.host(), QStringLiteral("eu.api.security.microsoft.com"));
    }
}

void TestSignInDialog::testConnectionShowsThePermissions()
{
    SignInDialog dialog(&m_signIn);
    fill(dialog, m_sandbox.url(), QLatin1String(demo::kTenantId), QLatin1String(demo::kClientId),
         QLatin1String(demo::kClientSecret));
    QVERIFY(runTest(dialog));
    QCOMPARE(dialog.resultText(), QStringLiteral("Connection works: signed in and the Indicators API answered."));
    QCOMPARE(dialog.permissionsText(), QStringLiteral("Application permissions in the token: Ti.ReadWrite.All."));
    // One List call with $top=1 went to the API.
    const QJsonArray lists =
        m_sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("list")).toArray();
    QVERIFY(!lists.isEmpty());
    QCOMPARE(lists.last().toArray().at(2).toInt(), 200);
    // Testing saves nothing.
    QVERIFY(!ProfileStore().load(QStringLiteral("Sandbox")));
}

void TestSignInDialog::testConnectionFailures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("message");
    const QString tenant = QLatin1String(demo::kTenantId);
    const QString secret = QLatin1String(demo::kClientSecret);
    QTest::newRow("wrong secret") << QString() << tenant << QStringLiteral("not-the-secret")
                                  << QStringLiteral(
                                         "Sign-in was refused: AADSTS7000215: Invalid client secret provided.");
    QTest::newRow("unknown tenant")
        << QString() << QStringLiteral("fabrikam.onmicrosoft.com") << secret
        << QStringLiteral("Sign-in was refused: AADSTS90002: Tenant 'fabrikam.onmicrosoft.com' not found.");
    QTest::newRow("unreachable host") << QStringLiteral("gone") << tenant << secret
                                      << QStringLiteral("Cannot connect to 127.0.0.1.");
    QTest::newRow("untrusted certificate") << QStringLiteral("https") << tenant << secret
                                           << QStringLiteral("The certificate of 127.0.0.1 is not trusted.");
}

void TestSignInDialog::testConnectionFailures()
{
    QFETCH(QString, url);
    QFETCH(QString, tenant);
    QFETCH(QString, secret);
    QFETCH(QString, message);
    const QString address = url == QLatin1String("gone")    ? m_goneUrl
                            : url == QLatin1String("https") ? m_https.url()
                                                            : m_sandbox.url();
    SignInDialog dialog(&m_signIn);
    fill(dialog, address, tenant, QLatin1String(demo::kClientId), secret);
    QVERIFY(!runTest(dialog));
    QVERIFY2(dialog.resultText().startsWith(message), qPrintable(dialog.resultText()));
    QVERIFY(!dialog.resultText().contains(secret));
    QVERIFY(dialog.permissionsText().isEmpty());
    // Nothing went to the keychain.
    QVERIFY(SecretKeys::keysOfProfile(QStringLiteral("Sandbox"), m_store.keys()).isEmpty());
}

void TestSignInDialog::missingPermissionIsAWarning()
{
    SignInDialog dialog(&m_signIn);
    fill(dialog, m_noPermission.url(), QLatin1String(demo::kTenantId),
         QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("no-roles-secret"));
    QVERIFY(!runTest(dialog));
    QVERIFY2(
        dialog.resultText().startsWith(QStringLiteral("The app registration is not allowed to do this (HTTP 403).")),
        qPrintable(dialog.resultText()));
    QCOMPARE(
        dialog.permissionsText(),
        QStringLiteral("Application permissions in the token: none. Importing needs Ti.ReadWrite or Ti.ReadWrite.All "
                       "(WindowsDefenderATP) with admin consent; this token has neither."));
}

void TestSignInDialog::browserSignInFromTheDialog()
{
    FakeBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    SignInDialog dialog(&m_signIn);
    fill(dialog, m_sandbox.url(), QLatin1String(demo::kTenantId), QLatin1String(demo::kClientId), QString());
    auto *method = child<QComboBox>(&dialog, "methodComboBox");
    method->setCurrentIndex(method->findData(static_cast<int>(SignInMethod::Browser)));
    const bool ok = runTest(dialog);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QVERIFY2(ok, qPrintable(dialog.resultText()));
    QCOMPARE(browser.opened, 1);
    QCOMPARE(dialog.permissionsText(),
             QStringLiteral("Signed in as analyst@contoso.example. Delegated permissions: Ti.ReadWrite."));
}

void TestSignInDialog::messagesGoThroughTranslation()
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    {
        SignInDialog dialog(&m_signIn);
        QVERIFY(child<QPushButton>(&dialog, "testConnectionButton")->text().startsWith(QChar(0x27e6)));
        fill(dialog, m_sandbox.url(), QLatin1String(demo::kTenantId), QStringLiteral("bad"), QStringLiteral("s"));
        QVERIFY(child<QLabel>(&dialog, "problemLabel")->text().startsWith(QChar(0x27e6)));
        child<QLineEdit>(&dialog, "clientIdLineEdit")->setText(QLatin1String(demo::kClientId));
        QVERIFY(!runTest(dialog));
        QVERIFY2(dialog.resultText().startsWith(QChar(0x27e6)), qPrintable(dialog.resultText()));
    }
    QCoreApplication::removeTranslator(&marker);
}

void TestSignInDialog::saveKeepsTheSecretInTheKeychainOnly()
{
    SignInDialog dialog(&m_signIn);
    fill(dialog, m_sandbox.url(), QLatin1String(demo::kTenantId), QLatin1String(demo::kClientId),
         QLatin1String(demo::kClientSecret));
    QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.resultText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_client.isSignedIn());
    const std::optional<Profile> saved = ProfileStore().load(QStringLiteral("Sandbox"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->connection.tenantId, QLatin1String(demo::kTenantId));
    QCOMPARE(SecretKeys::keysOfProfile(QStringLiteral("Sandbox"), m_store.keys()),
             QStringList{SecretKeys::key(*saved, SecretKind::ClientSecret)});
    // In the keychain, and in no settings file.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(demo::kClientSecret));
    // Signing out removes it.
    bool done = false;
    m_signIn.signOut(QStringLiteral("Sandbox"), this, [&done](const SecretError &e) { done = !e.isError(); });
    QTRY_VERIFY(done);
    QVERIFY(SecretKeys::keysOfProfile(QStringLiteral("Sandbox"), m_store.keys()).isEmpty());
    ProfileStore().remove(QStringLiteral("Sandbox"));
}

void TestSignInDialog::statusBarShowsTheProfileUntilSignedOut()
{
    // What the main window hosts: the Tenant menu and the status-bar widget.
    QWidget window;
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionStatusWidget status(&window);
    SignInController controller(&client, &status, &window);
    QCOMPARE(status.text(), QStringLiteral("Not connected"));
    QVERIFY(controller.menu()->findChild<QMenu *>(QStringLiteral("profilesMenu")));

    Profile p;
    p.name = QStringLiteral("Work");
    p.connection = m_sandbox.settings();
    ProfileStore().save(p);
    bool stored = false;
    controller.profileSignIn()->storeSecret(p, SecretKind::ClientSecret, SandboxProcess::demoSecret(), this,
                                            [&stored](const SecretError &e) { stored = !e.isError(); });
    QTRY_VERIFY(stored);
    QSignalSpy finished(&controller, &SignInController::finished);
    controller.signInWithProfile(QStringLiteral("Work"));
    QVERIFY(status.text().startsWith(QStringLiteral("Signing in... · Work · tenant")));
    QVERIFY(finished.wait(30000));
    const QString host = QUrl(m_sandbox.url()).host() + u':' + QString::number(QUrl(m_sandbox.url()).port());
    QCOMPARE(status.text(),
             QStringLiteral("Signed in · Work · tenant %1 · %2").arg(QLatin1String(demo::kTenantId), host));
    auto *signOut = controller.menu()->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_VERIFY(status.text().startsWith(QStringLiteral("Signed out · Work")));
    QTRY_VERIFY(SecretKeys::keysOfProfile(QStringLiteral("Work"), m_store.keys()).isEmpty());
    QVERIFY(!client.isSignedIn());
    // Without its secret the profile cannot sign in, and the status bar says why.
    controller.signInWithProfile(QStringLiteral("Work"));
    QVERIFY(finished.wait(30000));
    QVERIFY(status.text().startsWith(QStringLiteral("Sign-in failed · Work")));
    ProfileStore().remove(QStringLiteral("Work"));
}

void TestSignInDialog::deviceCodeDialogShowsCodeCopiesAndCloses()
{
    QNetworkAccessManager manager;
    TlsPolicy tls;
    DeviceCodeDialog dialog(&manager, &tls, m_deviceCodes.settings());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.start();
    dialog.show();
    auto *code = child<QLabel>(&dialog, "codeLabel");
    QTRY_COMPARE_WITH_TIMEOUT(code->text().size(), 9, 10000);
    QVERIFY(child<QLabel>(&dialog, "linkLabel")->text().contains(m_deviceCodes.url() + QStringLiteral("/devicelogin")));
    QVERIFY(child<QLabel>(&dialog, "countdownLabel")->text().startsWith(QStringLiteral("The code expires in 1")));
    QTest::mouseClick(child<QPushButton>(&dialog, "copyCodeButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
    QVERIFY(accepted.wait(15000));
    QVERIFY(!dialog.tokenReply().value(QLatin1String("access_token")).toString().isEmpty());
}

void TestSignInDialog::deviceCodeDialogExplainsADecline()
{
    SandboxProcess declining;
    QVERIFY(declining.start({QStringLiteral("--user-sign-in"), QStringLiteral("deny"),
                             QStringLiteral("--device-code-interval"), QStringLiteral("1"),
                             QStringLiteral("--device-code-polls"), QStringLiteral("1")}));
    QNetworkAccessManager manager;
    TlsPolicy tls;
    DeviceCodeDialog dialog(&manager, &tls, declining.settings());
    dialog.start();
    dialog.show();
    auto *status = child<QLabel>(&dialog, "statusLabel");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("The sign-in was declined in the browser or on the other device."), 15000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QPushButton>(&dialog, "cancelButton")->text(), QStringLiteral("Close"));
    QCOMPARE(dialog.error().kind(), ApiError::Kind::SignInDeclined);
}

void TestSignInDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestSignInDialog::screenshots()
{
    // Pictures to look at (README); Chinese shows English where the catalogue has no translation yet.
    QFETCH(QString, language);
    QVERIFY(Translations::install(language == QLatin1String("en") ? QString() : language));
    const QString folder = qEnvironmentVariable("IM_SCREENSHOT_DIR");
    QVERIFY(!folder.isEmpty());
    QVERIFY(QDir().mkpath(folder));
    {
        SignInDialog dialog(&m_signIn);
        dialog.resize(640, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, m_sandbox.url(), QLatin1String(demo::kTenantId), QLatin1String(demo::kClientId),
             QLatin1String(demo::kClientSecret));
        child<QLineEdit>(&dialog, "profileNameLineEdit")->setText(QStringLiteral("Contoso SOC"));
        QVERIFY(runTest(dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/signin-dialog-%1.png").arg(language), "PNG"));
        // The same form with a mistake typed in: the earlier result goes, the problem shows.
        child<QLineEdit>(&dialog, "tenantLineEdit")->setText(QStringLiteral("72f988bf-86f1-41af"));
        QVERIFY(dialog.resultText().isEmpty());
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/signin-dialog-invalid-%1.png").arg(language), "PNG"));
    }
    {
        QNetworkAccessManager manager;
        TlsPolicy tls;
        DeviceCodeDialog dialog(&manager, &tls, m_deviceCodes.settings());
        dialog.start();
        dialog.show();
        // The copy button comes on with the code ("正在请求代码..." is nine characters long too).
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&dialog, "copyCodeButton")->isEnabled(), 10000);
        QCOMPARE(child<QLabel>(&dialog, "codeLabel")->text().size(), 9);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/device-code-dialog-%1.png").arg(language), "PNG"));
        dialog.reject();
    }
    Translations::install(QString());
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
