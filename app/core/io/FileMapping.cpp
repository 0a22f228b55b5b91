// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FileMapping.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
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

void FileMapping::releasePages(QByteArrayView range) const
{
    Q_ASSERT(range.isEmpty() || (range.data() >= text().data() && range.data() + range.size() <= text().end()));
#if defined(Q_OS_LINUX)
    // Only pages wholly inside the range, so that a neighbouring range still in use keeps its own.
    // The mapping is private and never written: dropping a page loses nothing (MADV_DONTNEED).
    static const auto page = static_cast<quintptr>(sysconf(_SC_PAGESIZE));
    const auto skipToPage = [](const char *at) { return (page - reinterpret_cast<quintptr>(at) % page) % page; };
    const char *first = range.data() + skipToPage(range.data());
    const char *last = range.data() + range.size();
    last -= reinterpret_cast<quintptr>(last) % page;
    if (last > first)
        madvise(const_cast<char *>(first), static_cast<size_t>(last - first), MADV_DONTNEED);
#else
    Q_UNUSED(range)
#endif
}

} // namespace im
