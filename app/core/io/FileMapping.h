// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <memory>

class QFile;

namespace im {

// A whole file mapped read-only for as long as a table refers to it; unlike QFile::map(), it outlives
// the QFile and its descriptor. Unix only: elsewhere of() gives null and the rows copy their cells.
class FileMapping
{
public:
    FileMapping(void *data, size_t size);
    ~FileMapping();
    FileMapping(const FileMapping &) = delete;
    FileMapping &operator=(const FileMapping &) = delete;

    static std::shared_ptr<const FileMapping> of(const QFile &file);

    [[nodiscard]] QByteArrayView text() const
    {
        return {static_cast<const char *>(m_data), static_cast<qsizetype>(m_size)};
    }
    // Gives back the whole pages inside `range`, a part of text(): the process stops holding them, and
    // the next read maps them again from the file with the same bytes. A pass over a big file thus holds
    // only the pages it is working on. Linux only; elsewhere it does nothing.
    void releasePages(QByteArrayView range) const;

private:
    void *m_data;
    size_t m_size;
};

} // namespace im
