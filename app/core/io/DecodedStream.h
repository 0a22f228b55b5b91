// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TextDecoder.h"

#include <QByteArray>

class QIODevice;

namespace im {

// A QIODevice read in large blocks and decoded to UTF-8, so readers never hold a whole file.
class DecodedStream
{
public:
    DecodedStream(QIODevice *device, TextEncoding encoding);

    // Appends the next decoded block to `buffer`. Returns false when nothing more can come: at the end
    // of the input, or on an error (see hasError()).
    bool readMore(QByteArray &buffer);
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

    static constexpr qint64 kBlockSize = 1 << 20;

private:
    QIODevice *m_device;
    TextDecoder m_decoder;
    QByteArray m_raw;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace im
