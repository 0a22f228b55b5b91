// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/ImportJournal.h"

#include "core/net/ConnectionSettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <map>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace im {
namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxJournalBytes = 512LL * 1024 * 1024;

QByteArray checksum(const QByteArray &json)
{
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16);
}

} // namespace

ImportJournal::ImportJournal(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

ImportJournal::~ImportJournal() = default;

QString ImportJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/import-journals");
}

QByteArray ImportJournal::identity(const ConnectionSettings &settings, const std::vector<QByteArray> &rowBodies)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("indicator-manager import v1\n");
    for (const QString &part :
         {settings.apiUrl.toString(QUrl::FullyEncoded), settings.tenantId.toLower(), settings.clientId.toLower()}) {
        hash.addData(part.toUtf8());
        hash.addData("\n");
    }
    for (const QByteArray &body : rowBodies) {
        hash.addData(QByteArray::number(body.size()));
        hash.addData(":");
        hash.addData(body);
    }
    return hash.result().toHex();
}

QByteArray ImportJournal::encodeRecord(const QByteArray &json)
{
    return QByteArray(checksum(json) + ' ' + json + '\n');
}

bool ImportJournal::decodeRecord(const QByteArray &line, QByteArray *json)
{
    // "<16 hex> <json>" without the newline; anything else is a torn or foreign line.
    if (line.size() < 18 || line[16] != ' ')
        return false;
    const QByteArray body = line.mid(17);
    if (checksum(body) != line.left(16))
        return false;
    *json = body;
    return true;
}

bool ImportJournal::open(const QByteArray &identity, int rowCount, const ConnectionSettings &settings, QString *error)
{
    m_recovered.clear();
    m_recoveredInFlight.clear();
    m_recoveredInFlightSinceMs = 0;
    std::map<int, qint64> inFlight; // position -> when it was marked
    if (m_file.isOpen())
        m_file.close();
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the folder %1 for the import journal.").arg(m_directory);
        return false;
    }
    m_file.setFileName(m_directory + QLatin1Char('/') + QString::fromLatin1(identity.left(32))
                       + QStringLiteral(".journal"));
    if (!m_file.open(QIODevice::ReadWrite)) {
        *error = tr("Cannot open the import journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }

    // Read the records that are intact; the first bad line ends the journal (a torn last write).
    qint64 goodBytes = 0;
    bool headerMatches = false;
    if (m_file.size() <= kMaxJournalBytes) {
        while (!m_file.atEnd()) {
            QByteArray line = m_file.readLine();
            if (!line.endsWith('\n'))
                break;
            line.chop(1);
            QByteArray json;
            if (!decodeRecord(line, &json))
                break;
            const QJsonObject record = QJsonDocument::fromJson(json).object();
            if (goodBytes == 0) {
                headerMatches = record.value(QLatin1String("journal")).toInt() == kFormatVersion
                                && record.value(QLatin1String("identity")).toString().toLatin1() == identity
                                && record.value(QLatin1String("rows")).toInt() == rowCount;
                if (!headerMatches)
                    break;
            } else {
                const QJsonArray succeeded = record.value(QLatin1String("s")).toArray();
                for (const auto &v : succeeded) {
                    const QJsonArray pair = v.toArray();
                    const int position = pair.at(0).toInt(-1);
                    const QString id = pair.at(1).toString();
                    if (position >= 0 && position < rowCount && !id.isEmpty()) {
                        m_recovered.push_back(Entry{position, id});
                        inFlight.erase(position);
                    }
                }
                const QJsonArray cleared = record.value(QLatin1String("c")).toArray();
                for (const auto &v : cleared)
                    inFlight.erase(v.toInt(-1));
                const QJsonArray marked = record.value(QLatin1String("f")).toArray();
                for (const auto &v : marked) {
                    const int position = v.toInt(-1);
                    if (position >= 0 && position < rowCount)
                        inFlight.emplace(position, static_cast<qint64>(record.value(QLatin1String("t")).toDouble()));
                }
            }
            goodBytes = m_file.pos();
        }
    }
    if (!headerMatches) {
        m_recovered.clear();
        inFlight.clear();
        goodBytes = 0;
    }
    for (const auto &[position, atMs] : inFlight) {
        m_recoveredInFlight.push_back(position);
        if (m_recoveredInFlightSinceMs == 0 || atMs < m_recoveredInFlightSinceMs)
            m_recoveredInFlightSinceMs = atMs;
    }
    // Cut off a torn tail so new records follow the last good one.
    if (!m_file.resize(goodBytes) || !m_file.seek(goodBytes)) {
        *error = tr("Cannot write the import journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.close();
        return false;
    }
    if (goodBytes == 0) {
        const QJsonObject header{
            {QStringLiteral("journal"), kFormatVersion},
            {QStringLiteral("identity"), QString::fromLatin1(identity)},
            {QStringLiteral("rows"), rowCount},
            {QStringLiteral("api"), settings.apiUrl.host()},
            {QStringLiteral("tenant"), settings.tenantId},
            {QStringLiteral("clientId"), settings.clientId},
            {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        if (!writeRecord(QJsonDocument(header).toJson(QJsonDocument::Compact))) {
            *error = tr("Cannot write the import journal %1: %2").arg(m_file.fileName(), m_file.errorString());
            m_file.close();
            return false;
        }
    }
    return true;
}

bool ImportJournal::writeRecord(const QByteArray &json)
{
    const QByteArray record = encodeRecord(json);
    if (m_file.write(record) != record.size() || !m_file.flush())
        return false;
#if defined(Q_OS_UNIX)
    // The record must be on disk before the next batch is sent, or a crash could forget a success.
    if (::fsync(m_file.handle()) != 0)
        return false;
#endif
    return true;
}

bool ImportJournal::append(const std::vector<Entry> &entries)
{
    if (!m_file.isOpen() || entries.empty())
        return m_file.isOpen();
    QJsonArray succeeded;
    for (const Entry &e : entries)
        succeeded.append(QJsonArray{e.position, e.id});
    const QJsonObject record{{QStringLiteral("s"), succeeded}};
    return writeRecord(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

bool ImportJournal::markInFlight(const std::vector<int> &positions, qint64 atMs)
{
    if (!m_file.isOpen() || positions.empty())
        return m_file.isOpen();
    QJsonArray marked;
    for (int p : positions)
        marked.append(p);
    const QJsonObject record{{QStringLiteral("f"), marked}, {QStringLiteral("t"), static_cast<double>(atMs)}};
    return writeRecord(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

bool ImportJournal::settle(const std::vector<int> &positions, const std::vector<Entry> &succeeded)
{
    if (!m_file.isOpen() || (positions.empty() && succeeded.empty()))
        return m_file.isOpen();
    QJsonArray done;
    for (const Entry &e : succeeded)
        done.append(QJsonArray{e.position, e.id});
    QJsonArray cleared;
    for (int p : positions)
        cleared.append(p);
    const QJsonObject record{{QStringLiteral("s"), done}, {QStringLiteral("c"), cleared}};
    return writeRecord(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

void ImportJournal::remove()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty())
        m_file.remove();
}

} // namespace im
