// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace im {

// Proof Key for Code Exchange (RFC 7636) with the S256 method: a random code verifier kept in memory,
// and its challenge, base64url(SHA-256(verifier)) without padding. Qt NetworkAuth 6.4 has no PKCE
// (QOAuth2AuthorizationCodeFlow::setPkceMethod arrived in 6.8), so BrowserSignInFlow adds these
// parameters itself.
class PkceChallenge
{
public:
    PkceChallenge();
    ~PkceChallenge();
    PkceChallenge(const PkceChallenge &) = delete;
    PkceChallenge &operator=(const PkceChallenge &) = delete;

    // A fresh verifier of 64 characters from the unreserved set [A-Za-z0-9-._~].
    void renew();
    [[nodiscard]] const QByteArray &verifier() const { return m_verifier; }
    [[nodiscard]] QByteArray challenge() const { return challengeOf(m_verifier); }
    static QByteArray challengeOf(const QByteArray &verifier);

private:
    QByteArray m_verifier;
};

} // namespace im
