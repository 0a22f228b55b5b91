// SPDX-License-Identifier: GPL-3.0-or-later
// The API client against the sandbox as a real process: cloud addresses, TLS verification, tokens
// (renewed before expiry and once on a 401), 429 with Retry-After, and a clear error for every
// failure kind.
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "core/net/TokenClient.h"
#include "support/SandboxProcess.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace im;
using namespace im::test;

namespace {

// Waits for a call and takes its result.
ApiResult wait(ApiCall *call)
{
    if (!call->isFinished()) {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(30000))
            qWarning("call did not finish");
    }
    const ApiResult result = call->result();
    delete call;
    return result;
}

struct Client
{
    explicit Client(const ConnectionSettings &settings, const QByteArray &secret = SandboxProcess::demoSecret(),
                    int timeoutMs = 10000)
    {
        configureError = client.configure(settings, secret);
        HttpJob::Limits limits;
        limits.timeoutMs = timeoutMs;
        client.setLimits(limits);
    }
    QNetworkAccessManager manager; // a fresh manager: no TLS session is reused between cases
    ApiClient client{&manager};
    QString configureError;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knowsEveryHostOfTheSpec_data();
    void knowsEveryHostOfTheSpec();
    void cloudsHaveTheirSignInAndScope();
    void plainHttpOnlyToThisComputer_data();
    void plainHttpOnlyToThisComputer();
    void signsInAndShowsWhatTheTokenCarries();
    void wrongSecretIsAClearSignInError();
    void unreachableServiceIsAClearError();
    void tlsIsVerified_data();
    void tlsIsVerified();
    void unreadableCaFileIsRefused();
    void tokenIsRenewedBeforeItExpires();
    void expiredTokenIsRenewedOnceOn401();
    void secondRefusalAfterRenewalIsUnauthorized();
    void wrongAudienceGives403();
    void throttledCallWaitsForRetryAfter();
    void badRepliesGiveClearErrors_data();
    void badRepliesGiveClearErrors();
    void silentServiceTimesOut();
    void badTokenRepliesAreRefused_data();
    void badTokenRepliesAreRefused();
    void redirectsAreNotFollowed_data();
    void redirectsAreNotFollowed();

private:
    TestCertificates m_certs;
    SandboxProcess m_sandbox;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("60")}), qPrintable(m_sandbox.error()));
}

void TestApiClient::knowsEveryHostOfTheSpec_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<Cloud>("cloud");
    const Cloud commercial = Cloud::Commercial;
    for (const char *host :
         {"api.security.microsoft.com", "api.securitycenter.microsoft.com", "api.securitycenter.windows.com",
          "us.api.security.microsoft.com", "eu.api.security.microsoft.com", "uk.api.security.microsoft.com",
          "au.api.security.microsoft.com", "swa.api.security.microsoft.com", "ina.api.security.microsoft.com",
          "aea.api.security.microsoft.com", "api-us.securitycenter.microsoft.com",
          "api-eu.securitycenter.microsoft.com", "api-uk.securitycenter.microsoft.com",
          "api-au.securitycenter.microsoft.com"})
        QTest::newRow(host) << QString::fromLatin1(host) << commercial;
    QTest::newRow("gcc") << QStringLiteral("api-gcc.securitycenter.microsoft.us") << Cloud::Gcc;
    QTest::newRow("gcc high and dod") << QStringLiteral("api-gov.securitycenter.microsoft.us") << Cloud::GccHigh;
    QTest::newRow("anything else") << QStringLiteral("127.0.0.1") << Cloud::Custom;
}

void TestApiClient::knowsEveryHostOfTheSpec()
{
    QFETCH(QString, host);
    QFETCH(Cloud, cloud);
    QCOMPARE(CloudEndpoints::cloudOfHost(host), cloud);
    QCOMPARE(CloudEndpoints::cloudOfHost(host.toUpper()), cloud);
}

void TestApiClient::cloudsHaveTheirSignInAndScope()
{
    QCOMPARE(CloudEndpoints::apiUrl(Cloud::Commercial).toString(),
             QStringLiteral("https://api.security.microsoft.com"));
    QCOMPARE(CloudEndpoints::loginUrl(Cloud::Commercial).toString(),
             QStringLiteral("https://login.microsoftonline.com"));
    QCOMPARE(CloudEndpoints::scope(Cloud::Commercial),
             QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
    QCOMPARE(CloudEndpoints::apiUrl(Cloud::Gcc).toString(),
             QStringLiteral("https://api-gcc.securitycenter.microsoft.us"));
    QCOMPARE(CloudEndpoints::loginUrl(Cloud::Gcc).toString(), QStringLiteral("https://login.microsoftonline.com"));
    for (Cloud gov : {Cloud::GccHigh, Cloud::DoD}) {
        QCOMPARE(CloudEndpoints::apiUrl(gov).toString(), QStringLiteral("https://api-gov.securitycenter.microsoft.us"));
        QCOMPARE(CloudEndpoints::loginUrl(gov).toString(), QStringLiteral("https://login.microsoftonline.us"));
        QCOMPARE(CloudEndpoints::scope(gov),
                 QStringLiteral("https://securitycenter.onmicrosoft.us/windowsatpservice/.default"));
    }
    ConnectionSettings s = ConnectionSettings::forCloud(Cloud::DoD);
    s.tenantId = QStringLiteral("contoso.onmicrosoft.us");
    QCOMPARE(s.tokenUrl().toString(),
             QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token"));
    QCOMPARE(s.apiEndpointUrl(QStringLiteral("indicators/import")).toString(),
             QStringLiteral("https://api-gov.securitycenter.microsoft.us/api/indicators/import"));
    for (Cloud c : {Cloud::Commercial, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD})
        QCOMPARE(CloudEndpoints::fromName(CloudEndpoints::name(c)), std::optional<Cloud>(c));
}

void TestApiClient::plainHttpOnlyToThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QStringLiteral("https://api.security.microsoft.com") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.security.microsoft.com") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.5:8080") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:1") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
}

void TestApiClient::plainHttpOnlyToThisComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    ConnectionSettings s = ConnectionSettings::forCloud(Cloud::Custom);
    s.apiUrl = QUrl(url);
    s.loginUrl = QUrl(url);
    s.tenantId = QStringLiteral("t");
    s.clientId = QStringLiteral("c");
    QCOMPARE(s.check().isEmpty(), allowed);
    Client c(s);
    QCOMPARE(c.configureError.isEmpty(), allowed);
    if (!allowed) {
        // Nothing is sent: the call fails at once with the same explanation.
        const ApiResult r = wait(c.client.listIndicators(1, 0));
        QCOMPARE(r.error.kind(), ApiError::Kind::InvalidSettings);
        QCOMPARE(r.error.message(), c.configureError);
    }
}

void TestApiClient::signsInAndShowsWhatTheTokenCarries()
{
    Client c(m_sandbox.settings());
    QSignalSpy signedIn(&c.client, &ApiClient::signedInChanged);
    const ApiResult r = wait(c.client.signIn());
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(c.client.isSignedIn());
    QCOMPARE(signedIn.size(), 1);
    const TokenClaims claims = c.client.tokenClaims();
    QCOMPARE(claims.audience, QStringLiteral("https://api.securitycenter.microsoft.com"));
    QCOMPARE(claims.tenantId, QLatin1String(demo::kTenantId));
    QCOMPARE(claims.appId, QLatin1String(demo::kClientId));
    QCOMPARE(claims.roles, QStringList{QStringLiteral("Ti.ReadWrite.All")});
    QCOMPARE(claims.issuer, QStringLiteral("https://sts.windows.net/%1/").arg(QLatin1String(demo::kTenantId)));
    QVERIFY(claims.expires > QDateTime::currentDateTimeUtc().addSecs(3500));
}

void TestApiClient::wrongSecretIsAClearSignInError()
{
    Client c(m_sandbox.settings(), "not-the-secret");
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::SignInRejected);
    QCOMPARE(r.error.stage(), ApiError::Stage::SignIn);
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.serviceCode, QStringLiteral("invalid_client"));
    QVERIFY(r.error.message().startsWith(QStringLiteral("Sign-in was refused: AADSTS7000215: Invalid client secret")));
    QVERIFY(!r.error.message().contains(QStringLiteral("Trace ID"))); // Entra's trailer is cut
    QVERIFY(!r.error.message().contains(QStringLiteral("not-the-secret")));
    QVERIFY(r.error.isSignInProblem());

    ConnectionSettings unknownTenant = m_sandbox.settings();
    unknownTenant.tenantId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    Client t(unknownTenant);
    const ApiResult tenant = wait(t.client.signIn());
    QCOMPARE(tenant.error.kind(), ApiError::Kind::SignInRejected);
    QVERIFY(tenant.error.message().contains(QStringLiteral("AADSTS90002")));
}

void TestApiClient::unreachableServiceIsAClearError()
{
    SandboxProcess gone;
    QVERIFY(gone.start());
    const ConnectionSettings settings = gone.settings();
    gone.stop();
    Client c(settings);
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::Unreachable);
    QVERIFY(r.error.isConnectionProblem());
    QCOMPARE(r.error.message(),
             QStringLiteral("Cannot connect to 127.0.0.1. Check the address, the network and any proxy."));
}

void TestApiClient::tlsIsVerified_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("giveCa");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("trusted through --ca-file") << QStringLiteral("server") << true << ApiError::Kind::None << QString();
    QTest::newRow("private CA not given")
        << QStringLiteral("server") << false << ApiError::Kind::TlsUntrusted << QStringLiteral("is not trusted");
    QTest::newRow("self-signed") << QStringLiteral("selfsigned") << true << ApiError::Kind::TlsUntrusted
                                 << QStringLiteral("is not trusted");
    QTest::newRow("expired") << QStringLiteral("expired") << true << ApiError::Kind::TlsExpired
                             << QStringLiteral("has expired or is not valid yet");
    QTest::newRow("issued for another name") << QStringLiteral("wronghost") << true << ApiError::Kind::TlsHostMismatch
                                             << QStringLiteral("issued for a different name");
}

void TestApiClient::tlsIsVerified()
{
    QFETCH(QString, certificate);
    QFETCH(bool, giveCa);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, messagePart);
    const QString cert = certificate == QLatin1String("server")       ? m_certs.serverCert()
                         : certificate == QLatin1String("selfsigned") ? m_certs.selfSignedCert()
                         : certificate == QLatin1String("expired")    ? m_certs.expiredCert()
                                                                      : m_certs.wrongHostCert();
    SandboxProcess tls;
    QVERIFY(tls.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), m_certs.serverKey()}));
    ConnectionSettings settings = tls.settings();
    settings.caFile = giveCa ? m_certs.caFile() : QString();
    Client c(settings);
    const ApiResult r = wait(c.client.listIndicators(5, 0));
    QCOMPARE(r.error.kind(), kind);
    if (kind == ApiError::Kind::None) {
        QCOMPARE(r.httpStatus, 200);
        return;
    }
    QCOMPARE(r.error.stage(), ApiError::Stage::SignIn); // nothing, not even the secret, went out
    QVERIFY2(r.error.message().contains(messagePart), qPrintable(r.error.message()));
    QVERIFY(r.error.isConnectionProblem());
}

void TestApiClient::unreadableCaFileIsRefused()
{
    ConnectionSettings settings = m_sandbox.settings();
    settings.caFile = m_certs.serverKey(); // a key, not a certificate
    Client c(settings);
    QVERIFY(c.configureError.contains(QStringLiteral("holds no PEM or DER certificate")));
}

void TestApiClient::tokenIsRenewedBeforeItExpires()
{
    SandboxProcess shortLived;
    QVERIFY(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("2")}));
    Client c(shortLived.settings());
    QVERIFY(wait(c.client.listIndicators(1, 0)).ok());
    // Inside the renewal margin, before expiry.
    QTRY_VERIFY_WITH_TIMEOUT(!c.client.tokens()->hasFreshToken(), 5000);
    QVERIFY(wait(c.client.listIndicators(1, 0)).ok());
    const QJsonObject stats = shortLived.stats();
    QCOMPARE(stats.value(QLatin1String("tokensIssued")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("unauthorized")).toInt(), 0); // renewed before, not after, a 401
}

void TestApiClient::expiredTokenIsRenewedOnceOn401()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--fault"), QStringLiteral("expire-token:count=1,after=1,endpoint=list")}));
    Client c(sandbox.settings());
    QVERIFY(wait(c.client.listIndicators(1, 0)).ok());
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.attempts, 2);
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("unauthorized")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("tokensIssued")).toInt(), 2);
}

void TestApiClient::secondRefusalAfterRenewalIsUnauthorized()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--fault"), QStringLiteral("expire-token:count=2,endpoint=list")}));
    Client c(sandbox.settings());
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(r.attempts, 2); // renewed once, not in a loop
    QVERIFY(r.error.isSignInProblem());
}

void TestApiClient::wrongAudienceGives403()
{
    ConnectionSettings settings = m_sandbox.settings();
    settings.scope = QStringLiteral("https://graph.microsoft.com/.default");
    Client c(settings);
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(r.error.httpStatus, 403);
    QVERIFY(r.error.message().contains(QStringLiteral("Ti.ReadWrite.All")));
    QVERIFY(c.client.tokenClaims().roles.isEmpty());
}

void TestApiClient::throttledCallWaitsForRetryAfter()
{
    // Two clients of the same app share the service's budget but not their limiters: the second meets
    // 429 and must wait for Retry-After, then succeed.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("30")}));
    Client first(sandbox.settings());
    first.client.setTimeScale(30);
    for (int i = 0; i < 30; ++i)
        QVERIFY(wait(first.client.batchDelete({QStringLiteral("999999")})).error.kind() == ApiError::Kind::NotFound);
    Client second(sandbox.settings());
    second.client.setTimeScale(30);
    ApiCall *call = second.client.batchDelete({QStringLiteral("999999")});
    QSignalSpy throttled(call, &ApiCall::throttled);
    QElapsedTimer clock;
    clock.start();
    const ApiResult r = wait(call);
    QCOMPARE(r.error.kind(), ApiError::Kind::NotFound); // the call went through in the end
    QVERIFY(r.throttled >= 1);
    QVERIFY(!throttled.isEmpty());
    const qint64 retryAfter = throttled.at(0).at(0).toLongLong();
    QVERIFY(retryAfter > 0 && retryAfter <= 2000);
    QVERIFY(clock.elapsed() >= retryAfter);
    QVERIFY(sandbox.stats().value(QLatin1String("throttled")).toObject().value(QLatin1String("batchdelete")).toInt()
            >= 1);
}

void TestApiClient::badRepliesGiveClearErrors_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("500") << QStringLiteral("5xx:count=1,endpoint=list") << ApiError::Kind::ServerError
                         << QStringLiteral("internal error (HTTP 500)");
    QTest::newRow("not JSON") << QStringLiteral("non-json:count=1,endpoint=list") << ApiError::Kind::MalformedReply
                              << QStringLiteral("it is not JSON");
    QTest::newRow("malformed JSON") << QStringLiteral("malformed-json:count=1,endpoint=list")
                                    << ApiError::Kind::MalformedReply << QStringLiteral("could not be read");
    QTest::newRow("truncated") << QStringLiteral("truncated:count=1,endpoint=list") << ApiError::Kind::ConnectionClosed
                               << QStringLiteral("closed before the whole reply arrived");
    QTest::newRow("huge") << QStringLiteral("huge:count=1,endpoint=list") << ApiError::Kind::ReplyTooLarge
                          << QStringLiteral("larger than 64 MB");
    QTest::newRow("HTML error page") << QStringLiteral("html:count=1,endpoint=list") << ApiError::Kind::HtmlReply
                                     << QStringLiteral("answered with a web page (HTTP 502)");
    QTest::newRow("reset") << QStringLiteral("reset-before:count=2,endpoint=list") << ApiError::Kind::ConnectionClosed
                           << QStringLiteral("closed before");
}

void TestApiClient::badRepliesGiveClearErrors()
{
    QFETCH(QString, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, messagePart);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--fault"), fault}));
    Client c(sandbox.settings());
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), kind);
    QVERIFY(r.error.isTransient());
    QVERIFY2(r.error.message().contains(messagePart), qPrintable(r.error.message()));
    QVERIFY(!r.error.message().contains(QStringLiteral("<html")));
    // The next call is fine: nothing is left broken.
    QVERIFY(wait(c.client.listIndicators(1, 0)).ok());
}

void TestApiClient::silentServiceTimesOut()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--fault"), QStringLiteral("slow:count=1,delay=3000,endpoint=list")}));
    Client c(sandbox.settings(), SandboxProcess::demoSecret(), 500);
    QElapsedTimer clock;
    clock.start();
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 2500);
    QVERIFY2(r.error.message().contains(QStringLiteral("did not answer within 1 second")),
             qPrintable(r.error.message()));
}

void TestApiClient::badTokenRepliesAreRefused_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    const auto token = [](const char *kind) -> QString {
        return QString::fromLatin1(kind) + QStringLiteral(":count=1,endpoint=token");
    };
    QTest::newRow("not JSON") << token("non-json") << ApiError::Kind::MalformedReply
                              << QStringLiteral("it is not JSON");
    QTest::newRow("malformed JSON") << token("malformed-json") << ApiError::Kind::MalformedReply
                                    << QStringLiteral("could not be read");
    QTest::newRow("truncated") << token("truncated") << ApiError::Kind::ConnectionClosed
                               << QStringLiteral("closed before the whole reply arrived");
    QTest::newRow("claims 512 MB") << token("huge") << ApiError::Kind::ReplyTooLarge
                                   << QStringLiteral("larger than 64 MB");
    QTest::newRow("HTML page") << token("html") << ApiError::Kind::HtmlReply
                               << QStringLiteral("answered with a web page");
    QTest::newRow("token breaking the header, absurd lifetime")
        << token("bad-token") << ApiError::Kind::MalformedReply << QStringLiteral("holds no usable bearer token");
    QTest::newRow("1 MiB token") << token("oversized-token") << ApiError::Kind::MalformedReply
                                 << QStringLiteral("holds no usable bearer token");
    QTest::newRow("redirect") << token("redirect") << ApiError::Kind::Rejected
                              << QStringLiteral("Redirects are not followed");
}

void TestApiClient::badTokenRepliesAreRefused()
{
    QFETCH(QString, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, messagePart);
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--fault"), fault}), qPrintable(sandbox.error()));
    Client c(sandbox.settings());
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), kind);
    QCOMPARE(r.error.stage(), ApiError::Stage::SignIn);
    QVERIFY2(r.error.message().contains(messagePart), qPrintable(r.error.message()));
    QVERIFY(r.error.message().size() < 400);
    QVERIFY(!r.error.message().contains(QStringLiteral("X-Injected")));
    // The fault fired, and no API call went out with whatever the reply held.
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("faults")).toArray().at(0).toObject().value(QLatin1String("fired")).toInt(), 1);
    QVERIFY(stats.value(QLatin1String("calls")).toObject().value(QLatin1String("list")).toArray().isEmpty());
    // Signing in again gets a good token and the call through.
    const ApiResult next = wait(c.client.listIndicators(1, 0));
    QVERIFY2(next.ok(), qPrintable(next.error.message()));
}

void TestApiClient::redirectsAreNotFollowed_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https to plain http") << true;
}

void TestApiClient::redirectsAreNotFollowed()
{
    QFETCH(bool, https);
    SandboxProcess sandbox;
    QStringList args{QStringLiteral("--fault"), QStringLiteral("redirect:count=1,endpoint=list")};
    if (https)
        args << QStringLiteral("--tls-cert") << m_certs.serverCert() << QStringLiteral("--tls-key")
             << m_certs.serverKey();
    QVERIFY2(sandbox.start(args, https ? m_certs.caFile() : QString()), qPrintable(sandbox.error()));
    Client c(sandbox.settings());
    const ApiResult r = wait(c.client.listIndicators(1, 0));
    QCOMPARE(r.error.kind(), ApiError::Kind::Rejected);
    QCOMPARE(r.httpStatus, 307);
    QVERIFY2(r.error.message().contains(QStringLiteral("Redirects are not followed")), qPrintable(r.error.message()));
    // One list call reached the sandbox: the redirect was not followed, here or anywhere else.
    QCOMPARE(sandbox.stats().value(QLatin1String("calls")).toObject().value(QLatin1String("list")).toArray().size(), 1);
    QVERIFY(wait(c.client.listIndicators(1, 0)).ok());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
