// SPDX-License-Identifier: GPL-3.0-or-later
// Every way of signing in, as real protocol exchanges with the sandbox as a real process: certificate
// assertions (PEM and PFX, PS256 and RS256), the device code flow (approved, declined, expired), the
// browser's authorization code flow with PKCE through Qt NetworkAuth, and refresh tokens.
#include "core/auth/BrowserSignInFlow.h"
#include "core/auth/ClientAssertion.h"
#include "core/auth/ClientCertificate.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/auth/PkceChallenge.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/net/TokenClient.h"
#include "core/tenant/Ownership.h"
#include "support/SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

const QString kPassphrase = QStringLiteral("pfx-passphrase-for-tests");

bool openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

ApiError signIn(ApiClient &client)
{
    ApiCall *call = client.signIn();
    if (!call->isFinished()) {
        QSignalSpy done(call, &ApiCall::finished);
        done.wait(30000);
    }
    const ApiError error = call->result().error;
    delete call;
    return error;
}

ApiResult finish(ApiCall *call)
{
    if (!call->isFinished()) {
        QSignalSpy done(call, &ApiCall::finished);
        done.wait(30000);
    }
    ApiResult result = call->result();
    delete call;
    return result;
}

// Imports one indicator and returns it as List shows it.
QJsonObject importAndFind(ApiClient &client, const QString &value)
{
    const QJsonObject indicator{{QStringLiteral("indicatorValue"), value},
                                {QStringLiteral("indicatorType"), QStringLiteral("DomainName")},
                                {QStringLiteral("action"), QStringLiteral("Audit")},
                                {QStringLiteral("generateAlert"), true},
                                {QStringLiteral("title"), QStringLiteral("Made in a test")},
                                {QStringLiteral("description"), QStringLiteral("Who made it?")}};
    if (!finish(client.importIndicators(QJsonArray{indicator})).ok())
        return {};
    const ApiResult listed = finish(client.listIndicators(10000, 0));
    const QJsonArray items = listed.json.value(QLatin1String("value")).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("indicatorValue")).toString() == value)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestUserSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateAssertionSignsIn_data();
    void certificateAssertionSignsIn();
    void certificateOfAnotherAppIsRefused();
    void assertionCarriesTheDocumentedClaims();
    void wrongPassphraseIsExplained();
    void deviceCodeIsApprovedAfterAFewPolls();
    void deviceCodeDeclinedOrExpired_data();
    void deviceCodeDeclinedOrExpired();
    void browserSignInUsesPkceAndTheLoopbackRedirect();
    void codeVerifierMustMatchTheChallenge();
    void refreshTokenRenewsAUsersToken();
    void revokedRefreshTokenAsksForSignIn();
    void aSignedInUsersIndicatorsAreCreatedByTheUser();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    ConnectionSettings settings(const SandboxProcess &sandbox) const;

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
};

void TestUserSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    // The app's certificate with an encrypted key, the same as PFX, and a stranger's certificate.
    QVERIFY(openssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                          QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=indicator-manager-app"),
                          QStringLiteral("-passout"), QStringLiteral("pass:") + kPassphrase}));
    QFile both(file(QStringLiteral("app.pem")));
    QVERIFY(both.open(QIODevice::WriteOnly));
    for (const char *part : {"cert.pem", "key.pem"}) {
        QFile f(file(QString::fromLatin1(part)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        both.write(f.readAll());
    }
    both.close();
    QVERIFY(
        openssl(dir, {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                      QStringLiteral("cert.pem"), QStringLiteral("-inkey"), QStringLiteral("key.pem"),
                      QStringLiteral("-passin"), QStringLiteral("pass:") + kPassphrase, QStringLiteral("-out"),
                      QStringLiteral("app.pfx"), QStringLiteral("-passout"), QStringLiteral("pass:") + kPassphrase}));
    QVERIFY(openssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other.crt"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=someone-else")}));
    QFile other(file(QStringLiteral("other.pem")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    for (const char *part : {"other.crt", "other.key"}) {
        QFile f(file(QString::fromLatin1(part)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        other.write(f.readAll());
    }
    other.close();
    QVERIFY2(m_sandbox.start({QStringLiteral("--app-certificate"),
                              QLatin1String(demo::kClientId) + QLatin1Char('=') + file(QStringLiteral("cert.pem")),
                              QStringLiteral("--device-code-interval"), QStringLiteral("1"),
                              QStringLiteral("--device-code-polls"), QStringLiteral("2")}),
             qPrintable(m_sandbox.error()));
}

ConnectionSettings TestUserSignIn::settings(const SandboxProcess &sandbox) const
{
    return sandbox.settings();
}

void TestUserSignIn::certificateAssertionSignsIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("PEM with an encrypted key") << QStringLiteral("app.pem");
    QTest::newRow("PFX") << QStringLiteral("app.pfx");
}

void TestUserSignIn::certificateAssertionSignsIn()
{
    QFETCH(QString, name);
    auto certificate = std::make_shared<ClientCertificate>();
    QCOMPARE(certificate->load(file(name), kPassphrase.toUtf8()), QString());
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    QCOMPARE(client.configure(settings(m_sandbox)), QString());
    client.tokens()->setClientCertificate(certificate);
    const ApiError error = signIn(client);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(client.tokenClaims().roles, QStringList{QStringLiteral("Ti.ReadWrite.All")});
    // The API accepts the token: the certificate is as good as the secret.
    ApiCall *list = client.listIndicators(1, 0);
    QSignalSpy done(list, &ApiCall::finished);
    QVERIFY(done.wait());
    QVERIFY(list->result().ok());
    delete list;
}

void TestUserSignIn::certificateOfAnotherAppIsRefused()
{
    auto certificate = std::make_shared<ClientCertificate>();
    QCOMPARE(certificate->load(file(QStringLiteral("other.pem")), QByteArray()), QString());
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    client.configure(settings(m_sandbox));
    client.tokens()->setClientCertificate(certificate);
    const ApiError error = signIn(client);
    QCOMPARE(error.kind(), ApiError::Kind::SignInRejected);
    QVERIFY2(error.message().contains(QStringLiteral("AADSTS700027")), qPrintable(error.message()));
    QVERIFY(error.isSignInProblem());
}

void TestUserSignIn::assertionCarriesTheDocumentedClaims()
{
    ClientCertificate certificate;
    QCOMPARE(certificate.load(file(QStringLiteral("app.pem")), kPassphrase.toUtf8()), QString());
    const QUrl tokenUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
    for (auto algorithm : {ClientAssertion::Algorithm::PS256, ClientAssertion::Algorithm::RS256}) {
        QString error;
        const QByteArray jwt = ClientAssertion::create(certificate, tokenUrl, QLatin1String(demo::kClientId),
                                                       1780272000, algorithm, &error);
        QVERIFY2(!jwt.isEmpty(), qPrintable(error));
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding)).object();
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(),
                 QString::fromLatin1(ClientAssertion::algorithmName(algorithm)));
        QCOMPARE(header.value(QLatin1String("x5t#S256")).toString().toLatin1(), certificate.x5tS256());
        QCOMPARE(header.value(QLatin1String("x5t")).toString().toLatin1(), certificate.x5t());
        QCOMPARE(payload.value(QLatin1String("aud")).toString(), tokenUrl.toString());
        QCOMPARE(payload.value(QLatin1String("iss")).toString(), QLatin1String(demo::kClientId));
        QCOMPARE(payload.value(QLatin1String("sub")).toString(), QLatin1String(demo::kClientId));
        QVERIFY(!payload.value(QLatin1String("jti")).toString().isEmpty());
        QCOMPARE(payload.value(QLatin1String("nbf")).toInteger(), 1780272000);
        QCOMPARE(payload.value(QLatin1String("exp")).toInteger(), 1780272000 + ClientAssertion::kLifetimeSeconds);
        // The x5t is the SHA-1 thumbprint, the x5t#S256 the SHA-256 one, both base64url.
        QCOMPARE(QByteArray::fromBase64(certificate.x5t(), QByteArray::Base64UrlEncoding),
                 certificate.certificate().digest(QCryptographicHash::Sha1));
    }
}

void TestUserSignIn::wrongPassphraseIsExplained()
{
    ClientCertificate certificate;
    QVERIFY(certificate.load(file(QStringLiteral("app.pfx")), "wrong").contains(QStringLiteral("passphrase is wrong")));
    QVERIFY(certificate.isNull());
    QVERIFY(certificate.load(file(QStringLiteral("app.pem")), QByteArray())
                .contains(QStringLiteral("give its passphrase")));
    QVERIFY(certificate.load(file(QStringLiteral("cert.pem")), QByteArray())
                .contains(QStringLiteral("holds no private key")));
}

void TestUserSignIn::deviceCodeIsApprovedAfterAFewPolls()
{
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    client.configure(settings(m_sandbox));
    DeviceCodeFlow flow(&manager, &client.tls());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start(settings(m_sandbox));
    QVERIFY(code.wait());
    const auto shown = code.at(0).at(0).value<DeviceCodeFlow::Code>();
    QCOMPARE(shown.userCode.size(), 9);
    QCOMPARE(shown.verificationUri.toString(), m_sandbox.url() + QStringLiteral("/devicelogin"));
    QCOMPARE(shown.intervalSeconds, 1);
    QVERIFY(shown.message.contains(shown.userCode));
    QVERIFY(flow.secondsLeft() > 890);
    QVERIFY(succeeded.wait(15000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(flow.polls(), 3); // two "authorization_pending", then the token
    const QJsonObject reply = succeeded.at(0).at(0).toJsonObject();
    QVERIFY(!reply.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(client.tokens()->adoptTokenReply(reply, QString()).isError(), false);
    QCOMPARE(client.tokenClaims().userName, QStringLiteral("analyst@contoso.example"));
    QCOMPARE(client.tokenClaims().scopes, QStringList{QStringLiteral("Ti.ReadWrite")});
    QVERIFY(client.tokenClaims().canImport());
    QCOMPARE(client.tokens()->grant(), TokenClient::Grant::RefreshToken);
}

void TestUserSignIn::deviceCodeDeclinedOrExpired_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("declined") << QStringLiteral("deny") << ApiError::Kind::SignInDeclined << QStringLiteral("declined");
    QTest::newRow("expired") << QStringLiteral("expire") << ApiError::Kind::SignInExpired << QStringLiteral("expired");
}

void TestUserSignIn::deviceCodeDeclinedOrExpired()
{
    QFETCH(QString, answer);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--user-sign-in"), answer, QStringLiteral("--device-code-interval"),
                            QStringLiteral("1"), QStringLiteral("--device-code-polls"), QStringLiteral("1")}),
             qPrintable(sandbox.error()));
    QNetworkAccessManager manager;
    TlsPolicy tls;
    DeviceCodeFlow flow(&manager, &tls);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start(sandbox.settings());
    QVERIFY(failed.wait(15000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QVERIFY(error.isSignInProblem());
    QVERIFY(!flow.isRunning());
}

void TestUserSignIn::browserSignInUsesPkceAndTheLoopbackRedirect()
{
    BrowserSignInFlow flow;
    QSignalSpy open(&flow, &BrowserSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &BrowserSignInFlow::succeeded);
    QSignalSpy failed(&flow, &BrowserSignInFlow::failed);
    flow.start(settings(m_sandbox));
    QTRY_COMPARE(open.count(), 1);
    const QUrl authorize = open.at(0).at(0).toUrl();
    const QUrlQuery query(authorize);
    QCOMPARE(authorize.path(), QStringLiteral("/%1/oauth2/v2.0/authorize").arg(QLatin1String(demo::kTenantId)));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    QCOMPARE(redirect, flow.redirectUri());
    QVERIFY(
        query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QStringLiteral("offline_access")));

    // The "browser": follows the sandbox's redirect to the app's loopback listener.
    QNetworkAccessManager browser;
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *page = browser.get(request);
    QVERIFY(succeeded.wait(15000));
    QCOMPARE(failed.count(), 0);
    const QJsonObject reply = succeeded.at(0).at(0).toJsonObject();
    QVERIFY(!reply.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(!reply.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(TokenClient::decodeClaims(reply.value(QLatin1String("access_token")).toString().toLatin1()).userName,
             QStringLiteral("analyst@contoso.example"));
    if (!page->isFinished())
        QSignalSpy(page, &QNetworkReply::finished).wait(5000);
    QVERIFY(page->readAll().contains("close this window"));
    delete page;
}

void TestUserSignIn::codeVerifierMustMatchTheChallenge()
{
    // What Qt NetworkAuth 6.4 alone would send without our PKCE parameters, and a wrong verifier.
    const PkceChallenge pkce;
    const QString redirect = QStringLiteral("http://localhost:1/");
    QUrl authorize = settings(m_sandbox).authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QLatin1String(demo::kClientId));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    query.addQueryItem(QStringLiteral("scope"), settings(m_sandbox).delegatedScope());
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge()));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);
    QNetworkAccessManager manager;
    auto codeFromRedirect = [&]() {
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        delete reply;
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    };
    auto redeem = [&](const QString &code, const QByteArray &verifier) {
        QByteArray form = "grant_type=authorization_code&client_id=" + QByteArray(demo::kClientId) + "&code="
                          + QUrl::toPercentEncoding(code) + "&redirect_uri=" + QUrl::toPercentEncoding(redirect);
        if (!verifier.isEmpty())
            form += "&code_verifier=" + verifier;
        QNetworkRequest request(settings(m_sandbox).tokenUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = manager.post(request, form);
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    };
    const QString code1 = codeFromRedirect();
    QVERIFY(!code1.isEmpty());
    QVERIFY(redeem(code1, QByteArray()).contains("code_verifier is missing"));
    QVERIFY(redeem(codeFromRedirect(), "not-the-verifier-at-all-not-the-verifier-at-all").contains("AADSTS501481"));
    const QString code3 = codeFromRedirect();
    QVERIFY(redeem(code3, pkce.verifier()).contains("access_token"));
    // A code works once.
    QVERIFY(redeem(code3, pkce.verifier()).contains("AADSTS70008"));
}

void TestUserSignIn::refreshTokenRenewsAUsersToken()
{
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    client.configure(settings(m_sandbox));
    DeviceCodeFlow flow(&manager, &client.tls());
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    flow.start(settings(m_sandbox));
    QVERIFY(succeeded.wait(15000));
    QVERIFY(!client.tokens()->adoptTokenReply(succeeded.at(0).at(0).toJsonObject(), QString()).isError());
    const QByteArray first = client.tokens()->refreshToken();

    // A client that has only the refresh token (as after a restart, from the keychain) signs in with it.
    ApiClient later(&manager);
    later.configure(settings(m_sandbox));
    later.tokens()->setRefreshToken(first);
    QSignalSpy rotated(later.tokens(), &TokenClient::refreshTokenChanged);
    const ApiError error = signIn(later);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(later.tokenClaims().userName, QStringLiteral("analyst@contoso.example"));
    QCOMPARE(rotated.count(), 1);
    QVERIFY(later.tokens()->refreshToken() != first);
}

void TestUserSignIn::revokedRefreshTokenAsksForSignIn()
{
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    client.configure(settings(m_sandbox));
    client.tokens()->setRefreshToken("0.sandbox.revoked-or-never-issued");
    ApiError error = signIn(client);
    QCOMPARE(error.kind(), ApiError::Kind::SignInRejected);
    QVERIFY(error.message().contains(QStringLiteral("AADSTS700082")));
    client.tokens()->setRefreshToken(QByteArray());
    error = signIn(client);
    QCOMPARE(error.kind(), ApiError::Kind::SignInRequired);
    QVERIFY(error.message().contains(QStringLiteral("sign in again")));
}

void TestUserSignIn::aSignedInUsersIndicatorsAreCreatedByTheUser()
{
    QNetworkAccessManager manager;
    ApiClient user(&manager);
    user.configure(settings(m_sandbox));
    DeviceCodeFlow flow(&manager, &user.tls());
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    flow.start(settings(m_sandbox));
    QVERIFY(succeeded.wait(15000));
    QVERIFY(!user.tokens()->adoptTokenReply(succeeded.at(0).at(0).toJsonObject(), QString()).isError());
    QVERIFY(user.isSignedIn());

    // A delegated sign-in: createdBy is the user's UPN, as Defender records it, and the user's own
    // indicators are ours.
    const QJsonObject byUser = importAndFind(user, QStringLiteral("made-by-the-user.contoso.com"));
    QCOMPARE(byUser.value(QLatin1String("createdBy")).toString(), QStringLiteral("analyst@contoso.example"));
    QCOMPARE(byUser.value(QLatin1String("createdByDisplayName")).toString(), QStringLiteral("analyst@contoso.example"));
    const Ownership userOwnership = Ownership::of(user);
    QVERIFY(userOwnership.isOurs(Creator::fromListItem(byUser)));
    // Someone else who signed in to the same app does not make the user's indicators theirs.
    const Ownership someoneElse({QStringLiteral("colleague@contoso.example")});
    QVERIFY(!someoneElse.isOurs(Creator::fromListItem(byUser)));

    // An app sign-in (client credentials) keeps the app id as createdBy.
    ApiClient app(&manager);
    QCOMPARE(app.configure(settings(m_sandbox), SandboxProcess::demoSecret()), QString());
    const ApiError error = signIn(app);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(app.tokenClaims().userName.isEmpty());
    const QJsonObject byApp = importAndFind(app, QStringLiteral("made-by-the-app.contoso.com"));
    QCOMPARE(byApp.value(QLatin1String("createdBy")).toString().toLower(),
             QString::fromLatin1(demo::kClientId).toLower());
    QVERIFY(Ownership::of(app).isOurs(Creator::fromListItem(byApp)));
    QVERIFY(!Ownership::of(app).isOurs(Creator::fromListItem(byUser)));
}

QTEST_GUILESS_MAIN(TestUserSignIn)
#include "TestUserSignIn.moc"
