// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <vector>

namespace im {

class ConnectionSettings;

// An append-only, write-ahead record of an import, so that an import cut short by a crash resumes
// without resending the batches that already succeeded, and without blindly resending the batch that
// was on the wire when it stopped.
//
// Before a batch is sent its rows are recorded as in flight (with the time); when it settles, its rows
// are cleared and those that succeeded recorded with their ids. Rows still in flight when a journal is
// opened again may or may not have reached the service: the engine reconciles them against the tenant
// before it sends them again.
//
// One file per import, named after a hash of the connection and of every row sent, under
// QStandardPaths::AppDataLocation/import-journals. It holds row positions: in flight (with a time),
// settled, and succeeded with their indicator ids (failed rows are sent again on resume anyway): no
// secret, no token, no indicator value.
// Each record is one line carrying a checksum
// of itself and is flushed and synced before the next batch goes out; a crash mid-write leaves at most
// a torn last line, which fails its checksum and is cut off on the next open, so the records before it
// always survive.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    struct Entry
    {
        int position = 0; // index in the list of rows sent
        QString id;       // the indicator id the service gave
    };

    explicit ImportJournal(const QString &directory = QString());
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    static QString defaultDirectory();
    // The identity of an import: the connection (API address, tenant, client id) and every row's body.
    static QByteArray identity(const ConnectionSettings &settings, const std::vector<QByteArray> &rowBodies);

    // Opens the journal for `identity`, reading what an interrupted run recorded. Returns false with a
    // translated error when the directory or file cannot be written.
    bool open(const QByteArray &identity, int rowCount, const ConnectionSettings &settings, QString *error);
    [[nodiscard]] const std::vector<Entry> &recovered() const { return m_recovered; }
    // Rows an interrupted run had in flight (sent or about to be, never settled), and when the first of
    // them was marked (ms since the epoch; 0 when none).
    [[nodiscard]] const std::vector<int> &recoveredInFlight() const { return m_recoveredInFlight; }
    [[nodiscard]] qint64 recoveredInFlightSinceMs() const { return m_recoveredInFlightSinceMs; }
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }

    // Appends one record of succeeded rows and waits until it is on disk.
    bool append(const std::vector<Entry> &entries);
    // Write-ahead: records `positions` as in flight at `atMs` and waits until it is on disk. Call before
    // the request that carries them leaves.
    bool markInFlight(const std::vector<int> &positions, qint64 atMs);
    // Records that `positions` are no longer in flight, and which of them succeeded (`succeeded`, a
    // subset), in one record.
    bool settle(const std::vector<int> &positions, const std::vector<Entry> &succeeded);
    // Deletes the journal: nothing is left to resume.
    void remove();

    // Exposed for the tests of the torn-write guarantee.
    static QByteArray encodeRecord(const QByteArray &json);
    static bool decodeRecord(const QByteArray &line, QByteArray *json);

private:
    bool writeRecord(const QByteArray &json);

    QString m_directory;
    QFile m_file;
    std::vector<Entry> m_recovered;
    std::vector<int> m_recoveredInFlight;
    qint64 m_recoveredInFlightSinceMs = 0;
};

} // namespace im
