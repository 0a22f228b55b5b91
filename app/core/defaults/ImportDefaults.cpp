// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/defaults/ImportDefaults.h"

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/validation/ValueRules.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

namespace im {
namespace {

constexpr QLatin1String kPresetsGroup("importDefaults/presets");

bool fieldByName(const QString &name, Field *out)
{
    const QString key = name.trimmed().toLower();
    struct Alias
    {
        const char *name;
        Field field;
    };
    static constexpr Alias aliases[] = {
        {"expiration", Field::ExpirationTime},   {"expires", Field::ExpirationTime},
        {"devicegroups", Field::RbacGroupNames}, {"rbacgroups", Field::RbacGroupNames},
        {"mitre", Field::MitreTechniques},       {"alert", Field::GenerateAlert},
    };
    for (const Alias &a : aliases) {
        if (key == QLatin1String(a.name)) {
            *out = a.field;
            return true;
        }
    }
    for (Field f : ImportDefaults::fields()) {
        if (key == QString::fromLatin1(apiName(f)).toLower()) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString fill(QString text, const QString &source, const IndicatorTable &table, int row)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    text.replace(QLatin1String("{source}"), source);
    text.replace(QLatin1String("{type}"), table.text(row, Field::IndicatorType));
    text.replace(QLatin1String("{value}"), table.text(row, Field::IndicatorValue));
    text.replace(QLatin1String("{line}"), QString::number(table.sourceLine(row)));
    text.replace(QLatin1String("{page}"), QString::number(table.sourcePage(row)));
    if (text.contains(QLatin1String("{context}")))
        text.replace(QLatin1String("{context}"), table.sourceContext(row).text);
    return text;
}

} // namespace

const QList<Field> &ImportDefaults::fields()
{
    static const QList<Field> kFields = {
        Field::Action,        Field::Severity,       Field::Title,    Field::Description,        Field::ExpirationTime,
        Field::GenerateAlert, Field::RbacGroupNames, Field::Category, Field::RecommendedActions, Field::MitreTechniques,
    };
    return kFields;
}

bool ImportDefaults::set(const QString &fieldName, const QString &rawValue, QString *error)
{
    Field field;
    if (!fieldByName(fieldName, &field)) {
        QStringList names;
        for (Field f : fields())
            names.append(QString::fromLatin1(apiName(f)));
        *error = tr("\"%1\" takes no default. Give one of: %2.").arg(fieldName, names.join(QStringLiteral(", ")));
        return false;
    }
    const QString value = rawValue.trimmed();
    if (value.isEmpty()) {
        m_values.remove(field);
        return true;
    }
    QString canonical = value;
    switch (field) {
    case Field::Action: {
        const Action a = parseActionCaseInsensitive(value.toUtf8());
        if (a == Action::Unknown) {
            *error = tr("\"%1\" is not an action.").arg(value);
            return false;
        }
        canonical = QString::fromLatin1(apiName(a));
        break;
    }
    case Field::Severity: {
        const Severity s = parseSeverityCaseInsensitive(value.toUtf8());
        if (s == Severity::Unknown) {
            *error = tr("\"%1\" is not a severity.").arg(value);
            return false;
        }
        canonical = QString::fromLatin1(apiName(s));
        break;
    }
    case Field::GenerateAlert:
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
            && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0) {
            *error = tr("Generate alert is true or false, not \"%1\".").arg(value);
            return false;
        }
        canonical = value.toLower();
        break;
    case Field::Category: {
        const QByteArray c = rules::canonicalCategory(value.toUtf8());
        if (c.isEmpty()) {
            *error = tr("\"%1\" is not a category.").arg(value);
            return false;
        }
        canonical = QString::fromLatin1(c);
        break;
    }
    case Field::ExpirationTime:
        canonical = canonicalExpiration(value, error);
        if (canonical.isEmpty())
            return false;
        break;
    default: break;
    }
    m_values.insert(field, canonical);
    return true;
}

bool ImportDefaults::setAssignment(const QString &assignment, QString *error)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = tr("--set takes FIELD=VALUE, not \"%1\".").arg(assignment);
        return false;
    }
    return set(assignment.left(eq), assignment.mid(eq + 1), error);
}

QJsonObject ImportDefaults::toJson() const
{
    QJsonObject object;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(QString::fromLatin1(apiName(it.key())), it.value());
    return object;
}

std::optional<ImportDefaults> ImportDefaults::fromJson(const QJsonObject &object, QString *error)
{
    ImportDefaults d;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString text;
        if (it.value().isBool())
            text = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it.value().isArray())
            text = it.value().toVariant().toStringList().join(QStringLiteral(","));
        else if (it.value().isDouble())
            text = QString::number(it.value().toDouble());
        else
            text = it.value().toString();
        if (!d.set(it.key(), text, error))
            return std::nullopt;
    }
    return d;
}

std::optional<ImportDefaults> ImportDefaults::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The defaults file \"%1\" cannot be opened: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024LL * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The defaults file \"%1\" is not a JSON object of FIELD: VALUE.").arg(path);
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QString ImportDefaults::canonicalExpiration(const QString &value, QString *error)
{
    static const QRegularExpression days(QStringLiteral("^(\\d{1,5})\\s*d(ays?)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = value.trimmed();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("none");
    if (const auto m = days.match(trimmed); m.hasMatch())
        return m.captured(1) + QLatin1Char('d');
    const QByteArray normal = rules::normalizedExpirationTime(trimmed.toUtf8());
    if (normal.isEmpty() && error) {
        *error = tr("The expiration is a number of days (30d), none, or a date and time such as "
                    "2027-01-31T00:00:00Z, not \"%1\".")
                     .arg(value);
    }
    return QString::fromLatin1(normal);
}

QString ImportDefaults::expirationCell(const QString &canonical, qint64 nowMsecs)
{
    if (canonical.isEmpty() || canonical == QLatin1String("none"))
        return QString();
    if (!canonical.endsWith(QLatin1Char('d')))
        return canonical;
    const QDateTime now =
        nowMsecs != 0 ? QDateTime::fromMSecsSinceEpoch(nowMsecs, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return now.addDays(canonical.chopped(1).toInt()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

namespace {

// The defaults with a relative expiration turned into a date-time.
QMap<Field, QString> resolved(QMap<Field, QString> fixed, qint64 nowMsecs)
{
    if (fixed.contains(Field::ExpirationTime)) {
        const QString cell = ImportDefaults::expirationCell(fixed.value(Field::ExpirationTime), nowMsecs);
        if (cell.isEmpty())
            fixed.remove(Field::ExpirationTime);
        else
            fixed.insert(Field::ExpirationTime, cell);
    }
    return fixed;
}

} // namespace

RowEdits ImportDefaults::edits(const IndicatorTable &table, const QString &source, qint64 nowMsecs) const
{
    RowEdits result;
    if (m_values.isEmpty())
        return result;
    const QMap<Field, QString> fixed = resolved(m_values, nowMsecs);
    for (int row = 0; row < table.rowCount(); ++row) {
        RowEdit edit;
        edit.row = table.rowId(row);
        for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
            if (table.cell(row, it.key()).trimmed().isEmpty())
                edit.cells.emplace_back(it.key(), fill(it.value(), source, table, row).toUtf8());
        }
        if (!edit.cells.empty())
            result.push_back(std::move(edit));
    }
    return result;
}

int ImportDefaults::rowsLackingRequired(const IndicatorTable &table)
{
    int rows = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.cell(row, Field::Action).trimmed().isEmpty() || table.cell(row, Field::Title).trimmed().isEmpty()
            || table.cell(row, Field::Description).trimmed().isEmpty())
            ++rows;
    }
    return rows;
}

int ImportDefaults::apply(IndicatorTable &table, const QString &source, qint64 nowMsecs) const
{
    if (m_values.isEmpty())
        return 0;
    const QMap<Field, QString> fixed = resolved(m_values, nowMsecs);
    int filled = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        Indicator indicator;
        bool changed = false;
        for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
            if (!table.cell(row, it.key()).trimmed().isEmpty())
                continue;
            if (!changed)
                indicator = table.indicator(row);
            changed = true;
            indicator[it.key()] = fill(it.value(), source, table, row);
            ++filled;
        }
        if (changed)
            table.setIndicator(row, indicator);
    }
    return filled;
}

namespace DefaultsPresets {

QStringList names(QSettings &settings)
{
    settings.beginGroup(kPresetsGroup);
    QStringList result = settings.childKeys();
    settings.endGroup();
    return result;
}

std::optional<ImportDefaults> load(QSettings &settings, const QString &name)
{
    const QString key = kPresetsGroup + QLatin1Char('/') + name;
    if (!settings.contains(key))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(settings.value(key).toString().toUtf8());
    QString error;
    return ImportDefaults::fromJson(doc.object(), &error);
}

void save(QSettings &settings, const QString &name, const ImportDefaults &defaults)
{
    settings.setValue(kPresetsGroup + QLatin1Char('/') + name,
                      QString::fromUtf8(QJsonDocument(defaults.toJson()).toJson(QJsonDocument::Compact)));
}

void remove(QSettings &settings, const QString &name)
{
    settings.remove(kPresetsGroup + QLatin1Char('/') + name);
}

} // namespace DefaultsPresets
} // namespace im
