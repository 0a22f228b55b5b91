// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FileFingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCertificateExtension>

namespace im {
namespace {

// [CHOICE] A certificate file is small; anything larger is not read as one.
constexpr qint64 kMaxCertificateBytes = 1024LL * 1024;

bool isCaCertificate(const QSslCertificate &certificate)
{
    for (const QSslCertificateExtension &e : certificate.extensions()) {
        if (e.name() == QLatin1String("basicConstraints"))
            return e.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return false;
}

} // namespace

bool FileFingerprint::isCertificateFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("cer") || suffix == QLatin1String("crt") || suffix == QLatin1String("pem")
        || suffix == QLatin1String("der"))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(4096).contains("-----BEGIN CERTIFICATE-----");
}

bool FileFingerprint::isNotATable(const QString &path)
{
    if (isCertificateFile(path))
        return true;
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A file named as a table stays one, so that a broken one is reported as such.
    static const QStringList tables = {
        QStringLiteral("csv"),  QStringLiteral("tsv"),  QStringLiteral("txt"),  QStringLiteral("json"),
        QStringLiteral("md"),   QStringLiteral("adoc"), QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("ioc"),  QStringLiteral("list"),
    };
    if (tables.contains(suffix))
        return false;
    static const QStringList binaries = {
        QStringLiteral("exe"),  QStringLiteral("dll"),  QStringLiteral("sys"), QStringLiteral("scr"),
        QStringLiteral("msi"),  QStringLiteral("bin"),  QStringLiteral("pdf"), QStringLiteral("doc"),
        QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("xls"), QStringLiteral("ppt"),
        QStringLiteral("pptx"), QStringLiteral("zip"),  QStringLiteral("7z"),  QStringLiteral("rar"),
        QStringLiteral("iso"),  QStringLiteral("img"),  QStringLiteral("lnk"), QStringLiteral("jar"),
        QStringLiteral("apk"),  QStringLiteral("elf"),  QStringLiteral("so"),  QStringLiteral("dylib"),
        QStringLiteral("ps1"),
    };
    if (binaries.contains(suffix))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(64LL * 1024);
    if (start.startsWith("\xff\xfe") || start.startsWith("\xfe\xff"))
        return false; // UTF-16 text
    if (start.startsWith("PK\x03\x04"))
        return !start.contains("xl/");
    return start.contains('\0');
}

FileFingerprint::Result FileFingerprint::of(const QString &path)
{
    Result result;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        result.error = tr("\"%1\" cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const QString name = info.fileName();
    if (isCertificateFile(path)) {
        result.certificate = true;
        const QByteArray data = file.read(kMaxCertificateBytes + 1);
        QList<QSslCertificate> certificates;
        if (data.size() <= kMaxCertificateBytes) {
            certificates = QSslCertificate::fromData(data, QSsl::Pem);
            if (certificates.isEmpty())
                certificates = QSslCertificate::fromData(data, QSsl::Der);
        }
        if (certificates.isEmpty() || certificates.first().isNull()) {
            result.error = tr("\"%1\" holds no certificate that can be read (PEM or DER).").arg(name);
            return result;
        }
        if (certificates.size() > 1)
            result.warnings.append(tr("\"%1\" holds %2 certificates; only the first, %3, was taken.")
                                       .arg(name)
                                       .arg(certificates.size())
                                       .arg(certificates.first().subjectDisplayName()));
        const QSslCertificate &c = certificates.first();
        Indicator row;
        row[Field::IndicatorType] = QStringLiteral("CertificateThumbprint");
        row[Field::IndicatorValue] = QString::fromLatin1(c.digest(QCryptographicHash::Sha1).toHex());
        row[Field::Title] = c.subjectDisplayName();
        row[Field::Description] =
            tr("Certificate %1, issued by %2, from %3").arg(c.subjectDisplayName(), c.issuerDisplayName(), name);
        result.rows.append(row);
        if (isCaCertificate(c) || c.isSelfSigned())
            result.warnings.append(tr("%1 is not a leaf certificate (it is a certificate authority or self-signed). "
                                      "Defender acts only on leaf certificates: blocking it will not stop the files "
                                      "it signed.")
                                       .arg(c.subjectDisplayName()));
        return result;
    }
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty() && file.error() != QFileDevice::NoError) {
            result.error = tr("\"%1\" cannot be read: %2").arg(path, file.errorString());
            return result;
        }
        sha256.addData(block);
        sha1.addData(block);
    }
    for (const auto &[type, hash] : {std::pair{"FileSha256", &sha256}, std::pair{"FileSha1", &sha1}}) {
        Indicator row;
        row[Field::IndicatorType] = QLatin1String(type);
        row[Field::IndicatorValue] = QString::fromLatin1(hash->result().toHex());
        row[Field::Title] = name;
        row[Field::Description] = tr("Hash of %1 (%L2 bytes)").arg(name).arg(info.size());
        result.rows.append(row);
    }
    return result;
}

} // namespace im
