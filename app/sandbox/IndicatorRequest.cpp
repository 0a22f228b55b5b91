// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorRequest.h"

#include "sandbox/ServiceRowRules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace im::sandbox {
namespace {

bool isListField(Field f)
{
    return f == Field::RbacGroupNames || f == Field::MitreTechniques;
}

// Values quoted in failure texts are cut, as a service would not echo a megabyte back.
QString quoted(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("...") : text;
}

} // namespace

IndicatorRequest IndicatorRequest::read(const QJsonValue &element)
{
    IndicatorRequest request;
    if (!element.isObject())
        return request;
    request.m_isObject = true;
    const QJsonObject object = element.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        Field field;
        if (key == "externalID" || key == "externalId") {
            field = Field::ExternalId;
        } else if (!fieldFromApiName(key.constData(), key.size(), &field)) {
            if (request.m_unknownProperty.isEmpty())
                request.m_unknownProperty = it.key();
            continue; // unknown, or a known name in the wrong case
        }
        const QJsonValue v = it.value();
        QString &cell = request.m_indicator[field];
        if (v.isNull())
            continue;
        if (field == Field::Category && v.isDouble())
            continue; // the integer a List response carries; not kept (see choices::kResponseCategory)
        if (field == Field::GenerateAlert && v.isBool()) {
            cell = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            continue;
        }
        if (field == Field::GenerateAlert && request.m_looseType.isEmpty())
            request.m_looseType = it.key(); // text where a boolean belongs: the lenient reading judges it
        if (isListField(field) && v.isArray()) {
            QStringList items;
            const QJsonArray array = v.toArray();
            bool allStrings = true;
            for (const auto &item : array) {
                allStrings = allStrings && item.isString();
                items.append(item.toString());
            }
            if (!allStrings && request.m_typeError.isEmpty())
                request.m_typeError = it.key();
            cell = items.join(u',');
            continue;
        }
        if (!v.isString()) {
            if (request.m_typeError.isEmpty())
                request.m_typeError = it.key();
            continue;
        }
        cell = v.toString();
    }
    request.m_echo = request.m_indicator[Field::IndicatorValue];
    return request;
}

QString IndicatorRequest::strictProblem() const
{
    if (!m_isObject)
        return QStringLiteral("an indicator is not an object");
    if (!m_unknownProperty.isEmpty())
        return QStringLiteral("could not find member '%1' on object of type 'Indicator'")
            .arg(quoted(m_unknownProperty));
    const QString &typeError = m_typeError.isEmpty() ? m_looseType : m_typeError;
    if (!typeError.isEmpty())
        return QStringLiteral("unexpected value type for member '%1'").arg(typeError);
    return {};
}

QString IndicatorRequest::failure(qint64 nowMs, QString *code) const
{
    QString unused;
    QString &errorCode = code ? *code : unused;
    if (!m_isObject) {
        errorCode = QStringLiteral("InvalidRequestBody");
        return QStringLiteral("Request body is incorrect");
    }
    if (!m_typeError.isEmpty()) {
        errorCode = QStringLiteral("InvalidInput");
        return QStringLiteral("Invalid input %1").arg(m_typeError);
    }
    const RowVerdict verdict = judgeRow(m_indicator, nowMs);
    errorCode = verdict.code;
    return verdict.reason;
}

} // namespace im::sandbox
