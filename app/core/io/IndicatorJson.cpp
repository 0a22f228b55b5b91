// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorJson.h"

#include "core/indicator/IndicatorEnums.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace im::IndicatorJson {
namespace {

bool isListField(Field f)
{
    return f == Field::RbacGroupNames || f == Field::MitreTechniques;
}

// Properties that List and Submit responses carry but a user does not set (shared/spec §1.2).
bool isResponseOnlyKey(const QString &key)
{
    static const QStringList kKeys = {
        QStringLiteral("id"),
        QStringLiteral("sourceType"),
        QStringLiteral("source"),
        QStringLiteral("createdBySource"),
        QStringLiteral("createdBy"),
        QStringLiteral("createdByDisplayName"),
        QStringLiteral("lastUpdatedBy"),
        QStringLiteral("creationTimeDateTimeUtc"),
        QStringLiteral("lastUpdateTime"),
        QStringLiteral("rbacGroupIds"),
        QStringLiteral("bypassDurationHours"),
        QStringLiteral("notificationId"),
        QStringLiteral("notificationBody"),
        QStringLiteral("version"),
        QStringLiteral("historicalDetection"),
        QStringLiteral("lookBackPeriod"),
        QStringLiteral("additionalInfo"),
        QStringLiteral("certificateInfo"),
    };
    if (key.startsWith(QLatin1String("@odata.")))
        return true;
    for (const QString &k : kKeys) {
        if (key.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool fieldForKey(const QString &key, Field *out)
{
    for (Field f : allFields()) {
        if (key.compare(QLatin1String(apiName(f)), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

QString compactJson(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString numberText(double d)
{
    return QString::number(d, 'g', 17);
}

} // namespace

QJsonObject toJson(const Indicator &indicator)
{
    QJsonObject object;
    for (Field f : allFields()) {
        const QString &cell = indicator[f];
        if (cell.isEmpty())
            continue;
        const QString key = f == Field::ExternalId ? QLatin1String(kExternalIdRequestKey) : QLatin1String(apiName(f));
        if (f == Field::GenerateAlert) {
            const BoolCell b = parseBoolCell(cell.toUtf8());
            if (b == BoolCell::True || b == BoolCell::False)
                object.insert(key, b == BoolCell::True);
            else
                object.insert(key, cell);
        } else if (isListField(f)) {
            QJsonArray items;
            const QStringList parts = Indicator::splitList(cell);
            for (const QString &item : parts)
                items.append(item);
            object.insert(key, items);
        } else {
            object.insert(key, cell);
        }
    }
    return object;
}

ReadRow fromJson(const QJsonValue &element)
{
    ReadRow row;
    if (!element.isObject()) {
        row.notes.append(ReadNote{IssueCode::ReadNotObject, jsonTypeName(element)});
        return row;
    }
    const QJsonObject object = element.toObject();
    QStringList wrongTypes;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        Field field;
        if (!fieldForKey(key, &field)) {
            if (!isResponseOnlyKey(key))
                row.unknownKeys.append(key);
            continue;
        }
        QString &cell = row.indicator[field];
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: break;
        case QJsonValue::String: cell = v.toString(); break;
        case QJsonValue::Bool:
            cell = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (field != Field::GenerateAlert)
                wrongTypes.append(key);
            break;
        case QJsonValue::Double:
            if (field == Field::Category) {
                // Responses carry an integer category whose names are undocumented (shared/spec §1.2).
                row.notes.append(ReadNote{IssueCode::ReadUnknownCategoryNumber, numberText(v.toDouble())});
            } else {
                cell = numberText(v.toDouble());
                wrongTypes.append(key);
            }
            break;
        case QJsonValue::Array: {
            const QJsonArray items = v.toArray();
            bool allStrings = true;
            QStringList parts;
            for (const auto &item : items) {
                allStrings = allStrings && item.isString();
                parts.append(item.isString() ? item.toString() : compactJson(item));
            }
            if (isListField(field) && allStrings) {
                cell = Indicator::joinList(parts);
            } else {
                cell = compactJson(v);
                wrongTypes.append(key);
            }
            break;
        }
        case QJsonValue::Object:
            cell = compactJson(v);
            wrongTypes.append(key);
            break;
        }
    }
    if (!wrongTypes.isEmpty())
        row.notes.append(ReadNote{IssueCode::ReadWrongJsonType, wrongTypes.join(QStringLiteral(", "))});
    return row;
}

} // namespace im::IndicatorJson
