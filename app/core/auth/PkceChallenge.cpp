// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PkceChallenge.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace im {

PkceChallenge::PkceChallenge()
{
    renew();
}

PkceChallenge::~PkceChallenge()
{
    m_verifier.fill('\0');
}

void PkceChallenge::renew()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int kLength = 64;
    m_verifier.fill('\0');
    m_verifier.resize(kLength);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i)
        m_verifier[i] = kAlphabet[random->bounded(static_cast<int>(sizeof kAlphabet - 1))];
}

QByteArray PkceChallenge::challengeOf(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace im
