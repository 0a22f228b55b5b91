// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace im {

// Rows for a file that is not a table at all, as analysts drop one on the window: an executable or a
// document gives its SHA-256 and SHA-1 (read in blocks, any size); a certificate (.cer, .crt, .pem, .der,
// or PEM text) gives its SHA-1 thumbprint, the form Defender's CertificateThumbprint takes, with a
// warning when it is not a leaf certificate (Defender only acts on leaf certificates).
class FileFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(FileFingerprint)

public:
    struct Result
    {
        QList<Indicator> rows;
        QStringList warnings; // translated
        QString error;        // translated; empty on success
        bool certificate = false;
    };

    static Result of(const QString &path);
    // A certificate by its name or its first bytes.
    static bool isCertificateFile(const QString &path);
    // A file that is no table of indicators: a certificate, an executable, a document, an archive, or
    // anything binary (NUL bytes without a UTF-16 byte order mark). A file named as a table (.csv, .txt,
    // .json, .xlsx, ...) is one, even when broken, so that its problem is reported.
    static bool isNotATable(const QString &path);
};

} // namespace im
