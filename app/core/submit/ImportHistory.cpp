// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/ImportHistory.h"

#include "core/io/IndicatorJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace im {
namespace {

constexpr int kBusyTimeoutMs = 250; // a locked database fails fast rather than stall the window

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS imports (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
    "profile TEXT, tenant TEXT, file TEXT, succeeded INTEGER, failed INTEGER, not_sent INTEGER, "
    "duration_ms INTEGER, throttled INTEGER)",
    "CREATE TABLE IF NOT EXISTS import_rows (import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, indicator TEXT NOT NULL, status TEXT NOT NULL, indicator_id TEXT, reason TEXT, "
    "PRIMARY KEY (import_id, position))",
};

} // namespace

ImportHistory::ImportHistory(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("im-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ImportHistory::~ImportHistory()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ImportHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/import-history.sqlite");
}

QString ImportHistory::failure(const QString &what, const QString &detail) const
{
    //: %1 says what failed, %2 is the database's own message, %3 the file
    return tr("%1: %2 (%3). Submitting works as usual; history is not kept until the file is repaired or removed.")
        .arg(what, detail, QDir::toNativeSeparators(m_path));
}

bool ImportHistory::open(QString *error)
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = failure(tr("The import history is not available"), tr("the SQLite driver for Qt is not installed"));
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // A failed open is tried again on the next call (the file may have been repaired meanwhile).
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        *error = failure(tr("The import history cannot be opened"), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // A file that is not a database fails here, on its first read.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        *error = failure(tr("The import history is damaged"), detail);
        db.close();
        return false;
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = failure(tr("The import history cannot be written"), q.lastError().text());
            db.close();
            return false;
        }
    }
    m_open = true;
    return true;
}

qint64 ImportHistory::record(const HistoryEntry &entry, const IndicatorTable &table, const std::vector<int> &rows,
                             const std::vector<RowOutcome> &outcomes, QString *error)
{
    if (!open(error))
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = failure(tr("The submission was not added to the history"), db.lastError().text());
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO imports (started, profile, tenant, file, succeeded, failed, not_sent, "
                             "duration_ms, throttled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(entry.when.toUTC().toString(Qt::ISODateWithMs)), QVariant(entry.profile), QVariant(entry.tenant),
          QVariant(entry.file), QVariant(entry.succeeded), QVariant(entry.failed), QVariant(entry.notSent),
          QVariant(entry.durationMs), QVariant(entry.throttled)})
        q.addBindValue(v);
    bool ok = q.exec();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery rowQuery(db);
    rowQuery.prepare(QStringLiteral("INSERT INTO import_rows (import_id, position, indicator, status, indicator_id, "
                                    "reason) VALUES (?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; ok && i < rows.size(); ++i) {
        const RowOutcome &o = outcomes[i];
        rowQuery.addBindValue(id);
        rowQuery.addBindValue(static_cast<int>(i));
        rowQuery.addBindValue(QString::fromUtf8(
            QJsonDocument(IndicatorJson::toJson(table.indicator(rows[i]))).toJson(QJsonDocument::Compact)));
        rowQuery.addBindValue(o.statusName());
        rowQuery.addBindValue(o.id);
        rowQuery.addBindValue(o.reason());
        ok = rowQuery.exec();
    }
    if (!ok || !db.commit()) {
        const QString detail = !q.lastError().text().isEmpty()          ? q.lastError().text()
                               : !rowQuery.lastError().text().isEmpty() ? rowQuery.lastError().text()
                                                                        : db.lastError().text();
        db.rollback();
        *error = failure(tr("The submission was not added to the history"), detail);
        return 0;
    }
    return id;
}

std::vector<HistoryEntry> ImportHistory::entries(QString *error)
{
    std::vector<HistoryEntry> list;
    if (!open(error))
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, started, profile, tenant, file, succeeded, failed, not_sent, duration_ms, "
                               "throttled FROM imports ORDER BY id DESC"))) {
        *error = failure(tr("The import history cannot be read"), q.lastError().text());
        return list;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.profile = q.value(2).toString();
        e.tenant = q.value(3).toString();
        e.file = q.value(4).toString();
        e.succeeded = q.value(5).toInt();
        e.failed = q.value(6).toInt();
        e.notSent = q.value(7).toInt();
        e.durationMs = q.value(8).toLongLong();
        e.throttled = q.value(9).toInt();
        list.push_back(e);
    }
    return list;
}

bool ImportHistory::report(qint64 id, HistoryReport *report, QString *error)
{
    if (!open(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT indicator, status, indicator_id, reason FROM import_rows WHERE import_id = ? "
                             "ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = failure(tr("The report cannot be read"), q.lastError().text());
        return false;
    }
    report->table.clear();
    report->outcomes.clear();
    while (q.next()) {
        const QJsonDocument json = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
        report->table.appendIndicator(IndicatorJson::fromJson(json.object()).indicator);
        report->outcomes.emplace_back(RowOutcome::statusFromName(q.value(1).toString()), q.value(2).toString(),
                                      q.value(3).toString(), std::nullopt);
    }
    return true;
}

bool ImportHistory::clear(QString *error)
{
    if (!open(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM import_rows")) || !q.exec(QStringLiteral("DELETE FROM imports"))) {
        *error = failure(tr("The history was not cleared"), q.lastError().text());
        return false;
    }
    return true;
}

} // namespace im
