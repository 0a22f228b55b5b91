// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FileMapping.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

namespace im {

FileMapping::FileMapping(void *data, size_t size)
    : m_data(data)
    , m_size(size)
{
}

FileMapping::~FileMapping()
{
#if defined(Q_OS_UNIX)
    munmap(m_data, m_size);
#endif
}

std::shared_ptr<const FileMapping> FileMapping::of(const QFile &file)
{
#if defined(Q_OS_UNIX)
    const qint64 size = file.size();
    if (size <= 0 || file.handle() < 0)
        return nullptr;
    void *data = mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_PRIVATE, file.handle(), 0);
    if (data == MAP_FAILED)
        return nullptr;
    return std::make_shared<const FileMapping>(data, static_cast<size_t>(size));
#else
    Q_UNUSED(file)
    return nullptr;
#endif
}

} // namespace im
