// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include "net/DemoRegistration.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
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

TokenIssuer::TokenIssuer(const QString &tenantId, int lifetimeSeconds)
    : m_tenantId(tenantId)
    , m_lifetime(lifetimeSeconds)
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
    addApp(AppRegistration{QString::fromLatin1(demo::kClientId), QByteArray(demo::kClientSecret),
                           QString::fromLatin1(demo::kAppName), {QStringLiteral("Ti.ReadWrite.All")}});
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
    for (const QJsonValue &v : apps) {
        const QJsonObject o = v.toObject();
        AppRegistration app;
        app.clientId = o.value(QLatin1String("clientId")).toString();
        app.secret = o.value(QLatin1String("secret")).toString().toUtf8();
        app.displayName = o.value(QLatin1String("displayName")).toString(app.clientId);
        for (const QJsonValue &role : o.value(QLatin1String("roles")).toArray())
            app.roles.append(role.toString());
        if (app.clientId.isEmpty() || app.secret.isEmpty())
            return tr("Every app registration in %1 needs a clientId and a secret.").arg(path);
        addApp(app);
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

SandboxReply TokenIssuer::issue(const QString &tenantInPath, const QByteArray &formBody, bool v2, qint64 nowSecs)
{
    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray form = formBody;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    auto field = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };

    if (tenantInPath.compare(m_tenantId, Qt::CaseInsensitive) != 0)
        return entraError(400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                                         "are signing into the correct cloud.")
                              .arg(tenantInPath.left(100)),
                          nowSecs);
    if (field("grant_type") != QLatin1String("client_credentials"))
        return entraError(400, QStringLiteral("unsupported_grant_type"), 70003,
                          QStringLiteral("The app requested an unsupported grant type."), nowSecs);
    const QString clientId = field("client_id");
    const auto app = m_apps.constFind(clientId.toLower());
    if (clientId.isEmpty() || app == m_apps.constEnd())
        return entraError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                              .arg(clientId.left(100), m_tenantId),
                          nowSecs);
    const QByteArray secret = field("client_secret").toUtf8();
    if (secret.isEmpty())
        return entraError(401, QStringLiteral("invalid_client"), 7000216,
                          QStringLiteral("'client_assertion', 'client_secret' or 'request' is required for the "
                                         "'client_credentials' grant type."),
                          nowSecs);
    if (!constantTimeEquals(secret, app->secret))
        return entraError(401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                                         "is the client secret value, not the client secret ID, for a secret added "
                                         "to app '%1'.")
                              .arg(app->clientId),
                          nowSecs);

    QString audience;
    if (v2) {
        const QString scope = field("scope").trimmed();
        if (scope.isEmpty())
            return entraError(400, QStringLiteral("invalid_request"), 900144,
                              QStringLiteral("The request body must contain the following parameter: 'scope'."), nowSecs);
        if (!scope.endsWith(QLatin1String("/.default")) || scope.contains(u' '))
            return entraError(400, QStringLiteral("invalid_scope"), 1002012,
                              QStringLiteral("The provided value for scope %1 is not valid. Client credential flows "
                                             "must have a scope value with /.default suffixed to the resource "
                                             "identifier (application ID URI).")
                                  .arg(scope.left(200)),
                              nowSecs);
        audience = scope.chopped(static_cast<int>(qstrlen("/.default")));
    } else {
        audience = field("resource").trimmed();
        if (audience.isEmpty())
            return entraError(400, QStringLiteral("invalid_request"), 900144,
                              QStringLiteral("The request body must contain the following parameter: 'resource'."),
                              nowSecs);
    }
    while (audience.endsWith(u'/'))
        audience.chop(1);

    // Entra issues tokens for any resource; only Defender's carry the Defender roles (issue #9246).
    const QStringList roles = isDefenderAudience(audience) ? app->roles : QStringList();
    const QString tokenId = guid();
    const qint64 expires = nowSecs + m_lifetime;
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(m_tenantId)},
        {QStringLiteral("iat"), nowSecs},
        {QStringLiteral("nbf"), nowSecs},
        {QStringLiteral("exp"), expires},
        {QStringLiteral("appid"), app->clientId},
        {QStringLiteral("app_displayname"), app->displayName},
        {QStringLiteral("appidacr"), QStringLiteral("1")},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("oid"), QUuid::createUuidV5(QUuid(), app->clientId).toString(QUuid::WithoutBraces)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("tid"), m_tenantId},
        {QStringLiteral("uti"), tokenId},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray token = signingInput + '.' + base64Url(sign(signingInput));

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
    for (const QJsonValue &role : payload.value(QLatin1String("roles")).toArray())
        caller->roles.append(role.toString());
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
