// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include "core/net/DemoRegistration.h"
#include "sandbox/ClientAssertionCheck.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace im::sandbox {
namespace {

// Resources that stand for the Defender for Endpoint API (shared/spec §4.1, §5), plus the
// WindowsDefenderATP service principal's app id, which Entra also accepts as a resource.
const QStringList &defenderAudiences()
{
    static const QStringList kAudiences = {
        QStringLiteral("https://api.securitycenter.microsoft.com"),
        QStringLiteral("https://api.security.microsoft.com"),
        QStringLiteral("https://securitycenter.onmicrosoft.com/windowsatpservice"),
        QStringLiteral("https://securitycenter.onmicrosoft.us/windowsatpservice"),
        QStringLiteral("https://api-gcc.securitycenter.microsoft.us"),
        QStringLiteral("https://api-gov.securitycenter.microsoft.us"),
        QStringLiteral("fc780465-2017-40d4-a0c5-307022471b92"),
    };
    return kAudiences;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrlQuery parseForm(const QByteArray &formBody)
{
    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray form = formBody;
    form.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(form));
}

QString field(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == QLatin1String("http")
           && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
               || host == QLatin1String("::1"));
}

constexpr QLatin1String kDeviceCodeGrant("urn:ietf:params:oauth:grant-type:device_code");
constexpr QLatin1String kAssertionType("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

TokenIssuer::TokenIssuer(const QString &tenantId, int lifetimeSeconds, const UserSignIns::Settings &users)
    : m_tenantId(tenantId)
    , m_lifetime(lifetimeSeconds)
    , m_users(users)
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
    // The demo app also allows public client flows, so a user's sign-in can be tried without setup.
    addApp(AppRegistration{QString::fromLatin1(demo::kClientId),
                           QByteArray(demo::kClientSecret),
                           QString::fromLatin1(demo::kAppName),
                           {QStringLiteral("Ti.ReadWrite.All")},
                           {},
                           true});
}

QString TokenIssuer::addCertificate(const QString &clientId, const QString &pemPath)
{
    const auto it = m_apps.find(clientId.toLower());
    if (it == m_apps.end())
        return tr("No app registration has the client id %1.").arg(clientId);
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(pemPath, file.errorString());
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return tr("%1 holds no PEM certificate.").arg(pemPath);
    it->certificates.append(certs.constFirst());
    return {};
}

void TokenIssuer::addApp(const AppRegistration &app)
{
    m_apps.insert(app.clientId.toLower(), app);
}

QString TokenIssuer::loadApps(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isArray())
        return tr("%1 must hold a JSON array of app registrations.").arg(path);
    const QJsonArray apps = doc.array();
    for (const auto &v : apps) {
        const QJsonObject o = v.toObject();
        AppRegistration app;
        app.clientId = o.value(QLatin1String("clientId")).toString();
        app.secret = o.value(QLatin1String("secret")).toString().toUtf8();
        app.displayName = o.value(QLatin1String("displayName")).toString(app.clientId);
        app.publicClient = o.value(QLatin1String("publicClient")).toBool(false);
        const QJsonArray roles = o.value(QLatin1String("roles")).toArray();
        for (const auto &role : roles)
            app.roles.append(role.toString());
        const QString certificate = o.value(QLatin1String("certificate")).toString();
        if (app.clientId.isEmpty() || (app.secret.isEmpty() && certificate.isEmpty() && !app.publicClient))
            return tr("Every app registration in %1 needs a clientId and a secret, a certificate or "
                      "\"publicClient\": true.")
                .arg(path);
        addApp(app);
        if (!certificate.isEmpty()) {
            const QString certificatePath = QFileInfo(path).dir().absoluteFilePath(certificate);
            if (QString e = addCertificate(app.clientId, certificatePath); !e.isEmpty())
                return e;
        }
    }
    return {};
}

bool TokenIssuer::isDefenderAudience(const QString &audience)
{
    for (const QString &known : defenderAudiences()) {
        if (known.compare(audience, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray TokenIssuer::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256);
}

SandboxReply TokenIssuer::entraError(int status, const QString &error, int code, const QString &description,
                                     qint64 nowSecs) const
{
    const QString timestamp = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC).toString(Qt::ISODate);
    const QString trace = guid();
    const QString correlation = guid();
    SandboxReply reply;
    reply.status = status;
    reply.json = QJsonObject{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"),
         QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
             .arg(code)
             .arg(description, trace, correlation, timestamp)},
        {QStringLiteral("error_codes"), QJsonArray{code}},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("trace_id"), trace},
        {QStringLiteral("correlation_id"), correlation},
    };
    return reply;
}

QByteArray TokenIssuer::mint(const QJsonObject &payload)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray token = signingInput + '.' + base64Url(sign(signingInput));
    m_issued.append(token);
    return token;
}

SandboxReply TokenIssuer::issue(const QString &tenantInPath, const QByteArray &formBody, bool v2, qint64 nowSecs)
{
    const QUrlQuery form = parseForm(formBody);
    if (tenantInPath.compare(m_tenantId, Qt::CaseInsensitive) != 0)
        return entraError(400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                                         "are signing into the correct cloud.")
                              .arg(tenantInPath.left(100)),
                          nowSecs);
    const QString grant = field(form, "grant_type");
    const QString clientId = field(form, "client_id");
    const auto app = m_apps.constFind(clientId.toLower());
    const bool knownGrant = grant == QLatin1String("client_credentials") || grant == kDeviceCodeGrant
                            || grant == QLatin1String("authorization_code") || grant == QLatin1String("refresh_token");
    if (!knownGrant)
        return entraError(400, QStringLiteral("unsupported_grant_type"), 70003,
                          QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant.left(100)),
                          nowSecs);
    if (clientId.isEmpty() || app == m_apps.constEnd())
        return entraError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                              .arg(clientId.left(100), m_tenantId),
                          nowSecs);
    if (grant == QLatin1String("client_credentials"))
        return clientCredentials(form, *app, v2, nowSecs);
    if (!app->publicClient)
        return entraError(400, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                                         "'client_secret'."),
                          nowSecs);
    if (grant == kDeviceCodeGrant)
        return deviceCodeToken(form, nowSecs);
    if (grant == QLatin1String("authorization_code"))
        return authorizationCodeToken(form, nowSecs);
    return refreshToken(form, nowSecs);
}

SandboxReply TokenIssuer::clientCredentials(const QUrlQuery &form, const AppRegistration &app, bool v2, qint64 nowSecs)
{
    const QByteArray secret = field(form, "client_secret").toUtf8();
    const QByteArray assertion = field(form, "client_assertion").toLatin1();
    if (!assertion.isEmpty()) {
        if (field(form, "client_assertion_type") != kAssertionType)
            return entraError(400, QStringLiteral("invalid_request"), 50027,
                              QStringLiteral("Invalid client_assertion_type; expected %1.").arg(kAssertionType),
                              nowSecs);
        const QString suffix =
            QLatin1Char('/') + m_tenantId + (v2 ? QLatin1String("/oauth2/v2.0/token") : QLatin1String("/oauth2/token"));
        const ClientAssertionCheck::Verdict verdict =
            ClientAssertionCheck::check(assertion, app.clientId, app.certificates, suffix, nowSecs, &m_assertionIds);
        if (!verdict.ok)
            return entraError(verdict.error == QLatin1String("invalid_client") ? 401 : 400, verdict.error, verdict.code,
                              verdict.description, nowSecs);
    } else if (secret.isEmpty()) {
        return entraError(401, QStringLiteral("invalid_client"), 7000216,
                          QStringLiteral("'client_assertion', 'client_secret' or 'request' is required for the "
                                         "'client_credentials' grant type."),
                          nowSecs);
    } else if (app.secret.isEmpty() || !constantTimeEquals(secret, app.secret)) {
        return entraError(401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                                         "is the client secret value, not the client secret ID, for a secret added "
                                         "to app '%1'.")
                              .arg(app.clientId),
                          nowSecs);
    }

    QString audience;
    if (v2) {
        const QString scope = field(form, "scope").trimmed();
        if (scope.isEmpty())
            return entraError(400, QStringLiteral("invalid_request"), 900144,
                              QStringLiteral("The request body must contain the following parameter: 'scope'."),
                              nowSecs);
        if (!scope.endsWith(QLatin1String("/.default")) || scope.contains(u' '))
            return entraError(400, QStringLiteral("invalid_scope"), 1002012,
                              QStringLiteral("The provided value for scope %1 is not valid. Client credential flows "
                                             "must have a scope value with /.default suffixed to the resource "
                                             "identifier (application ID URI).")
                                  .arg(scope.left(200)),
                              nowSecs);
        audience = scope.chopped(static_cast<int>(qstrlen("/.default")));
    } else {
        audience = field(form, "resource").trimmed();
        if (audience.isEmpty())
            return entraError(400, QStringLiteral("invalid_request"), 900144,
                              QStringLiteral("The request body must contain the following parameter: 'resource'."),
                              nowSecs);
    }
    while (audience.endsWith(u'/'))
        audience.chop(1);

    // Entra issues tokens for any resource; only Defender's carry the Defender roles (issue #9246).
    const QStringList roles = isDefenderAudience(audience) ? app.roles : QStringList();
    const QString tokenId = guid();
    const qint64 expires = nowSecs + m_lifetime;
    const QJsonObject payload{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(m_tenantId)},
        {QStringLiteral("iat"), nowSecs},
        {QStringLiteral("nbf"), nowSecs},
        {QStringLiteral("exp"), expires},
        {QStringLiteral("appid"), app.clientId},
        {QStringLiteral("app_displayname"), app.displayName},
        // 1: a secret, 2: a certificate (Entra's appidacr).
        {QStringLiteral("appidacr"), assertion.isEmpty() ? QStringLiteral("1") : QStringLiteral("2")},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("oid"), QUuid::createUuidV5(QUuid(), app.clientId).toString(QUuid::WithoutBraces)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("tid"), m_tenantId},
        {QStringLiteral("uti"), tokenId},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    const QByteArray token = mint(payload);

    QJsonObject body{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_lifetime},
        {QStringLiteral("ext_expires_in"), m_lifetime},
        {QStringLiteral("access_token"), QString::fromLatin1(token)},
    };
    if (!v2) {
        // v1 answers with strings and a few more fields (Entra v1 protocol).
        body.insert(QStringLiteral("expires_in"), QString::number(m_lifetime));
        body.insert(QStringLiteral("ext_expires_in"), QString::number(m_lifetime));
        body.insert(QStringLiteral("expires_on"), QString::number(expires));
        body.insert(QStringLiteral("not_before"), QString::number(nowSecs));
        body.insert(QStringLiteral("resource"), audience);
    }
    return SandboxReply::ok(body);
}

bool TokenIssuer::readDelegatedScope(const QString &scope, UserGrant *grant, QString *audience) const
{
    const QStringList parts = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("offline_access")) {
            grant->offlineAccess = true;
        } else if (part == QLatin1String("openid") || part == QLatin1String("profile")
                   || part == QLatin1String("email")) {
            continue;
        } else if (part.endsWith(QLatin1String("/.default"))) {
            *audience = part.chopped(static_cast<int>(qstrlen("/.default")));
        } else {
            return false;
        }
    }
    grant->requestedScope = scope;
    return !audience->isEmpty();
}

SandboxReply TokenIssuer::userToken(const UserGrant &grant, qint64 nowSecs)
{
    QString audience;
    UserGrant copy = grant;
    readDelegatedScope(grant.requestedScope, &copy, &audience);
    const auto app = m_apps.constFind(grant.clientId.toLower());
    // The user's delegated permissions count only in tokens for Defender (issue #9246).
    const QStringList scopes = isDefenderAudience(audience) ? grant.scopes : QStringList();
    const QJsonObject payload{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(m_tenantId)},
        {QStringLiteral("iat"), nowSecs},
        {QStringLiteral("nbf"), nowSecs},
        {QStringLiteral("exp"), nowSecs + m_lifetime},
        {QStringLiteral("appid"), grant.clientId},
        {QStringLiteral("app_displayname"), app == m_apps.constEnd() ? grant.clientId : app->displayName},
        {QStringLiteral("appidacr"), QStringLiteral("0")},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("name"), grant.userName.section(u'@', 0, 0)},
        {QStringLiteral("upn"), grant.userName},
        {QStringLiteral("oid"), QUuid::createUuidV5(QUuid(), grant.userName).toString(QUuid::WithoutBraces)},
        {QStringLiteral("scp"), scopes.join(u' ')},
        {QStringLiteral("tid"), m_tenantId},
        {QStringLiteral("uti"), guid()},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    QJsonObject body{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), grant.requestedScope},
        {QStringLiteral("expires_in"), m_lifetime},
        {QStringLiteral("ext_expires_in"), m_lifetime},
        {QStringLiteral("access_token"), QString::fromLatin1(mint(payload))},
    };
    // Entra returns a refresh token only when offline_access was asked for.
    if (copy.offlineAccess)
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(m_users.issueRefreshToken(grant)));
    return SandboxReply::ok(body);
}

SandboxReply TokenIssuer::deviceCode(const QString &tenantInPath, const QByteArray &formBody, qint64 nowSecs)
{
    const QUrlQuery form = parseForm(formBody);
    if (tenantInPath.compare(m_tenantId, Qt::CaseInsensitive) != 0)
        return entraError(400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found.").arg(tenantInPath.left(100)), nowSecs);
    const QString clientId = field(form, "client_id");
    const auto app = m_apps.constFind(clientId.toLower());
    if (clientId.isEmpty() || app == m_apps.constEnd())
        return entraError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                              .arg(clientId.left(100), m_tenantId),
                          nowSecs);
    if (!app->publicClient)
        return entraError(400, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                                         "'client_secret'. (Allow public client flows is off for this app.)"),
                          nowSecs);
    UserGrant grant;
    grant.clientId = app->clientId;
    grant.userName = m_users.settings().userName;
    grant.scopes = m_users.settings().scopes;
    QString audience;
    if (!readDelegatedScope(field(form, "scope"), &grant, &audience))
        return entraError(400, QStringLiteral("invalid_scope"), 70011,
                          QStringLiteral("The provided value for the input parameter 'scope' is not valid."), nowSecs);
    const UserSignIns::DeviceCode &code = m_users.startDeviceCode(grant, nowSecs);
    const QString verification = m_baseUrl + QStringLiteral("/devicelogin");
    return SandboxReply::ok(QJsonObject{
        {QStringLiteral("user_code"), code.userCode},
        {QStringLiteral("device_code"), QString::fromLatin1(code.deviceCode)},
        {QStringLiteral("verification_uri"), verification},
        {QStringLiteral("expires_in"), m_users.settings().codeLifetimeSeconds},
        {QStringLiteral("interval"), m_users.settings().intervalSeconds},
        {QStringLiteral("message"),
         QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
             .arg(verification, code.userCode)},
    });
}

SandboxReply TokenIssuer::deviceCodeToken(const QUrlQuery &form, qint64 nowSecs)
{
    UserGrant grant;
    switch (m_users.poll(field(form, "device_code").toLatin1(), field(form, "client_id"), nowSecs, &grant)) {
    case UserSignIns::Poll::Pending:
        return entraError(400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."),
                          nowSecs);
    case UserSignIns::Poll::Declined:
        return entraError(400, QStringLiteral("authorization_declined"), 70000,
                          QStringLiteral("The user declined the sign-in."), nowSecs);
    case UserSignIns::Poll::Expired:
        return entraError(400, QStringLiteral("expired_token"), 70020,
                          QStringLiteral("The provided value for the input parameter 'device_code' is not valid. "
                                         "This device code has expired."),
                          nowSecs);
    case UserSignIns::Poll::Unknown:
        return entraError(400, QStringLiteral("bad_verification_code"), 70019,
                          QStringLiteral("Verification code expired or unknown."), nowSecs);
    case UserSignIns::Poll::Approved: break;
    }
    return userToken(grant, nowSecs);
}

SandboxReply TokenIssuer::authorizationCodeToken(const QUrlQuery &form, qint64 nowSecs)
{
    UserGrant grant;
    switch (m_users.redeem(field(form, "code").toLatin1(), field(form, "client_id"), field(form, "redirect_uri"),
                           field(form, "code_verifier"), nowSecs, &grant)) {
    case UserSignIns::Redeem::Ok: break;
    case UserSignIns::Redeem::VerifierMismatch:
        return entraError(400, QStringLiteral("invalid_grant"), 501481,
                          QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                                         "authorization request."),
                          nowSecs);
    case UserSignIns::Redeem::VerifierMissing:
        return entraError(400, QStringLiteral("invalid_request"), 50148,
                          QStringLiteral("The code_verifier is missing; the authorization request carried a PKCE "
                                         "code_challenge."),
                          nowSecs);
    case UserSignIns::Redeem::RedirectMismatch:
        return entraError(400, QStringLiteral("invalid_grant"), 50148,
                          QStringLiteral("The redirect URI does not match the one of the authorization request."),
                          nowSecs);
    case UserSignIns::Redeem::Expired:
    case UserSignIns::Redeem::Unknown:
        return entraError(400, QStringLiteral("invalid_grant"), 70008,
                          QStringLiteral("The provided authorization code or refresh token has expired due to "
                                         "inactivity or was already used."),
                          nowSecs);
    }
    grant.requestedScope = field(form, "scope").isEmpty() ? grant.requestedScope : field(form, "scope");
    return userToken(grant, nowSecs);
}

SandboxReply TokenIssuer::refreshToken(const QUrlQuery &form, qint64 nowSecs)
{
    const std::optional<UserGrant> grant =
        m_users.refresh(field(form, "refresh_token").toLatin1(), field(form, "client_id"));
    if (!grant)
        return entraError(400, QStringLiteral("invalid_grant"), 700082,
                          QStringLiteral("The refresh token has expired due to inactivity or was revoked."), nowSecs);
    UserGrant renewed = *grant;
    if (!field(form, "scope").isEmpty())
        renewed.requestedScope = field(form, "scope");
    return userToken(renewed, nowSecs);
}

QUrl TokenIssuer::authorize(const QString &tenantInPath, const QUrlQuery &query, qint64 nowSecs, QString *page)
{
    auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QUrl redirect(value("redirect_uri"));
    const auto app = m_apps.constFind(value("client_id").toLower());
    // Without a known app and a loopback redirect there is nowhere safe to send an answer: Entra shows an
    // error page then.
    if (tenantInPath.compare(m_tenantId, Qt::CaseInsensitive) != 0) {
        *page = QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenantInPath.left(100));
        return {};
    }
    if (app == m_apps.constEnd()) {
        *page = QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the directory.")
                    .arg(value("client_id").left(100));
        return {};
    }
    if (!isLoopbackRedirect(redirect)) {
        *page =
            QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the request does not match the redirect "
                           "URIs configured for the application.")
                .arg(redirect.toString().left(200));
        return {};
    }
    QUrlQuery answer;
    const QString state = value("state");
    auto fail = [&](const char *error, const QString &description) {
        answer.addQueryItem(QStringLiteral("error"), QString::fromLatin1(error));
        answer.addQueryItem(QStringLiteral("error_description"), description);
        if (!state.isEmpty())
            answer.addQueryItem(QStringLiteral("state"), state);
        QUrl url = redirect;
        url.setQuery(answer);
        return url;
    };
    UserGrant grant;
    grant.clientId = app->clientId;
    grant.userName = m_users.settings().userName;
    grant.scopes = m_users.settings().scopes;
    QString audience;
    if (value("response_type") != QLatin1String("code"))
        return fail("unsupported_response_type", QStringLiteral("AADSTS70005: response_type must be 'code'."));
    if (!app->publicClient)
        return fail("unauthorized_client", QStringLiteral("AADSTS7000218: public client flows are off for this app."));
    if (!readDelegatedScope(value("scope"), &grant, &audience))
        return fail("invalid_scope",
                    QStringLiteral("AADSTS70011: The provided value for the input parameter 'scope' is not valid."));
    const QString method =
        value("code_challenge_method").isEmpty() ? QStringLiteral("plain") : value("code_challenge_method");
    if (!value("code_challenge").isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return fail("invalid_request", QStringLiteral("AADSTS501491: Invalid code_challenge_method."));
    if (m_users.settings().answer != UserAnswer::Approve)
        return fail("access_denied", QStringLiteral("AADSTS65004: User declined to consent to access the app."));
    const QByteArray code =
        m_users.createAuthorizationCode(grant, redirect.toString(), value("code_challenge"), method, nowSecs);
    answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    if (!state.isEmpty())
        answer.addQueryItem(QStringLiteral("state"), state);
    QUrl url = redirect;
    url.setQuery(answer);
    return url;
}

TokenIssuer::Check TokenIssuer::verify(const QByteArray &authorization, qint64 nowSecs, Caller *caller) const
{
    if (authorization.isEmpty())
        return Check::Missing;
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return Check::Invalid;
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Check::Invalid;
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (!constantTimeEquals(signature, sign(signingInput)))
        return Check::Invalid;
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    caller->appId = payload.value(QLatin1String("appid")).toString();
    caller->appName = payload.value(QLatin1String("app_displayname")).toString();
    caller->tenantId = payload.value(QLatin1String("tid")).toString();
    caller->tokenId = payload.value(QLatin1String("uti")).toString();
    caller->roles.clear();
    const QJsonArray roles = payload.value(QLatin1String("roles")).toArray();
    for (const auto &role : roles)
        caller->roles.append(role.toString());
    caller->scopes = payload.value(QLatin1String("scp")).toString().split(u' ', Qt::SkipEmptyParts);
    caller->userName = payload.value(QLatin1String("upn")).toString();
    if (m_revoked.contains(caller->tokenId))
        return Check::Revoked;
    if (static_cast<qint64>(payload.value(QLatin1String("exp")).toDouble()) <= nowSecs)
        return Check::Expired;
    if (caller->tenantId.compare(m_tenantId, Qt::CaseInsensitive) != 0)
        return Check::WrongTenant;
    if (!isDefenderAudience(payload.value(QLatin1String("aud")).toString()))
        return Check::WrongAudience;
    return Check::Ok;
}

} // namespace im::sandbox
