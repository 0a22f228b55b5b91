// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QLockFile;

namespace im {

class IndicatorTable;

// What a recovery snapshot belongs to.
struct RecoveryInfo
{
    QString id;                           // the session that wrote it; names its files
    QString sourcePath;                   // the file the table came from or was saved as; empty for a new table
    std::optional<SaveFormat> saveFormat; // how Save writes sourcePath, if it can
    QDateTime savedAt;                    // UTC
    int rows = 0;
};

// Snapshots of unsaved work, so that nothing is lost when the app is killed or crashes.
//
// A session writes <id>.csv (every field, the full CSV layout) and <id>.json (RecoveryInfo) into the
// recovery folder, each through QSaveFile, and holds <id>.lock while it lives. A snapshot whose lock
// nobody holds any more (the process that took it is gone) is an orphan: the next start offers it back.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    explicit RecoveryStore(const QString &directory = defaultDirectory());
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString defaultDirectory(); // <app data>/recovery

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    [[nodiscard]] bool hasSnapshot() const { return m_hasSnapshot; }

    // Writes this session's snapshot, replacing the previous one. Returns a translated error, or empty.
    QString save(const IndicatorTable &table, RecoveryInfo info);
    // Removes this session's snapshot and lock: the work was saved, or closed on purpose.
    void discard();

    // Snapshots left behind by sessions that are gone, newest first. Each one returned stays locked by
    // this store until it is restored and discarded, or released for a later start.
    QList<RecoveryInfo> orphans();
    // Reads an orphan's table. Returns a translated error, or empty.
    QString restore(const RecoveryInfo &info, IndicatorTable &table) const;
    void discardOrphan(const RecoveryInfo &info);
    void releaseOrphan(const RecoveryInfo &info);

    static QString saveFormatName(SaveFormat format); // data: "portal-csv", "full-csv", "import-json"
    static std::optional<SaveFormat> saveFormatFromName(const QString &name);

private:
    [[nodiscard]] QString filePath(const QString &id, const char *suffix) const;
    void removeFiles(const QString &id);

    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_sessionLock;
    std::map<QString, std::unique_ptr<QLockFile>> m_orphanLocks;
    bool m_hasSnapshot = false;
};

} // namespace im
