// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/ImportResultMatcher.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace im {
namespace {

using Kind = ImportResultMatcher::RowResult::Kind;

// Ids are strings in every capture; an integral number is taken as its digits rather than failing a
// row the service did create.
bool readId(const QJsonValue &value, QString *id)
{
    if (value.isString()) {
        *id = value.toString().trimmed();
        return !id->isEmpty() && id->size() <= 256;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d < 9.0e15 && std::floor(d) == d) {
            *id = QString::number(static_cast<qint64>(d));
            return true;
        }
    }
    return false;
}

} // namespace

QString ImportResultMatcher::valueKey(const QString &indicatorValue)
{
    return indicatorValue.trimmed().toLower();
}

bool ImportResultMatcher::match(const QJsonObject &reply, const std::vector<QString> &keys,
                                std::vector<RowResult> *results, QString *problem)
{
    results->assign(keys.size(), RowResult());
    const QJsonValue value = reply.value(QLatin1String("value"));
    if (!value.isArray()) {
        *problem = value.isUndefined() ? tr("the reply has no \"value\" list of results.")
                                       : tr("\"value\" in the reply is not a list.");
        return false;
    }
    QHash<QString, int> rowOfKey;
    rowOfKey.reserve(static_cast<qsizetype>(keys.size()));
    for (size_t i = 0; i < keys.size(); ++i)
        rowOfKey.insert(keys[i], static_cast<int>(i));

    const QJsonArray items = value.toArray();
    for (const QJsonValue &itemValue : items) {
        if (!itemValue.isObject())
            continue; // cannot be tied to a row; that row stays Missing and is sent again
        const QJsonObject item = itemValue.toObject();
        const QJsonValue echo = item.value(QLatin1String("indicator"));
        if (!echo.isString())
            continue;
        const auto found = rowOfKey.constFind(valueKey(echo.toString()));
        if (found == rowOfKey.constEnd())
            continue;
        RowResult &result = (*results)[static_cast<size_t>(*found)];
        if (result.kind == Kind::Succeeded || result.kind == Kind::Failed)
            continue; // a repeated result: the first one stands

        const QJsonValue isFailed = item.value(QLatin1String("isFailed"));
        if (!isFailed.isBool()) {
            result.kind = Kind::Malformed;
            result.reason = tr("the service's result for this row has no true/false \"isFailed\".");
            continue;
        }
        if (isFailed.toBool()) {
            const QJsonValue reason = item.value(QLatin1String("failureReason"));
            if (!reason.isString() && !reason.isNull() && !reason.isUndefined()) {
                result.kind = Kind::Malformed;
                result.reason = tr("the service's failure reason for this row is not text.");
                continue;
            }
            result.kind = Kind::Failed;
            result.reason = reason.toString();
            if (result.reason.isEmpty())
                result.reason = tr("The service marked the row as failed without giving a reason.");
            continue;
        }
        QString id;
        if (!readId(item.value(QLatin1String("id")), &id)) {
            result.kind = Kind::Malformed;
            result.reason = tr("the service reported success for this row without a usable indicator id.");
            continue;
        }
        result.kind = Kind::Succeeded;
        result.id = id;
    }
    return true;
}

} // namespace im
