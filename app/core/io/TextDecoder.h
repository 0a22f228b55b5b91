// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <memory>

namespace im {

enum class TextEncoding {
    Auto,
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Gb18030,
    Windows1252,
};

QString encodingName(TextEncoding encoding); // "UTF-8", "GB18030", ...; data, not translated
bool encodingFromName(const QString &name, TextEncoding *out);

// Turns the bytes of a file into UTF-8, chunk by chunk. UTF-8 input passes through after a check;
// everything else goes through Qt's converters. Input that cannot be text (NUL bytes, invalid UTF-8
// in a UTF-8 file) is an error, reported with its byte offset, never silently replaced.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // Guesses the encoding from the first bytes of a file (BOM, UTF-8 validity, then GB18030 versus
    // Windows-1252 by the shape of the high bytes). Sets *error and returns Auto for binary data.
    static TextEncoding detect(QByteArrayView sample, bool sampleIsWholeFile, QString *error);

    explicit TextDecoder(TextEncoding encoding);
    ~TextDecoder();

    // Appends the UTF-8 of `in` to `out`. Pass last=true with the final chunk. Returns false on
    // undecodable input; errorString() then says where.
    bool decode(QByteArrayView in, QByteArray &out, bool last);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }

private:
    bool decodeUtf8(QByteArrayView in, QByteArray &out, bool last);
    // baseOffset: where `utf8` starts in the file; exact when the file is UTF-8 itself.
    bool checkNoNul(QByteArrayView utf8, qint64 baseOffset, bool exactOffsets);
    void trackIncompleteTail(QByteArrayView data);

    TextEncoding m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    QByteArray m_pending; // an incomplete UTF-8 sequence carried to the next chunk
    qint64 m_offset = 0;  // bytes consumed so far, for error messages
    bool m_bomChecked = false;
    int m_incompleteTail = 0; // UTF-16 and GB18030: the input so far ends inside a character
    QChar m_highSurrogate;    // the first half of a surrogate pair whose second half is in the next chunk
    QString m_error;
};

// Length of the valid UTF-8 prefix of text; a truncated sequence at the very end counts as valid when
// allowTruncatedTail is set (the rest may arrive with the next chunk).
qsizetype validUtf8Prefix(QByteArrayView text, bool allowTruncatedTail, bool *truncatedTail = nullptr);

} // namespace im
