// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/RowValidator.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/ServiceLimits.h"
#include "core/validation/BenignValues.h"
#include "core/validation/TopLevelDomains.h"
#include "core/validation/ValueRules.h"

#include <QDateTime>

namespace im {

using namespace rules;

namespace {

QByteArrayView at(const IndicatorTable::Cells &cells, Field f)
{
    return cells[static_cast<size_t>(fieldIndex(f))];
}

bool isBlank(QByteArrayView text)
{
    return trimmedValue(text).isEmpty();
}

bool equalsIgnoreCase(QByteArrayView a, const char *b)
{
    const QByteArrayView bv(b);
    if (a.size() != bv.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = bv[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// Checks the common rules of a free-text column.
void checkText(QByteArrayView text, int maxLength, bool multiLine, IssueCode tooLong, IssueCode control,
               IssueSet &issues)
{
    if (text.isEmpty())
        return;
    if (text.size() > maxLength && utf16Length(text) > maxLength) // bytes >= UTF-16 units
        issues.insert(tooLong);
    if (hasControlCharacters(text, multiLine))
        issues.insert(control);
}

bool isHttpUrlWithValidHost(QByteArrayView text)
{
    UrlParts parts;
    if (!splitUrl(text, &parts))
        return false;
    if (!equalsIgnoreCase(parts.scheme, "http") && !equalsIgnoreCase(parts.scheme, "https"))
        return false;
    for (char c : text) {
        if (static_cast<unsigned char>(c) <= 0x20)
            return false;
    }
    return isValidHostName(parts.host) || parseIpv4(parts.host).has_value()
           || (parts.bracketedHost && parseIpv6(parts.host).has_value());
}

} // namespace

QByteArrayView trimmedValue(QByteArrayView value)
{
    qsizetype b = 0;
    qsizetype e = value.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (b < e && isSpace(value[b]))
        ++b;
    while (e > b && isSpace(value[e - 1]))
        --e;
    return value.sliced(b, e - b);
}

RowValidator::RowValidator(qint64 nowMsecs)
    : m_now(nowMsecs)
{
}

qint64 RowValidator::currentTime()
{
    return QDateTime::currentMSecsSinceEpoch();
}

IssueSet RowValidator::validate(const IndicatorTable::Cells &cells) const
{
    IssueSet issues;

    const QByteArrayView typeText = at(cells, Field::IndicatorType);
    const IndicatorType type = parseIndicatorType(typeText);
    if (isBlank(typeText))
        issues.insert(IssueCode::TypeMissing);
    else if (type == IndicatorType::Unknown)
        issues.insert(IssueCode::TypeUnknown);

    const QByteArrayView rawValue = at(cells, Field::IndicatorValue);
    const QByteArrayView value = trimmedValue(rawValue);
    if (value.isEmpty()) {
        issues.insert(IssueCode::ValueMissing);
    } else {
        if (value.size() != rawValue.size())
            issues.insert(IssueCode::ValueWhitespace);
        if (value.size() > limits::kMaxIndicatorValueLength && utf16Length(value) > limits::kMaxIndicatorValueLength)
            issues.insert(IssueCode::ValueTooLong);
        else if (looksDefanged(value))
            issues.insert(IssueCode::ValueDefanged);
        else if (hasControlCharacters(value, false))
            issues.insert(IssueCode::ValueControlChars);
        else if (type != IndicatorType::Unknown)
            checkValue(type, value, issues);
        if (type != IndicatorType::Unknown && BenignValues::instance().contains(type, value))
            issues.insert(IssueCode::ValueWellKnownBenign);
    }

    const QByteArrayView actionText = at(cells, Field::Action);
    const Action action = parseAction(actionText);
    if (isBlank(actionText)) {
        issues.insert(IssueCode::ActionMissing);
    } else if (action == Action::Unknown) {
        issues.insert(IssueCode::ActionUnknown);
    } else {
        if (isLegacyAction(action))
            issues.insert(IssueCode::ActionLegacy);
        if (!isActionAllowedForType(action, type))
            issues.insert(IssueCode::ActionNotAllowedForType);
    }

    const BoolCell alert = parseBoolCell(at(cells, Field::GenerateAlert));
    if (alert == BoolCell::Invalid)
        issues.insert(IssueCode::AlertInvalid);
    else if (action == Action::Audit && alert != BoolCell::True)
        issues.insert(IssueCode::AlertRequiredForAudit);

    const QByteArrayView severityText = at(cells, Field::Severity);
    const Severity severity = parseSeverity(severityText);
    if (!severityText.isEmpty() && severity == Severity::Unknown)
        issues.insert(IssueCode::SeverityUnknown);
    else if (action == Action::Block && alert == BoolCell::True && severity != Severity::Unknown
             && severity != Severity::Informational)
        issues.insert(IssueCode::SeverityIgnoredForBlock); // shared/spec §11 "Alerts": the alert is generic

    const QByteArrayView title = at(cells, Field::Title);
    if (isBlank(title))
        issues.insert(IssueCode::TitleMissing);
    checkText(title, limits::kMaxTitleLength, false, IssueCode::TitleTooLong, IssueCode::TitleControlChars, issues);

    const QByteArrayView description = at(cells, Field::Description);
    if (isBlank(description))
        issues.insert(IssueCode::DescriptionMissing);
    checkText(description, limits::kMaxDescriptionLength, true, IssueCode::DescriptionTooLong,
              IssueCode::DescriptionControlChars, issues);
    checkText(at(cells, Field::RecommendedActions), limits::kMaxRecommendedActionsLength, true,
              IssueCode::RecommendedActionsTooLong, IssueCode::RecommendedActionsControlChars, issues);
    checkText(at(cells, Field::Application), limits::kMaxApplicationLength, false, IssueCode::ApplicationTooLong,
              IssueCode::ApplicationControlChars, issues);
    // The texts alerts show, and so the ones exported to spreadsheets by whoever reads the alerts. A
    // formula sign as the first visible character, not a leading line break, makes the warning.
    if (startsLikeFormula(trimmedValue(title)))
        issues.insert(IssueCode::TitleFormula);
    if (startsLikeFormula(trimmedValue(description)))
        issues.insert(IssueCode::DescriptionFormula);
    if (startsLikeFormula(trimmedValue(at(cells, Field::RecommendedActions))))
        issues.insert(IssueCode::RecommendedActionsFormula);
    const QByteArrayView externalId = at(cells, Field::ExternalId);
    if (externalId.size() > limits::kMaxExternalIdLength && utf16Length(externalId) > limits::kMaxExternalIdLength)
        issues.insert(IssueCode::ExternalIdTooLong);

    const QByteArrayView expiration = at(cells, Field::ExpirationTime);
    if (!expiration.isEmpty()) {
        const auto when = parseExpirationTime(expiration);
        if (!when)
            issues.insert(IssueCode::ExpirationInvalid);
        else if (*when <= m_now)
            issues.insert(IssueCode::ExpirationPast);
    }

    const QByteArrayView groups = at(cells, Field::RbacGroupNames);
    if (!groups.isEmpty()) {
        qsizetype start = 0;
        while (start <= groups.size()) {
            qsizetype end = groups.indexOf(',', start);
            if (end < 0)
                end = groups.size();
            if (trimmedValue(groups.sliced(start, end - start)).isEmpty()) {
                issues.insert(IssueCode::RbacEmptyName);
                break;
            }
            start = end + 1;
        }
    }

    const QByteArrayView category = at(cells, Field::Category);
    if (!category.isEmpty() && !isKnownCategory(category))
        issues.insert(IssueCode::CategoryUnknown);

    const QByteArrayView techniques = at(cells, Field::MitreTechniques);
    if (!techniques.isEmpty()) {
        qsizetype start = 0;
        while (start <= techniques.size()) {
            qsizetype end = techniques.indexOf(',', start);
            if (end < 0)
                end = techniques.size();
            if (!isMitreTechniqueId(trimmedValue(techniques.sliced(start, end - start)))) {
                issues.insert(IssueCode::MitreInvalid);
                break;
            }
            start = end + 1;
        }
        if (isBlank(category) || category == QByteArrayView("None"))
            issues.insert(IssueCode::MitreWithoutCategory);
    }

    const QByteArrayView educateUrl = at(cells, Field::EducateUrl);
    if (!educateUrl.isEmpty()) {
        if (!isHttpUrlWithValidHost(educateUrl))
            issues.insert(IssueCode::EducateUrlInvalid);
        const Action current = currentActionFor(action);
        if (type != IndicatorType::Url || (current != Action::Block && current != Action::Warn))
            issues.insert(IssueCode::EducateUrlIgnored);
    }
    return issues;
}

void RowValidator::checkValue(IndicatorType type, QByteArrayView value, IssueSet &issues) const
{
    switch (type) {
    case IndicatorType::FileMd5:
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256: checkHash(type, value, issues); return;
    case IndicatorType::CertificateThumbprint: checkCertificate(value, issues); return;
    case IndicatorType::IpAddress: checkIp(value, issues); return;
    case IndicatorType::DomainName: checkDomain(value, issues); return;
    case IndicatorType::Url: checkUrl(value, issues); return;
    case IndicatorType::Unknown: return;
    }
}

void RowValidator::checkHash(IndicatorType type, QByteArrayView value, IssueSet &issues) const
{
    if (isHex(value) && value.size() == hashLength(type)) {
        if (hasUppercaseHex(value))
            issues.insert(IssueCode::HashUppercase);
        return;
    }
    const IndicatorType inferred = inferType(value);
    if (!isHex(value)) {
        issues.insert(inferred != IndicatorType::Unknown && inferred != type ? IssueCode::ValueTypeMismatch
                                                                             : IssueCode::HashNotHex);
        return;
    }
    issues.insert(isFileHashType(inferred) ? IssueCode::ValueTypeMismatch : IssueCode::HashLength);
}

void RowValidator::checkCertificate(QByteArrayView value, IssueSet &issues) const
{
    // Our choice: the SHA-1 thumbprint (40 hex digits) that public clients send (shared/spec §2).
    if (isHex(value) && value.size() == 40) {
        if (hasUppercaseHex(value))
            issues.insert(IssueCode::HashUppercase);
        return;
    }
    issues.insert(IssueCode::CertificateInvalid);
}

void RowValidator::checkIp(QByteArrayView value, IssueSet &issues) const
{
    if (looksLikeCidr(value)) {
        issues.insert(IssueCode::IpCidr);
        return;
    }
    if (looksLikeIpRange(value)) {
        issues.insert(IssueCode::IpRange);
        return;
    }
    bool leadingZero = false;
    if (const auto v4 = parseIpv4(value, &leadingZero)) {
        if (leadingZero)
            issues.insert(IssueCode::IpV4LeadingZero);
        else if (nonPublicRangeIpv4(*v4))
            issues.insert(IssueCode::IpNotPublic);
        return;
    }
    if (const auto v6 = parseIpv6(value)) {
        if (v6->compressed)
            issues.insert(IssueCode::IpV6Compressed);
        if (nonPublicRangeIpv6(*v6))
            issues.insert(IssueCode::IpNotPublic);
        return;
    }
    const IndicatorType inferred = inferType(value);
    issues.insert(inferred != IndicatorType::Unknown ? IssueCode::ValueTypeMismatch : IssueCode::IpInvalid);
}

void RowValidator::checkDomain(QByteArrayView value, IssueSet &issues) const
{
    if (value.indexOf(QByteArrayView("://")) >= 0 || value.indexOf('/') >= 0) {
        issues.insert(IssueCode::DomainIsUrl);
        return;
    }
    if (value.indexOf('*') >= 0) {
        issues.insert(IssueCode::DomainWildcard);
        return;
    }
    QByteArrayView host = value;
    if (host.endsWith('.')) {
        issues.insert(IssueCode::DomainTrailingDot);
        host.chop(1);
    }
    if (parseIpv4(host) || parseIpv6(host)) {
        issues.insert(IssueCode::ValueTypeMismatch);
        return;
    }
    if (!isValidHostName(host)) {
        const IndicatorType inferred = inferType(host);
        issues.insert(isFileHashType(inferred) ? IssueCode::ValueTypeMismatch : IssueCode::DomainInvalid);
        return;
    }
    if (!hasKnownTopLevelDomain(host))
        issues.insert(IssueCode::DomainUnknownTopLevel);
}

void RowValidator::checkUrl(QByteArrayView value, IssueSet &issues) const
{
    for (char c : value) {
        if (c == ' ') {
            issues.insert(IssueCode::UrlInvalid);
            return;
        }
    }
    UrlParts parts;
    if (!splitUrl(value, &parts)) {
        issues.insert(IssueCode::UrlInvalid);
        return;
    }
    if (parts.scheme.isEmpty()) {
        const IndicatorType inferred = inferType(value);
        issues.insert(inferred == IndicatorType::IpAddress || isFileHashType(inferred) ? IssueCode::ValueTypeMismatch
                                                                                       : IssueCode::UrlSchemeMissing);
        return;
    }
    if (!equalsIgnoreCase(parts.scheme, "http") && !equalsIgnoreCase(parts.scheme, "https")) {
        issues.insert(IssueCode::UrlSchemeUnsupported);
        return;
    }
    if (parts.host.indexOf('*') >= 0) {
        issues.insert(IssueCode::UrlWildcard);
        return;
    }
    const bool hostOk = parts.bracketedHost ? parseIpv6(parts.host).has_value()
                                            : (isValidHostName(parts.host) || parseIpv4(parts.host).has_value());
    if (!hostOk) {
        issues.insert(IssueCode::UrlHostInvalid);
        return;
    }
    if (!parts.port.isEmpty()) {
        bool ok = parts.port.size() <= 5;
        int port = 0;
        for (char c : parts.port) {
            ok = ok && c >= '0' && c <= '9';
            if (!ok)
                break; // a longer port would overflow port
            port = port * 10 + (c - '0');
        }
        if (!ok || port < 1 || port > 65535) {
            issues.insert(IssueCode::UrlInvalid);
            return;
        }
    }
    if (!parts.userInfo.isEmpty())
        issues.insert(IssueCode::UrlCredentials);
}

} // namespace im
