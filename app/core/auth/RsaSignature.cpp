// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RsaSignature.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace im {
namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
template<typename T>
using Owned = std::unique_ptr<T, Free>;

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Owned<BIO> memory(const QByteArray &bytes)
{
    return Owned<BIO>(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

bool applyScheme(EVP_PKEY_CTX *ctx, RsaSignature::Scheme scheme)
{
    if (scheme == RsaSignature::Scheme::Pkcs1)
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0
           && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) > 0;
}

} // namespace

QByteArray RsaSignature::sign(const QByteArray &privateKeyPem, const QByteArray &data, Scheme scheme, QString *error)
{
    Owned<BIO> bio = memory(privateKeyPem);
    // No passphrase callback: the key arrives decrypted; an encrypted one fails here instead of prompting.
    Owned<EVP_PKEY> key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>("")) : nullptr);
    if (!key) {
        *error = lastError();
        return {};
    }
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        *error = QStringLiteral("the private key is not an RSA key");
        return {};
    }
    Owned<EVP_MD_CTX> md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *ctx = nullptr;
    size_t length = 0;
    if (!md || EVP_DigestSignInit(md.get(), &ctx, EVP_sha256(), nullptr, key.get()) <= 0 || !applyScheme(ctx, scheme)
        || EVP_DigestSign(md.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                          static_cast<size_t>(data.size()))
               <= 0) {
        *error = lastError();
        return {};
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()))
        <= 0) {
        *error = lastError();
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool RsaSignature::verify(const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &signature,
                          Scheme scheme)
{
    Owned<BIO> bio = memory(publicKeyPem);
    Owned<EVP_PKEY> key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    Owned<EVP_MD_CTX> md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *ctx = nullptr;
    const bool ok =
        key && md && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA
        && EVP_DigestVerifyInit(md.get(), &ctx, EVP_sha256(), nullptr, key.get()) > 0 && applyScheme(ctx, scheme)
        && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()))
               == 1;
    ERR_clear_error();
    return ok;
}

} // namespace im
