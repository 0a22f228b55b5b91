// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/io/ReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace im {

// One past submission: when, as whom, from which file, and its counts.
struct HistoryEntry
{
    qint64 id = 0; // given by the store
    QDateTime when;
    QString profile;
    QString tenant;
    QString file;
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    qint64 durationMs = 0;
    int throttled = 0; // rate-limit waits
};

// A past submission's report: the rows as sent and each row's outcome, in sending order.
struct HistoryReport
{
    IndicatorTable table;
    std::vector<RowOutcome> outcomes;
};

// The import history: a SQLite database (Qt SQL) under QStandardPaths::AppDataLocation. It holds no
// secret: profile names and tenant ids only. Every call reports failure with a translated message and
// never waits long on a lock (a short busy timeout), because history must never hold up an import.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    explicit ImportHistory(const QString &path = defaultPath());
    ~ImportHistory();
    ImportHistory(const ImportHistory &) = delete;
    ImportHistory &operator=(const ImportHistory &) = delete;

    static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    // Opens (creating when missing) and checks the database. False with a message when it is corrupt,
    // locked or cannot be written.
    bool open(QString *error);
    // Adds a submission with every row's outcome; returns its id, or 0 with a message.
    qint64 record(const HistoryEntry &entry, const IndicatorTable &table, const std::vector<int> &rows,
                  const std::vector<RowOutcome> &outcomes, QString *error);
    // Newest first.
    std::vector<HistoryEntry> entries(QString *error);
    bool report(qint64 id, HistoryReport *report, QString *error);
    bool clear(QString *error);

private:
    QString failure(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace im
