// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/TlsPolicy.h"

#include <QNetworkAccessManager>

namespace im {

// A QNetworkAccessManager that puts our TlsPolicy (system CAs plus the profile's extra CA file, peer
// verification on) and "no redirects" on every request it sends. For code that builds its requests
// itself, such as Qt NetworkAuth's token exchange, which in 6.4 has no way to set a TLS configuration.
class PolicyNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit PolicyNetworkAccessManager(QObject *parent = nullptr);

    // Returns a translated error when the CA file is unusable.
    QString setCaFile(const QString &path);
    [[nodiscard]] const TlsPolicy &tls() const { return m_tls; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    TlsPolicy m_tls;
};

} // namespace im
