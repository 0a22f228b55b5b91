// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DecodedStream.h"

#include <QCoreApplication>
#include <QIODevice>

namespace im {

DecodedStream::DecodedStream(QIODevice *device, TextEncoding encoding)
    : m_device(device)
    , m_decoder(encoding)
{
}

bool DecodedStream::readMore(QByteArray &buffer)
{
    if (m_atEnd || hasError())
        return false;
    m_raw.resize(kBlockSize);
    const qint64 n = m_device->read(m_raw.data(), kBlockSize);
    if (n < 0) {
        m_error =
            QCoreApplication::translate("DecodedStream", "The file could not be read: %1").arg(m_device->errorString());
        return false;
    }
    m_bytesRead += n;
    const bool last = n == 0 || m_device->atEnd();
    if (!m_decoder.decode(QByteArrayView(m_raw.constData(), n), buffer, last)) {
        m_error = m_decoder.errorString();
        return false;
    }
    m_atEnd = last;
    return n > 0 || last;
}

} // namespace im
