// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/DeviceCodeFlow.h"

#include "core/net/TlsPolicy.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <algorithm>

namespace im {
namespace {

QByteArray form(std::initializer_list<std::pair<const char *, QByteArray>> fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return body;
}

int intValue(const QJsonValue &value, int fallback)
{
    // Entra's v2 endpoint sends numbers; older ones strings of digits.
    // QJsonValue::toInt() gives the fallback for a number that is no int, where a cast would be undefined.
    if (value.isString())
        return value.toString().toInt();
    return value.toInt(fallback);
}

} // namespace

DeviceCodeFlow::DeviceCodeFlow(QNetworkAccessManager *manager, const TlsPolicy *tls, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tls(tls)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    m_deviceCode.fill('\0');
    delete m_job;
}

QNetworkRequest DeviceCodeFlow::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_tls->configuration());
    return request;
}

void DeviceCodeFlow::start(const ConnectionSettings &settings)
{
    cancel();
    m_settings = settings;
    m_running = true;
    m_polls = 0;
    if (const QString problem = settings.check(); !problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = problem;
        QTimer::singleShot(0, this, [this, error]() { finish(error); });
        return;
    }
    const QByteArray body =
        form({{"client_id", settings.clientId.toUtf8()}, {"scope", settings.delegatedScope().toUtf8()}});
    m_job = new HttpJob(m_manager, request(settings.deviceCodeUrl()), "POST", body, ApiError::Stage::SignIn,
                        HttpJob::Limits(), this);
    connect(m_job, &HttpJob::finished, this, &DeviceCodeFlow::onCode);
    m_job->start();
}

void DeviceCodeFlow::onCode()
{
    HttpJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const ApiResult &result = job->result();
    if (!result.ok())
        return finish(result.error);
    const QJsonObject &json = result.json;
    Code code;
    code.userCode = json.value(QLatin1String("user_code")).toString();
    m_deviceCode = json.value(QLatin1String("device_code")).toString().toLatin1();
    // v2 says verification_uri, v1 verification_url.
    code.verificationUri = QUrl(json.value(QLatin1String("verification_uri"))
                                    .toString(json.value(QLatin1String("verification_url")).toString()));
    code.expiresInSeconds = std::min(intValue(json.value(QLatin1String("expires_in")), 900), 24 * 60 * 60);
    code.intervalSeconds = std::clamp(intValue(json.value(QLatin1String("interval")), 5), 1, 60);
    code.message = json.value(QLatin1String("message")).toString();
    const QString scheme = code.verificationUri.scheme();
    if (code.userCode.isEmpty() || m_deviceCode.isEmpty() || code.expiresInSeconds <= 0
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::SignIn);
        error.host = m_settings.deviceCodeUrl().host();
        error.detail = tr("the device code reply lacks the code or the address to enter it.");
        return finish(error);
    }
    m_expiresInSeconds = code.expiresInSeconds;
    m_intervalSeconds = code.intervalSeconds;
    m_clock.start();
    Q_EMIT codeReady(code);
    m_pollTimer.start(m_intervalSeconds * 1000);
}

int DeviceCodeFlow::secondsLeft() const
{
    if (!m_clock.isValid())
        return 0;
    return std::max(0, m_expiresInSeconds - static_cast<int>(m_clock.elapsed() / 1000));
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    if (secondsLeft() <= 0)
        return finish(ApiError(ApiError::Kind::SignInExpired, ApiError::Stage::SignIn));
    ++m_polls;
    const QByteArray body = form({{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                                  {"client_id", m_settings.clientId.toUtf8()},
                                  {"device_code", m_deviceCode}});
    m_job = new HttpJob(m_manager, request(m_settings.tokenUrl()), "POST", body, ApiError::Stage::SignIn,
                        HttpJob::Limits(), this);
    connect(m_job, &HttpJob::finished, this, &DeviceCodeFlow::onPolled);
    m_job->start();
}

void DeviceCodeFlow::onPolled()
{
    HttpJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const ApiResult &result = job->result();
    if (result.ok())
        return finish(ApiError(), result.json);
    const ApiError &error = result.error;
    const QString code = error.serviceCode;
    // RFC 8628 §3.5 and Entra's codes (AADSTS70016 pending, 70019/70020 expired, 70000 declined).
    if (code == QLatin1String("authorization_pending") || error.isTransient()) {
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_intervalSeconds += 5;
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (code == QLatin1String("authorization_declined") || code == QLatin1String("access_denied"))
        return finish(ApiError(ApiError::Kind::SignInDeclined, ApiError::Stage::SignIn));
    if (code == QLatin1String("expired_token") || code == QLatin1String("code_expired"))
        return finish(ApiError(ApiError::Kind::SignInExpired, ApiError::Stage::SignIn));
    finish(error);
}

void DeviceCodeFlow::cancel()
{
    if (!m_running)
        return;
    finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::SignIn));
}

void DeviceCodeFlow::finish(const ApiError &error, const QJsonObject &reply)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.stop();
    delete m_job;
    m_deviceCode.fill('\0');
    m_deviceCode.clear();
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded(reply);
}

} // namespace im
