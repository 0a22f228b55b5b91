// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/MispReader.h"

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/io/JsonCursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <vector>

namespace im {
namespace {

using jsonscan::Cursor;
using jsonscan::Walker;

// Members that hold attributes or nested events; everything else of an object is its own data.
bool isContainerKey(const QString &key)
{
    return key == QLatin1String("Event") || key == QLatin1String("Attribute") || key == QLatin1String("Object")
           || key == QLatin1String("response");
}

// Members that can be large and say nothing about indicators; skipped without being parsed.
bool isIgnoredKey(const QString &key)
{
    static const QStringList ignored = {
        QStringLiteral("EventReport"),
        QStringLiteral("ShadowAttribute"),
        QStringLiteral("RelatedEvent"),
        QStringLiteral("Sighting"),
        QStringLiteral("Org"),
        QStringLiteral("Orgc"),
        QStringLiteral("Feed"),
        QStringLiteral("CryptographicKey"),
        QStringLiteral("RelatedAttribute"),
        QStringLiteral("ObjectReference"),
    };
    return ignored.contains(key);
}

// MITRE ATT&CK technique ids in tag names and galaxy cluster values, e.g.
// misp-galaxy:mitre-attack-pattern="Spearphishing Attachment - T1566.001".
void collectTechniques(const QString &text, QStringList *out)
{
    static const QRegularExpression id(QStringLiteral("\\bT\\d{4}(?:\\.\\d{3})?\\b"));
    for (auto it = id.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (!out->contains(t))
            out->append(t);
    }
}

void collectTechniques(const QJsonObject &object, QStringList *out)
{
    const QJsonArray tags = object.value(QLatin1String("Tag")).toArray();
    for (const auto &tag : tags)
        collectTechniques(tag.toObject().value(QLatin1String("name")).toString(), out);
    const QJsonArray galaxies = object.value(QLatin1String("Galaxy")).toArray();
    for (const auto &galaxy : galaxies) {
        const QJsonArray clusters = galaxy.toObject().value(QLatin1String("GalaxyCluster")).toArray();
        for (const auto &cluster : clusters) {
            const QJsonObject c = cluster.toObject();
            collectTechniques(c.value(QLatin1String("value")).toString(), out);
            const QJsonArray externalIds =
                c.value(QLatin1String("meta")).toObject().value(QLatin1String("external_id")).toArray();
            for (const auto &externalId : externalIds)
                collectTechniques(externalId.toString(), out);
        }
    }
}

bool flagIsFalse(const QJsonValue &v)
{
    if (v.isBool())
        return !v.toBool();
    if (v.isDouble())
        return v.toDouble() == 0;
    if (v.isString())
        return v.toString() == QLatin1String("0")
               || v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    return false;
}

// One object of the document while it is read: an event, a MISP object, a response, or an attribute.
struct Scope
{
    QJsonObject own;         // the object's own members (not attributes or nested events)
    QString info;            // the event's info, once read
    QStringList techniques;  // from the object's tags and galaxies, once read
    int firstRow = 0;        // the first row added inside this object
    int rowsWithoutOwn = -1; // rows added before info/tags arrived (patched at the end), -1 when none
    QString nestedEventInfo; // an attribute's {"Event": {"info": ...}} as search results give it
};

class Reader
{
public:
    Reader(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
        : m_stream(stream)
        , m_cursor(stream)
        , m_walk(m_cursor)
        , m_table(table)
        , m_options(options)
        , m_report(report)
    {
    }

    void run()
    {
        m_cursor.skipWhitespace();
        const char first = m_cursor.peek();
        bool ok = false;
        if (first == '{')
            ok = readObject(1);
        else if (first == '[')
            ok = readArray(1);
        else
            ok = m_walk.failWith(MispReader::tr("The file is not MISP JSON: it must start with [ or {."));
        if (ok) {
            m_cursor.skipWhitespace();
            if (m_cursor.peek() != 0)
                ok = m_walk.failWith(
                    MispReader::tr("There is text after the end of the JSON, near line %1.").arg(m_cursor.line()));
        }
        if (!ok || m_cursor.failed()) {
            if (!m_cancelled)
                m_report.error = m_walk.failed() ? m_walk.error() : m_cursor.streamError();
            m_report.cancelled = m_cancelled;
            m_table.clear();
            return;
        }
        if (m_attributes == 0) {
            m_report.error = MispReader::tr("The MISP JSON holds no attributes.");
            return;
        }
        for (auto it = m_skippedTypes.cbegin(); it != m_skippedTypes.cend(); ++it)
            m_report.notices.append(MispReader::tr("%n MISP attribute(s) of type \"%1\" were not imported: Defender "
                                                   "has no indicator type for them.",
                                                   nullptr, it.value())
                                        .arg(it.key()));
        if (m_notForDetection > 0)
            m_report.notices.append(MispReader::tr("%n attribute(s) are marked not for detection (to_ids false); "
                                                   "their rows are not sent until you check them.",
                                                   nullptr, m_notForDetection));
    }

private:
    bool readArray(int depth)
    {
        return m_walk.forEachElement(depth, [&]() {
            if (m_cursor.peek() == '{')
                return readObject(depth + 1);
            return m_walk.skip(depth);
        });
    }

    // An event, a response, a MISP object or an attribute: which one shows once its members are read.
    bool readObject(int depth)
    {
        m_scopes.push_back(Scope{});
        m_scopes.back().firstRow = m_table.rowCount();
        const qint64 line = m_cursor.line();
        const bool ok = m_walk.forEachMember(depth, [&](const QString &key) { return readMember(key, depth); });
        if (!ok) {
            m_scopes.pop_back();
            return false;
        }
        Scope scope = std::move(m_scopes.back());
        m_scopes.pop_back();
        if (scope.own.contains(QLatin1String("type")) && scope.own.contains(QLatin1String("value"))
            && scope.firstRow == m_table.rowCount())
            return addAttribute(scope, line);
        if (scope.rowsWithoutOwn > scope.firstRow)
            patchRows(scope);
        if (!m_scopes.empty() && m_table.rowCount() == scope.firstRow && !scope.info.isEmpty())
            m_scopes.back().nestedEventInfo = scope.info;
        return true;
    }

    bool readMember(const QString &key, int depth)
    {
        const char ch = m_cursor.peek();
        if (isContainerKey(key) && (ch == '{' || ch == '['))
            return ch == '{' ? readObject(depth + 1) : readArray(depth + 1);
        if (isIgnoredKey(key))
            return m_walk.skip(depth);
        QJsonValue v;
        if (!m_walk.value(depth, &v))
            return false;
        Scope &scope = m_scopes.back();
        scope.own.insert(key, v);
        if (key == QLatin1String("info") || key == QLatin1String("Tag") || key == QLatin1String("Galaxy")) {
            if (key == QLatin1String("info"))
                scope.info = v.toString().trimmed();
            else
                collectTechniques(scope.own, &scope.techniques);
            if (m_table.rowCount() > scope.firstRow)
                scope.rowsWithoutOwn = m_table.rowCount();
        }
        return true;
    }

    // The info of the nearest enclosing event that has one.
    [[nodiscard]] QString eventInfo() const
    {
        for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
            if (!it->info.isEmpty())
                return it->info;
        }
        return {};
    }

    bool addAttribute(const Scope &attribute, qint64 line)
    {
        ++m_attributes;
        const QJsonObject &a = attribute.own;
        const QString type = a.value(QLatin1String("type")).toString();
        const QString value = a.value(QLatin1String("value")).toString();
        const QStringList types = type.split(QLatin1Char('|'));
        const QStringList values = value.split(QLatin1Char('|'));

        QString info = attribute.nestedEventInfo;
        if (info.isEmpty())
            info = eventInfo();
        const QString comment = a.value(QLatin1String("comment")).toString().trimmed();
        QStringList techniques;
        collectTechniques(a, &techniques);
        for (const Scope &s : m_scopes) {
            for (const QString &t : s.techniques) {
                if (!techniques.contains(t))
                    techniques.append(t);
            }
        }
        const bool notForDetection = flagIsFalse(a.value(QLatin1String("to_ids")));

        bool any = false;
        for (qsizetype i = 0; i < types.size() && types.size() == values.size(); ++i) {
            const IndicatorType it = MispReader::indicatorType(types[i]);
            if (it == IndicatorType::Unknown || values[i].trimmed().isEmpty())
                continue;
            if (m_table.rowCount() >= limits::kMaxRows)
                return m_walk.failWith(MispReader::tr("The file has more than %L1 indicators, more than this tool "
                                                      "opens at once.")
                                           .arg(limits::kMaxRows));
            Indicator row;
            row[Field::IndicatorValue] = values[i].trimmed();
            row[Field::IndicatorType] = QLatin1String(apiName(it));
            row[Field::Title] = info;
            row[Field::Description] = comment.isEmpty() ? info : comment;
            row[Field::MitreTechniques] = Indicator::joinList(techniques);
            m_table.appendIndicator(row);
            const int r = m_table.rowCount() - 1;
            m_table.setSourceLine(r, line);
            // The event and the attribute as the analyst knows them from MISP, the value within.
            QString text = info;
            if (!text.isEmpty())
                text += u'\n';
            text += type + QStringLiteral(": ");
            const qsizetype at = text.size() + valueOffset(values, i);
            text += value;
            if (!comment.isEmpty())
                text += u'\n' + comment;
            m_table.setSourceContext(r, text, at, values[i].size());
            if (notForDetection) {
                m_table.addReadNote(r, ReadNote{IssueCode::ReadNotForDetection, type});
                ++m_notForDetection;
            }
            any = true;
        }
        if (!any)
            ++m_skippedTypes[type.isEmpty() ? QStringLiteral("?") : type];
        return progress();
    }

    // Where the i-th part of a composite value ("filename|sha256") starts in the whole value.
    static qsizetype valueOffset(const QStringList &parts, qsizetype i)
    {
        qsizetype at = 0;
        for (qsizetype k = 0; k < i; ++k)
            at += parts[k].size() + 1;
        return at;
    }

    // Fills what an event's info and tags give into the rows read before those members came.
    void patchRows(const Scope &scope)
    {
        for (int r = scope.firstRow; r < scope.rowsWithoutOwn; ++r) {
            if (!scope.info.isEmpty() && m_table.cell(r, Field::Title).isEmpty())
                m_table.setText(r, Field::Title, scope.info);
            if (!scope.info.isEmpty() && m_table.cell(r, Field::Description).isEmpty())
                m_table.setText(r, Field::Description, scope.info);
            if (!scope.techniques.isEmpty()) {
                QStringList list = Indicator::splitList(m_table.text(r, Field::MitreTechniques));
                for (const QString &t : scope.techniques) {
                    if (!list.contains(t))
                        list.append(t);
                }
                m_table.setText(r, Field::MitreTechniques, Indicator::joinList(list));
            }
        }
    }

    bool progress()
    {
        if (!m_options.progress || m_stream.bytesRead() < m_nextProgress)
            return true;
        m_nextProgress = m_stream.bytesRead() + DecodedStream::kBlockSize;
        if (m_options.progress(m_stream.bytesRead()))
            return true;
        m_cancelled = true;
        return m_walk.failWith(QStringLiteral("cancelled"));
    }

    DecodedStream &m_stream;
    Cursor m_cursor;
    Walker m_walk;
    IndicatorTable &m_table;
    const ReadOptions &m_options;
    ReadReport &m_report;
    std::vector<Scope> m_scopes;
    QMap<QString, int> m_skippedTypes;
    int m_attributes = 0;
    int m_notForDetection = 0;
    qint64 m_nextProgress = 0;
    bool m_cancelled = false;
};

} // namespace

IndicatorType MispReader::indicatorType(QStringView mispType)
{
    struct Pair
    {
        const char *misp;
        IndicatorType type;
    };
    // MISP core format, attribute types (the ones Defender has an indicator type for). "filename",
    // "port" and the like are the other halves of composite types and carry no indicator of their own.
    static constexpr Pair pairs[] = {
        {"md5", IndicatorType::FileMd5},
        {"sha1", IndicatorType::FileSha1},
        {"sha256", IndicatorType::FileSha256},
        {"ip-src", IndicatorType::IpAddress},
        {"ip-dst", IndicatorType::IpAddress},
        {"ip", IndicatorType::IpAddress}, // the second half of "domain|ip"
        {"domain", IndicatorType::DomainName},
        {"hostname", IndicatorType::DomainName},
        {"url", IndicatorType::Url},
        {"uri", IndicatorType::Url},
        {"x509-fingerprint-sha1", IndicatorType::CertificateThumbprint},
    };
    for (const Pair &p : pairs) {
        if (mispType.compare(QLatin1String(p.misp), Qt::CaseInsensitive) == 0)
            return p.type;
    }
    return IndicatorType::Unknown;
}

void MispReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Misp;
    Reader reader(stream, table, options, report);
    reader.run();
}

} // namespace im
