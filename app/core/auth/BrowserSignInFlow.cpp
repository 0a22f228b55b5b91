// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/BrowserSignInFlow.h"

#include "core/net/ReplyDecoder.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace im {

BrowserSignInFlow::BrowserSignInFlow(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this,
            [this]() { finish(ApiError(ApiError::Kind::SignInExpired, ApiError::Stage::SignIn)); });
    connect(&m_network, &QNetworkAccessManager::finished, this, &BrowserSignInFlow::onTokenReply);
}

BrowserSignInFlow::~BrowserSignInFlow()
{
    delete m_flow;
    delete m_handler;
}

QUrl BrowserSignInFlow::redirectUri() const
{
    if (!m_handler || !m_handler->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_handler->port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void BrowserSignInFlow::start(const ConnectionSettings &settings)
{
    cancel();
    m_settings = settings;
    m_running = true;
    QString problem = settings.check();
    if (problem.isEmpty())
        problem = m_network.setCaFile(settings.caFile);
    if (problem.isEmpty()) {
        // Loopback only: the redirect carries the authorization code.
        m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
        if (!m_handler->isListening())
            problem = tr("Cannot listen on 127.0.0.1 for the browser's answer.");
    }
    if (!problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = problem;
        QTimer::singleShot(0, this, [this, error]() { finish(error); });
        return;
    }
    m_handler->setCallbackText(tr("Signed in. You can close this window and go back to Indicator Manager."));
    m_pkce.renew();

    m_flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_flow->setAuthorizationUrl(settings.authorizeUrl());
    m_flow->setAccessTokenUrl(settings.tokenUrl());
    m_flow->setClientIdentifier(settings.clientId);
    m_flow->setScope(settings.delegatedScope());
    m_flow->setReplyHandler(m_handler);
    const QString redirect = redirectUri().toString();
    m_flow->setModifyParametersFunction(
        [this, redirect](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            // The app registration lists http://localhost (any port) as its redirect; Qt's own value names
            // 127.0.0.1. PKCE: the challenge goes with the authorization, the verifier with the code.
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(QStringLiteral("redirect_uri"), redirect);
                parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()));
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(QStringLiteral("redirect_uri"), redirect);
                parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier()));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignInFlow::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &BrowserSignInFlow::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                if (error == QLatin1String("access_denied"))
                    return finish(ApiError(ApiError::Kind::SignInDeclined, ApiError::Stage::SignIn));
                ApiError e(ApiError::Kind::SignInRejected, ApiError::Stage::SignIn);
                e.serviceCode = error.left(100);
                e.serviceMessage = description.section(u'\n', 0, 0).left(1000);
                finish(e);
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        // A state mismatch or a callback without a code; token endpoint errors arrive in onTokenReply.
        QTimer::singleShot(0, this, [this]() {
            ApiError e(ApiError::Kind::SignInRejected, ApiError::Stage::SignIn);
            e.serviceMessage = tr("the browser's answer was not a valid reply to this sign-in.");
            finish(e);
        });
    });
    m_timeout.start();
    m_flow->grant();
}

void BrowserSignInFlow::onTokenReply(QNetworkReply *reply)
{
    if (!m_running || reply->url() != m_settings.tokenUrl())
        return;
    if (reply->error() == QNetworkReply::NoError)
        return; // Qt NetworkAuth reads it and reports granted()
    ReplyDecoder::Context context;
    context.stage = ApiError::Stage::SignIn;
    const ApiResult result = ReplyDecoder::decode(reply, context);
    finish(result.error.isError() ? result.error : ApiError(ApiError::Kind::SignInRejected, ApiError::Stage::SignIn));
}

void BrowserSignInFlow::onGranted()
{
    if (!m_flow)
        return;
    QJsonObject reply{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("access_token"), m_flow->token()},
        {QStringLiteral("expires_in"),
         std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_flow->expirationAt()))},
        {QStringLiteral("scope"), m_flow->scope()},
    };
    if (!m_flow->refreshToken().isEmpty())
        reply.insert(QStringLiteral("refresh_token"), m_flow->refreshToken());
    finish(ApiError(), reply);
}

void BrowserSignInFlow::cancel()
{
    if (m_running)
        finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::SignIn));
}

void BrowserSignInFlow::finish(const ApiError &error, const QJsonObject &reply)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    // Qt NetworkAuth keeps its own copy of the tokens: let it go with the flow.
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
    }
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded(reply);
}

} // namespace im
