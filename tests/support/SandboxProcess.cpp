// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SandboxProcess.h"

#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace im::test {

SandboxProcess::SandboxProcess()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments, const QString &caFile)
{
    stop();
    m_caFile = caFile;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(IM_SANDBOX_PATH));
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--control")}
                            + arguments);
    m_process->start();
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    // Generous: seeding 15,000 indicators under AddressSanitizer takes a while.
    while (clock.elapsed() < 60000) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline > 0) {
            m_url = QString::fromUtf8(out.left(newline)).trimmed();
            return m_url.startsWith(QLatin1String("http"));
        }
    }
    m_error = QStringLiteral("indicator-sandbox gave no ready line: %1").arg(standardError());
    return false;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
    m_token.clear();
}

QString SandboxProcess::standardError() const
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

ConnectionSettings SandboxProcess::settings() const
{
    ConnectionSettings s = ConnectionSettings::forCloud(Cloud::Custom);
    s.apiUrl = QUrl(m_url);
    s.loginUrl = QUrl(m_url);
    s.tenantId = QString::fromLatin1(demo::kTenantId);
    s.clientId = QString::fromLatin1(demo::kClientId);
    s.caFile = m_caFile;
    return s;
}

QByteArray SandboxProcess::demoSecret()
{
    return QByteArray(demo::kClientSecret);
}

int SandboxProcess::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray *reply)
{
    QNetworkRequest req(url);
    if (!m_caFile.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(m_caFile);
        req.setSslConfiguration(config);
    }
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *r = m_manager->sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply)
        *reply = r->readAll();
    r->deleteLater();
    return status;
}

QByteArray SandboxProcess::demoToken()
{
    if (!m_token.isEmpty())
        return m_token;
    const QByteArray form =
        "grant_type=client_credentials&client_id=" + QByteArray(demo::kClientId)
        + "&client_secret=" + QUrl::toPercentEncoding(QString::fromLatin1(demo::kClientSecret))
        + "&scope=" + QUrl::toPercentEncoding(QStringLiteral("https://api.securitycenter.microsoft.com/.default"));
    QByteArray reply;
    request("POST",
            QUrl(m_url + QStringLiteral("/") + QLatin1String(demo::kTenantId) + QStringLiteral("/oauth2/v2.0/token")),
            form, {{"Content-Type", "application/x-www-form-urlencoded"}}, &reply);
    m_token = QJsonDocument::fromJson(reply).object().value(QLatin1String("access_token")).toString().toLatin1();
    return m_token;
}

int SandboxProcess::call(const QByteArray &verb, const QString &path, const QByteArray &body, QByteArray *reply,
                         const QByteArray &token)
{
    const QByteArray bearer = token.isEmpty() ? demoToken() : token;
    return request(verb, QUrl(m_url + path), body,
                   {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}}, reply);
}

QJsonObject SandboxProcess::stats()
{
    QByteArray reply;
    request("GET", QUrl(m_url + QStringLiteral("/_sandbox/stats")), {}, {}, &reply);
    return QJsonDocument::fromJson(reply).object();
}

bool SandboxProcess::setFaults(const QStringList &specs)
{
    const QByteArray body = QJsonDocument(QJsonArray::fromStringList(specs)).toJson(QJsonDocument::Compact);
    return request(specs.isEmpty() ? "DELETE" : "POST", QUrl(m_url + QStringLiteral("/_sandbox/faults")), body, {},
                   nullptr)
           == 200;
}

bool SandboxProcess::signIn(ApiClient &client) const
{
    if (!client.configure(settings(), demoSecret()).isEmpty())
        return false;
    std::unique_ptr<ApiCall> call(client.signIn());
    QSignalSpy done(call.get(), &ApiCall::finished);
    return (call->isFinished() || done.wait(20000)) && call->result().ok();
}

bool SandboxProcess::reset()
{
    m_token.clear();
    return request("POST", QUrl(m_url + QStringLiteral("/_sandbox/reset")), {}, {}, nullptr) == 200;
}

bool SandboxProcess::seed(int count)
{
    return request("POST", QUrl(m_url + QStringLiteral("/_sandbox/seed?count=%1").arg(count)), {}, {}, nullptr) == 200;
}

bool SandboxProcess::seedOtherCreators(int perCreator)
{
    return request("POST", QUrl(m_url + QStringLiteral("/_sandbox/seed?creators=others&count=%1").arg(perCreator)), {},
                   {}, nullptr)
           == 200;
}

QJsonArray SandboxProcess::listAll()
{
    // By $skip, moved on by what each page held, so a sandbox under --page-size is read whole too
    // (this reads the tenant for checks; it does not follow @odata.nextLink, the pager under test does).
    QJsonArray all;
    for (int skip = 0;;) {
        QByteArray reply;
        const QString path = QStringLiteral("/api/indicators?$top=10000&$skip=%1").arg(skip);
        int status = call("GET", path, {}, &reply);
        if (status == 401) { // the cached token ran out (tests with short token lifetimes): take a new one
            m_token.clear();
            status = call("GET", path, {}, &reply);
        }
        if (status != 200)
            return {};
        const QJsonArray page = QJsonDocument::fromJson(reply).object().value(QLatin1String("value")).toArray();
        for (const QJsonValue &v : page)
            all.append(v);
        if (page.isEmpty())
            return all;
        skip += static_cast<int>(page.size());
    }
}

int maxCallsInAnyWindow(const QList<qint64> &times, qint64 windowMs)
{
    QList<qint64> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < sorted.size(); ++last) {
        while (sorted[last] - sorted[first] >= windowMs)
            ++first;
        best = std::max(best, static_cast<int>(last - first + 1));
    }
    return best;
}

} // namespace im::test
