// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/RecoveryStore.h"

#include "core/indicator/IndicatorTable.h"
#include "core/io/ColumnMapping.h"
#include "core/io/TableReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace im {
namespace {

constexpr int kFormatVersion = 1;

// The full CSV layout the snapshot is written in, read back without guessing.
ColumnMapping fullCsvMapping()
{
    ColumnMapping mapping;
    for (Field f : portalTemplateFields())
        mapping.columns.emplace_back(f);
    for (Field f : TableWriter::fieldsMissingFromPortalCsv())
        mapping.columns.emplace_back(f);
    return mapping;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::filePath(const QString &id, const char *suffix) const
{
    return m_directory + u'/' + id + QLatin1String(suffix);
}

QString RecoveryStore::saveFormatName(SaveFormat format)
{
    switch (format) {
    case SaveFormat::PortalCsv: return QStringLiteral("portal-csv");
    case SaveFormat::FullCsv: return QStringLiteral("full-csv");
    case SaveFormat::ImportJson: return QStringLiteral("import-json");
    }
    return {};
}

std::optional<SaveFormat> RecoveryStore::saveFormatFromName(const QString &name)
{
    for (SaveFormat f : {SaveFormat::PortalCsv, SaveFormat::FullCsv, SaveFormat::ImportJson}) {
        if (saveFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString RecoveryStore::save(const IndicatorTable &table, RecoveryInfo info)
{
    if (!QDir().mkpath(m_directory))
        return tr("The recovery folder \"%1\" cannot be created.").arg(m_directory);
    if (!m_sessionLock) {
        auto lock = std::make_unique<QLockFile>(filePath(m_sessionId, ".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return tr("The recovery folder \"%1\" cannot be locked.").arg(m_directory);
        m_sessionLock = std::move(lock);
    }

    QString error;
    const QString dataPath = filePath(m_sessionId, ".csv");
    if (!table.isEmpty()) {
        QSaveFile data(dataPath);
        if (!data.open(QIODevice::WriteOnly) || !TableWriter::write(table, SaveFormat::FullCsv, data) || !data.commit())
            return tr("The recovery copy cannot be written: %1").arg(data.errorString());
    } else {
        QFile::remove(dataPath);
    }

    QJsonObject meta;
    meta.insert(QStringLiteral("version"), kFormatVersion);
    meta.insert(QStringLiteral("source"), info.sourcePath);
    meta.insert(QStringLiteral("saveFormat"), info.saveFormat ? saveFormatName(*info.saveFormat) : QString());
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("rows"), table.rowCount());
    if (!writeAtomically(filePath(m_sessionId, ".json"), QJsonDocument(meta).toJson(), &error))
        return tr("The recovery copy cannot be written: %1").arg(error);
    m_hasSnapshot = true;
    return {};
}

void RecoveryStore::removeFiles(const QString &id)
{
    QFile::remove(filePath(id, ".json"));
    QFile::remove(filePath(id, ".csv"));
}

void RecoveryStore::discard()
{
    removeFiles(m_sessionId);
    m_hasSnapshot = false;
    if (m_sessionLock) {
        m_sessionLock->unlock();
        m_sessionLock.reset();
    }
}

QList<RecoveryInfo> RecoveryStore::orphans()
{
    QList<RecoveryInfo> found;
    const QDir dir(m_directory);
    const QStringList metas = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : metas) {
        const QString id = name.chopped(5);
        if (id == m_sessionId)
            continue;
        if (m_orphanLocks.find(id) == m_orphanLocks.end()) {
            // Holding the lock proves its session is gone (QLockFile checks the owner's process id).
            auto lock = std::make_unique<QLockFile>(filePath(id, ".lock"));
            lock->setStaleLockTime(0);
            if (!lock->tryLock(0))
                continue;
            m_orphanLocks.emplace(id, std::move(lock));
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        if (meta.value(QStringLiteral("version")).toInt() != kFormatVersion)
            continue;
        RecoveryInfo info;
        info.id = id;
        info.sourcePath = meta.value(QStringLiteral("source")).toString();
        info.saveFormat = saveFormatFromName(meta.value(QStringLiteral("saveFormat")).toString());
        info.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        info.rows = meta.value(QStringLiteral("rows")).toInt();
        found.append(info);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryInfo &a, const RecoveryInfo &b) { return a.savedAt > b.savedAt; });
    return found;
}

QString RecoveryStore::restore(const RecoveryInfo &info, IndicatorTable &table) const
{
    table.clear();
    if (info.rows == 0)
        return {};
    ReadOptions options;
    options.format = FileFormat::Csv;
    options.encoding = TextEncoding::Utf8;
    options.dialect = CsvDialect{};
    options.mapping = fullCsvMapping();
    const ReadReport report = TableReader::readFile(filePath(info.id, ".csv"), table, options);
    return report.ok() ? QString() : report.error;
}

void RecoveryStore::discardOrphan(const RecoveryInfo &info)
{
    removeFiles(info.id);
    releaseOrphan(info);
    QFile::remove(filePath(info.id, ".lock"));
}

void RecoveryStore::releaseOrphan(const RecoveryInfo &info)
{
    const auto it = m_orphanLocks.find(info.id);
    if (it == m_orphanLocks.end())
        return;
    it->second->unlock();
    m_orphanLocks.erase(it);
}

} // namespace im
