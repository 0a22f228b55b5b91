// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/StixReader.h"

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/io/JsonCursor.h"
#include "core/validation/ValueRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace im {
namespace {

using jsonscan::Cursor;
using jsonscan::Walker;

// "hashes.'SHA-256'" -> "SHA256"
QString hashName(QString name)
{
    name.remove(QLatin1Char('\''));
    name.remove(QLatin1Char('-'));
    name.remove(QLatin1Char('_'));
    return name.toUpper();
}

IndicatorType hashType(const QString &name)
{
    const QString h = hashName(name);
    if (h == QLatin1String("SHA256"))
        return IndicatorType::FileSha256;
    if (h == QLatin1String("SHA1"))
        return IndicatorType::FileSha1;
    if (h == QLatin1String("MD5"))
        return IndicatorType::FileMd5;
    return IndicatorType::Unknown;
}

// Defender's type for an object path of a comparison.
IndicatorType pathType(const QString &path)
{
    const qsizetype colon = path.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return IndicatorType::Unknown;
    const QString object = path.first(colon).toLower();
    const QString property = path.sliced(colon + 1);
    if (property.startsWith(QLatin1String("hashes."))) {
        const IndicatorType h = hashType(property.sliced(7));
        if (object == QLatin1String("file") || object == QLatin1String("artifact"))
            return h;
        if (object == QLatin1String("x509-certificate") && h == IndicatorType::FileSha1)
            return IndicatorType::CertificateThumbprint;
        return IndicatorType::Unknown;
    }
    if (property != QLatin1String("value"))
        return IndicatorType::Unknown;
    if (object == QLatin1String("ipv4-addr") || object == QLatin1String("ipv6-addr"))
        return IndicatorType::IpAddress;
    if (object == QLatin1String("domain-name"))
        return IndicatorType::DomainName;
    if (object == QLatin1String("url"))
        return IndicatorType::Url;
    return IndicatorType::Unknown;
}

bool isPathChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char(':')
           || c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char('*') || c == QLatin1Char(']');
}

// A quoted string at text[i] ('...', backslash escapes); returns the index after it, or -1.
qsizetype readQuoted(const QString &text, qsizetype i, QString *out)
{
    out->clear();
    for (++i; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            out->append(text[++i]);
        } else if (c == QLatin1Char('\'')) {
            return i + 1;
        } else {
            out->append(c);
        }
    }
    return -1;
}

struct Observable
{
    IndicatorType type;
    QString value;
    qint64 line;
    QString path; // the object path a pattern would name: "ipv4-addr:value", "file:hashes.'SHA-256'"
    QString id;   // the object's id (STIX 2.1), to find the observed-data that refers to it
    QString head; // the observed-data it stands in (STIX 2.0), as a line of context
};

// Observables of a STIX object (2.1 SCO, or one entry of 2.0 observed-data "objects").
void observablesOf(const QJsonObject &o, qint64 line, const QString &head, std::vector<Observable> *out)
{
    const QString type = o.value(QLatin1String("type")).toString();
    const QString id = o.value(QLatin1String("id")).toString();
    const QString value = o.value(QLatin1String("value")).toString().trimmed();
    if (!value.isEmpty()) {
        const QString path = type + QLatin1String(":value");
        const IndicatorType t = pathType(path);
        if (t != IndicatorType::Unknown)
            out->push_back({t, value, line, path, id, head});
        return;
    }
    const QJsonObject hashes = o.value(QLatin1String("hashes")).toObject();
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        const IndicatorType t = pathType(type + QLatin1String(":hashes.") + it.key());
        if (t != IndicatorType::Unknown && !it.value().toString().trimmed().isEmpty())
            out->push_back({t, it.value().toString().trimmed(), line,
                            type + QLatin1String(":hashes.'") + it.key() + QLatin1Char('\''), id, head});
    }
}

// An observed-data object as a line of context: its name, or when it was observed.
QString observedHead(const QJsonObject &o)
{
    QString name = o.value(QLatin1String("name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    QString head = QStringLiteral("observed-data");
    const QString first = o.value(QLatin1String("first_observed")).toString();
    const QString last = o.value(QLatin1String("last_observed")).toString();
    if (!first.isEmpty())
        head += u' ' + first;
    if (!last.isEmpty() && last != first)
        head += QStringLiteral(" – ") + last;
    return head;
}

QString typedKey(IndicatorType type, const QString &value)
{
    return QString::fromLatin1(apiName(type)) + QLatin1Char('\n') + value.toLower();
}

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
        bool ok = false;
        if (m_cursor.peek() == '{') {
            ok = m_walk.forEachMember(1, [&](const QString &key) {
                if (key == QLatin1String("objects") && m_cursor.peek() == '[') {
                    m_sawObjects = true;
                    return m_walk.forEachElement(2, [&]() { return readObject(2); });
                }
                return m_walk.skip(1);
            });
        } else if (m_cursor.peek() == '[') {
            m_sawObjects = true;
            ok = m_walk.forEachElement(1, [&]() { return readObject(1); });
        } else {
            ok = m_walk.failWith(StixReader::tr("The file is not a STIX bundle: it must start with [ or {."));
        }
        if (ok) {
            m_cursor.skipWhitespace();
            if (m_cursor.peek() != 0)
                ok = m_walk.failWith(
                    StixReader::tr("There is text after the end of the JSON, near line %1.").arg(m_cursor.line()));
        }
        if (ok && !m_sawObjects)
            ok = m_walk.failWith(StixReader::tr("The STIX bundle has no \"objects\" array."));
        if (ok)
            ok = addObservables();
        if (!ok || m_cursor.failed()) {
            if (!m_cancelled)
                m_report.error = m_walk.failed() ? m_walk.error() : m_cursor.streamError();
            m_report.cancelled = m_cancelled;
            m_table.clear();
            return;
        }
        if (m_table.isEmpty()) {
            m_report.error = m_unsupported.isEmpty()
                                 ? StixReader::tr("The STIX bundle holds no indicators or observables.")
                                 : StixReader::tr("No pattern in the STIX bundle compares a property Defender has an "
                                                  "indicator type for: %1")
                                       .arg(listed(m_unsupported));
            return;
        }
        if (!m_unsupported.isEmpty())
            m_report.notices.append(StixReader::tr("%n STIX indicator(s) have no pattern Defender can express and were "
                                                   "not imported: %1",
                                                   nullptr, int(m_unsupported.size()))
                                        .arg(listed(m_unsupported)));
        if (!m_partial.isEmpty())
            m_report.notices.append(StixReader::tr("%n STIX pattern(s) have conditions Defender cannot express (AND "
                                                   "with other properties, other operators or qualifiers); only their "
                                                   "values were taken: %1",
                                                   nullptr, int(m_partial.size()))
                                        .arg(listed(m_partial)));
    }

private:
    static QString listed(const QStringList &ids)
    {
        constexpr int kShown = 10;
        QString text = ids.mid(0, kShown).join(QStringLiteral(", "));
        if (ids.size() > kShown)
            text += StixReader::tr(" and %n more", nullptr, int(ids.size() - kShown));
        return text;
    }

    bool readObject(int depth)
    {
        const qint64 line = m_cursor.line();
        QJsonValue v;
        if (!m_walk.value(depth, &v))
            return false;
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("indicator")) {
            if (!addIndicator(o, line))
                return false;
        } else if (type == QLatin1String("observed-data")) {
            // 2.0 holds its observables; 2.1 refers to objects of the bundle, found before or after it.
            const QString head = observedHead(o);
            const QJsonObject objects = o.value(QLatin1String("objects")).toObject();
            for (auto it = objects.begin(); it != objects.end(); ++it)
                observablesOf(it.value().toObject(), line, head, &m_observables);
            const QJsonArray refs = o.value(QLatin1String("object_refs")).toArray();
            for (const auto &ref : refs) {
                if (!m_observedHeads.contains(ref.toString()))
                    m_observedHeads.insert(ref.toString(), head);
            }
        } else {
            observablesOf(o, line, QString(), &m_observables);
        }
        return progress();
    }

    bool addIndicator(const QJsonObject &o, qint64 line)
    {
        const QString id = o.value(QLatin1String("id")).toString();
        const QString patternType = o.value(QLatin1String("pattern_type")).toString();
        if (!patternType.isEmpty() && patternType != QLatin1String("stix")) {
            m_unsupported.append(id);
            return true;
        }
        const StixReader::Pattern pattern = StixReader::parsePattern(o.value(QLatin1String("pattern")).toString());
        if (!pattern.error.isEmpty())
            return m_walk.failWith(
                StixReader::tr("The STIX indicator %1 near line %2: %3").arg(id).arg(line).arg(pattern.error));

        Indicator row;
        row[Field::Title] = o.value(QLatin1String("name")).toString().trimmed();
        row[Field::Description] = o.value(QLatin1String("description")).toString().trimmed();
        const QString validUntil = o.value(QLatin1String("valid_until")).toString();
        if (!validUntil.isEmpty()) {
            const QByteArray normal = rules::normalizedExpirationTime(validUntil.toUtf8());
            row[Field::ExpirationTime] = normal.isEmpty() ? validUntil : QString::fromLatin1(normal);
        }
        const QJsonArray phases = o.value(QLatin1String("kill_chain_phases")).toArray();
        for (const auto &phase : phases) {
            const QJsonObject p = phase.toObject();
            if (!p.value(QLatin1String("kill_chain_name")).toString().startsWith(QLatin1String("mitre")))
                continue;
            const QByteArray category =
                rules::canonicalCategory(p.value(QLatin1String("phase_name")).toString().toUtf8());
            if (!category.isEmpty() && row[Field::Category].isEmpty())
                row[Field::Category] = QString::fromLatin1(category);
        }
        QStringList techniques;
        const QJsonArray references = o.value(QLatin1String("external_references")).toArray();
        for (const auto &ref : references) {
            const QJsonObject r = ref.toObject();
            const QString externalId = r.value(QLatin1String("external_id")).toString();
            if (r.value(QLatin1String("source_name")).toString().startsWith(QLatin1String("mitre"))
                && rules::isMitreTechniqueId(externalId.toUtf8()) && !techniques.contains(externalId))
                techniques.append(externalId);
        }
        row[Field::MitreTechniques] = Indicator::joinList(techniques);

        // The indicator object as the analyst reads it: its name, its pattern (where the value is found)
        // and its description.
        const QString name = row[Field::Title];
        const QString patternText = o.value(QLatin1String("pattern")).toString().trimmed();
        QString head = name;
        if (!head.isEmpty())
            head += u'\n';
        const QString &description = row[Field::Description];
        QString context = head + patternText;
        if (!description.isEmpty())
            context += u'\n' + description;

        int added = 0;
        for (const StixReader::Comparison &c : pattern.comparisons) {
            if (c.type == IndicatorType::Unknown || c.op != QLatin1String("=") || c.value.trimmed().isEmpty())
                continue;
            if (m_table.rowCount() >= limits::kMaxRows)
                return m_walk.failWith(StixReader::tr("The file has more than %L1 indicators, more than this tool "
                                                      "opens at once.")
                                           .arg(limits::kMaxRows));
            row[Field::IndicatorValue] = c.value.trimmed();
            row[Field::IndicatorType] = QLatin1String(apiName(c.type));
            m_table.appendIndicator(row);
            m_table.setSourceLine(m_table.rowCount() - 1, line);
            // The value's own comparison, quoted, rather than the same text inside another one.
            const qsizetype quoted = patternText.indexOf(u'\'' + row[Field::IndicatorValue] + u'\'');
            const qsizetype at = quoted >= 0 ? quoted + 1 : patternText.indexOf(row[Field::IndicatorValue]);
            m_table.setSourceContext(m_table.rowCount() - 1, context, at < 0 ? -1 : head.size() + at,
                                     row[Field::IndicatorValue].size());
            m_fromPatterns.insert(typedKey(c.type, row[Field::IndicatorValue]));
            ++added;
        }
        if (added == 0)
            m_unsupported.append(id);
        else if (!pattern.onlyOr || added < pattern.comparisons.size())
            m_partial.append(id);
        return true;
    }

    bool addObservables()
    {
        for (const Observable &o : m_observables) {
            const QString key = typedKey(o.type, o.value);
            if (m_fromPatterns.contains(key))
                continue;
            m_fromPatterns.insert(key);
            if (m_table.rowCount() >= limits::kMaxRows)
                return m_walk.failWith(StixReader::tr("The file has more than %L1 indicators, more than this tool "
                                                      "opens at once.")
                                           .arg(limits::kMaxRows));
            Indicator row;
            row[Field::IndicatorValue] = o.value;
            row[Field::IndicatorType] = QLatin1String(apiName(o.type));
            m_table.appendIndicator(row);
            const int added = m_table.rowCount() - 1;
            m_table.setSourceLine(added, o.line);
            // Context like an indicator's: the observed-data it stands in, and the value as a comparison.
            const QString head = o.head.isEmpty() ? m_observedHeads.value(o.id) : o.head;
            QString text = head.isEmpty() ? QString() : head + u'\n';
            text += u'[' + o.path + QStringLiteral(" = '");
            const qsizetype at = text.size();
            text += o.value + QStringLiteral("']");
            m_table.setSourceContext(added, text, at, o.value.size());
        }
        return true;
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
    std::vector<Observable> m_observables;
    QHash<QString, QString> m_observedHeads; // STIX 2.1: object id -> the observed-data referring to it
    QSet<QString> m_fromPatterns;
    QStringList m_unsupported;
    QStringList m_partial;
    qint64 m_nextProgress = 0;
    bool m_sawObjects = false;
    bool m_cancelled = false;
};

} // namespace

StixReader::Pattern StixReader::parsePattern(const QString &text)
{
    Pattern result;
    // Tokens in order; a comparison is PATH OP VALUE.
    QString path;
    QString op;
    bool expectValue = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (!expectValue && c == QLatin1Char('\'')) {
            // The further members of an IN ( ... ) set.
            QString ignored;
            i = readQuoted(text, i, &ignored);
            if (i < 0) {
                result.error = tr("a quoted value never ends.");
                return result;
            }
            result.onlyOr = false;
            continue;
        }
        if (!expectValue && (c == QLatin1Char('[') || c == QLatin1Char(']'))) {
            ++i;
            continue;
        }
        if (expectValue) {
            // A literal: 'text', t'...', h'...', b'...', a number, true/false, or a ( ... ) set for IN.
            QString value;
            if (c == QLatin1Char('\'') || (i + 1 < text.size() && text[i + 1] == QLatin1Char('\'') && c.isLetter())) {
                const qsizetype end = readQuoted(text, c == QLatin1Char('\'') ? i : i + 1, &value);
                if (end < 0) {
                    result.error = tr("a quoted value never ends.");
                    return result;
                }
                if (c != QLatin1Char('\''))
                    result.onlyOr = false; // a timestamp, hex or binary literal is not an indicator value
                i = end;
            } else {
                qsizetype end = i;
                while (end < text.size() && !text[end].isSpace() && text[end] != QLatin1Char(']'))
                    ++end;
                value = text.mid(i, end - i);
                i = end;
            }
            if (result.comparisons.size() >= kMaxComparisons) {
                result.error = tr("the pattern has more than %L1 comparisons.").arg(kMaxComparisons);
                return result;
            }
            result.comparisons.append(Comparison{pathType(path), path, op, value});
            if (op != QLatin1String("="))
                result.onlyOr = false;
            expectValue = false;
            path.clear();
            op.clear();
            continue;
        }
        if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            qsizetype end = i + 1;
            while (end < text.size() && (text[end] == QLatin1Char('=')))
                ++end;
            op = text.mid(i, end - i);
            i = end;
            if (path.isEmpty()) {
                result.error = tr("an operator has no property before it.");
                return result;
            }
            expectValue = true;
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            // A word: an object path (has ':'), a keyword, or a quoted path segment after '.'.
            QString word;
            qsizetype j = i;
            while (j < text.size()) {
                if (isPathChar(text[j]) && !(text[j] == QLatin1Char(']') && !word.contains(QLatin1Char('[')))) {
                    word.append(text[j++]);
                } else if (text[j] == QLatin1Char('\'') && word.endsWith(QLatin1Char('.'))) {
                    QString segment;
                    const qsizetype end = readQuoted(text, j, &segment);
                    if (end < 0) {
                        result.error = tr("a quoted property name never ends.");
                        return result;
                    }
                    word += QLatin1Char('\'') + segment + QLatin1Char('\'');
                    j = end;
                } else {
                    break;
                }
            }
            i = j;
            if (word.contains(QLatin1Char(':'))) {
                path = word;
                continue;
            }
            const QString upper = word.toUpper();
            if (!path.isEmpty()
                && (upper == QLatin1String("LIKE") || upper == QLatin1String("MATCHES") || upper == QLatin1String("IN")
                    || upper == QLatin1String("ISSUBSET") || upper == QLatin1String("ISSUPERSET")
                    || upper == QLatin1String("NOT"))) {
                op = op.isEmpty() ? upper : op + QLatin1Char(' ') + upper;
                if (upper != QLatin1String("NOT"))
                    expectValue = true;
                continue;
            }
            if (upper == QLatin1String("OR"))
                continue;
            // AND, FOLLOWEDBY, WITHIN, REPEATS, START, STOP, TIMES, SECONDS and their numbers.
            result.onlyOr = false;
            continue;
        }
        result.error = tr("unexpected \"%1\".").arg(c);
        return result;
    }
    if (expectValue)
        result.error = tr("a comparison has no value.");
    return result;
}

void StixReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Stix;
    Reader reader(stream, table, options, report);
    reader.run();
}

} // namespace im
