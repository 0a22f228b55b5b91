// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorRequest.h"

#include "indicator/IndicatorEnums.h"
#include "indicator/ServiceLimits.h"
#include "validation/RowValidator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>

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
            for (const QJsonValue &item : array) {
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
        return QStringLiteral("could not find member '%1' on object of type 'Indicator'").arg(quoted(m_unknownProperty));
    const QString &typeError = m_typeError.isEmpty() ? m_looseType : m_typeError;
    if (!typeError.isEmpty())
        return QStringLiteral("unexpected value type for member '%1'").arg(typeError);
    return {};
}

QString IndicatorRequest::failure(const RowValidator &validator, QString *code) const
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
    std::array<QByteArray, FieldCount> storage;
    IndicatorTable::Cells cells;
    for (Field f : allFields()) {
        const auto i = static_cast<size_t>(fieldIndex(f));
        storage[i] = m_indicator[f].toUtf8();
        cells[i] = storage[i];
    }
    const IssueSet issues = validator.validate(cells);
    if (!issues.hasErrors())
        return {};
    QString text;
    issues.forEach([&](IssueCode issue) {
        if (text.isEmpty() && issueInfo(issue).severity == IssueSeverity::Error)
            text = describe(issue, m_indicator, &errorCode);
    });
    return text;
}

QString IndicatorRequest::describe(IssueCode issue, const Indicator &indicator, QString *code)
{
    const QString value = quoted(indicator[Field::IndicatorValue].trimmed());
    const IndicatorType type = parseIndicatorType(indicator[Field::IndicatorType].toUtf8());
    auto input = [code](Field f, const QString &text) {
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Invalid input %1 for %2").arg(quoted(text), QLatin1String(apiName(f)));
    };
    auto missing = [code](const char *name) {
        *code = QStringLiteral("MissingRequiredParameter");
        return QStringLiteral("Parameter %1 is missing").arg(QLatin1String(name));
    };
    auto tooLong = [code](Field f, int max) {
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Field %1 exceeds the maximum length of %2").arg(QLatin1String(apiName(f))).arg(max);
    };
    auto badValue = [&]() {
        switch (type) {
        case IndicatorType::FileMd5:
        case IndicatorType::FileSha1:
        case IndicatorType::FileSha256:
            *code = QStringLiteral("InvalidHashValue");
            return QStringLiteral("Hash value %1 is invalid").arg(value);
        case IndicatorType::CertificateThumbprint:
            *code = QStringLiteral("InvalidHashValue");
            return QStringLiteral("Certificate thumbprint %1 is invalid").arg(value);
        case IndicatorType::IpAddress:
            *code = QStringLiteral("InvalidIpAddress");
            return QStringLiteral("Ip address %1 is invalid").arg(value);
        case IndicatorType::DomainName:
            *code = QStringLiteral("InvalidDomainName");
            return QStringLiteral("Domain name %1 is invalid").arg(value);
        case IndicatorType::Url:
            *code = QStringLiteral("InvalidUrl");
            return QStringLiteral("Url %1 is invalid").arg(value);
        case IndicatorType::Unknown:
            break;
        }
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Invalid input %1").arg(value);
    };

    switch (issue) {
    case IssueCode::ValueMissing:
        // The service's own text, misspelling included (shared/spec §3.4).
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Recieved an empty indicator value.");
    case IssueCode::ValueTooLong:
        return tooLong(Field::IndicatorValue, limits::kMaxIndicatorValueLength);
    case IssueCode::IpNotPublic:
        *code = QStringLiteral("InvalidIpAddress");
        return QStringLiteral("Ip address %1 is not a public address; internal addresses cannot be indicators").arg(value);
    case IssueCode::IpCidr:
        *code = QStringLiteral("InvalidIpAddress");
        return QStringLiteral("Ip address %1 is invalid: CIDR notation is not supported").arg(value);
    case IssueCode::TypeMissing:
        return missing("indicatorType");
    case IssueCode::TypeUnknown:
        return input(Field::IndicatorType, indicator[Field::IndicatorType]);
    case IssueCode::ActionMissing:
        return missing("action");
    case IssueCode::ActionUnknown:
        return input(Field::Action, indicator[Field::Action]);
    case IssueCode::ActionNotAllowedForType:
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Action %1 is not supported for indicator type %2")
            .arg(quoted(indicator[Field::Action]), quoted(indicator[Field::IndicatorType]));
    case IssueCode::AlertInvalid:
        return input(Field::GenerateAlert, indicator[Field::GenerateAlert]);
    case IssueCode::AlertRequiredForAudit:
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("generateAlert must be true when action is Audit");
    case IssueCode::SeverityUnknown:
        return input(Field::Severity, indicator[Field::Severity]);
    case IssueCode::TitleMissing:
        return missing("title");
    case IssueCode::TitleTooLong:
        return tooLong(Field::Title, limits::kMaxTitleLength);
    case IssueCode::DescriptionMissing:
        return missing("description");
    case IssueCode::DescriptionTooLong:
        return tooLong(Field::Description, limits::kMaxDescriptionLength);
    case IssueCode::RecommendedActionsTooLong:
        return tooLong(Field::RecommendedActions, limits::kMaxRecommendedActionsLength);
    case IssueCode::ApplicationTooLong:
        return tooLong(Field::Application, limits::kMaxApplicationLength);
    case IssueCode::ExternalIdTooLong:
        return tooLong(Field::ExternalId, limits::kMaxExternalIdLength);
    case IssueCode::TitleControlChars:
    case IssueCode::DescriptionControlChars:
    case IssueCode::RecommendedActionsControlChars:
    case IssueCode::ApplicationControlChars: {
        const Field f = issueInfo(issue).field;
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("Invalid input %1: control characters are not allowed").arg(QLatin1String(apiName(f)));
    }
    case IssueCode::ExpirationInvalid:
        return input(Field::ExpirationTime, indicator[Field::ExpirationTime]);
    case IssueCode::ExpirationPast:
        *code = QStringLiteral("InvalidInput");
        return QStringLiteral("expirationTime %1 is in the past").arg(quoted(indicator[Field::ExpirationTime]));
    case IssueCode::CategoryUnknown:
        return input(Field::Category, indicator[Field::Category]);
    case IssueCode::MitreInvalid:
        return input(Field::MitreTechniques, indicator[Field::MitreTechniques]);
    case IssueCode::EducateUrlInvalid:
        return input(Field::EducateUrl, indicator[Field::EducateUrl]);
    default:
        return badValue();
    }
}

} // namespace im::sandbox
