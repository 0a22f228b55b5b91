// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/PolicyNetworkAccessManager.h"

namespace im {

PolicyNetworkAccessManager::PolicyNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QString PolicyNetworkAccessManager::setCaFile(const QString &path)
{
    return m_tls.loadCaFile(path);
}

QNetworkReply *PolicyNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    QNetworkRequest secured(request);
    secured.setSslConfiguration(m_tls.configuration());
    // A redirect would carry the authorization code or a token to an address nobody chose.
    secured.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return QNetworkAccessManager::createRequest(op, secured, outgoingData);
}

} // namespace im
