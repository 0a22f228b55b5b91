// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/Fixes.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/validation/BenignValues.h"
#include "core/validation/RowValidator.h"
#include "core/validation/TopLevelDomains.h"
#include "core/validation/ValueRules.h"

namespace im {

using namespace rules;

namespace {

QByteArrayView at(const IndicatorTable::Cells &cells, Field f)
{
    return cells[static_cast<size_t>(fieldIndex(f))];
}

QByteArray bytes(QByteArrayView view)
{
    return QByteArray(view.data(), view.size());
}

Fix makeFix(const QString &label, Field field, const QByteArray &value)
{
    Fix fix;
    fix.label = label;
    fix.edits.emplace_back(field, value);
    return fix;
}

QString quoted(const QByteArray &text)
{
    return QString::fromUtf8(text);
}

// Maps each item of a comma list through fn; returns empty when an item cannot be mapped.
template<typename Fn>
QByteArray mapList(QByteArrayView list, Fn fn, bool *ok)
{
    QByteArray out;
    *ok = true;
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        const QByteArrayView item = trimmedValue(list.sliced(start, end - start));
        if (!item.isEmpty()) {
            const QByteArray mapped = fn(item);
            if (mapped.isEmpty())
                *ok = false;
            if (!out.isEmpty())
                out.append(',');
            out.append(mapped);
        }
        start = end + 1;
    }
    return out;
}

std::optional<Fix> changeTypeTo(IndicatorType type)
{
    if (type == IndicatorType::Unknown)
        return std::nullopt;
    return makeFix(Fixes::tr("Change the type to %1").arg(QString::fromLatin1(apiName(type))), Field::IndicatorType,
                   QByteArray(apiName(type)));
}

} // namespace

QList<ReadNote> Fix::readNotesAfter() const
{
    if (checkedBenignValue.isEmpty())
        return {};
    return {ReadNote{IssueCode::ValueWellKnownBenign, QString::fromUtf8(checkedBenignValue)}};
}

bool Fixes::canFix(IssueCode code)
{
    switch (code) {
    case IssueCode::ValueMissing:
    case IssueCode::ValueTooLong:
    case IssueCode::HashLength:
    case IssueCode::HashNotHex:
    case IssueCode::IpInvalid:
    case IssueCode::IpCidr:
    case IssueCode::IpRange:
    case IssueCode::IpNotPublic:
    case IssueCode::DomainInvalid:
    case IssueCode::UrlInvalid:
    case IssueCode::UrlSchemeUnsupported:
    case IssueCode::UrlHostInvalid:
    case IssueCode::UrlWildcard:
    case IssueCode::UrlCredentials:
    case IssueCode::RowDuplicate:
    case IssueCode::RowConflict:
    case IssueCode::ActionMissing:
    case IssueCode::ActionNotAllowedForType:
    case IssueCode::TitleMissing:
    case IssueCode::TitleTooLong:
    case IssueCode::DescriptionMissing:
    case IssueCode::DescriptionTooLong:
    case IssueCode::RecommendedActionsTooLong:
    case IssueCode::ApplicationTooLong:
    case IssueCode::ExternalIdTooLong:
    case IssueCode::ExpirationPast:
    case IssueCode::EducateUrlInvalid:
    case IssueCode::EducateUrlIgnored:
    case IssueCode::MitreWithoutCategory:
    case IssueCode::DomainUnknownTopLevel:
    case IssueCode::RowAllowAndBlock:
    case IssueCode::RowAllowUnderCertificateBlock:
    case IssueCode::Count: return false;
    default: return true;
    }
}

std::optional<Fix> Fixes::suggest(const IndicatorTable::Cells &cells, IssueCode code)
{
    const QByteArrayView rawValue = at(cells, Field::IndicatorValue);
    const QByteArrayView value = trimmedValue(rawValue);

    switch (code) {
    case IssueCode::ValueWhitespace:
        return makeFix(tr("Trim the spaces around the value"), Field::IndicatorValue, bytes(value));
    case IssueCode::ValueDefanged: {
        const QByteArray refanged = refang(value);
        return makeFix(tr("Restore the value to %1").arg(quoted(refanged)), Field::IndicatorValue, refanged);
    }
    case IssueCode::ValueControlChars: {
        const QByteArray stripped = stripControlCharacters(value, false);
        return makeFix(tr("Remove the invisible characters"), Field::IndicatorValue, stripped);
    }
    case IssueCode::ValueTypeMismatch: return changeTypeTo(inferType(value));
    case IssueCode::HashUppercase:
        return makeFix(tr("Write the hash in lower case"), Field::IndicatorValue, bytes(value).toLower());
    case IssueCode::CertificateInvalid: {
        QByteArray compact;
        for (char c : value) {
            if (c != ':' && c != ' ' && c != '-')
                compact.append(c);
        }
        if (isHex(compact) && compact.size() == 40)
            return makeFix(tr("Remove the separators from the thumbprint"), Field::IndicatorValue, compact.toLower());
        return std::nullopt;
    }
    case IssueCode::IpV6Compressed: {
        const auto v6 = parseIpv6(value);
        if (!v6)
            return std::nullopt;
        const QByteArray full = fullFormIpv6(*v6);
        return makeFix(tr("Write the address in full form: %1").arg(quoted(full)), Field::IndicatorValue, full);
    }
    case IssueCode::IpV4LeadingZero: {
        QByteArray out;
        const auto parts = bytes(value).split('.');
        for (const QByteArray &part : parts) {
            if (!out.isEmpty())
                out.append('.');
            out.append(QByteArray::number(part.toInt()));
        }
        if (!parseIpv4(out))
            return std::nullopt;
        return makeFix(tr("Remove the leading zeros: %1").arg(quoted(out)), Field::IndicatorValue, out);
    }
    case IssueCode::DomainWildcard: {
        QByteArray host = bytes(value);
        while (host.startsWith("*."))
            host.remove(0, 2);
        if (host.contains('*') || !isValidHostName(host))
            return std::nullopt;
        return makeFix(tr("Remove the wildcard: %1").arg(quoted(host)), Field::IndicatorValue, host);
    }
    case IssueCode::DomainIsUrl: {
        UrlParts parts;
        if (splitUrl(value, &parts) && (parts.rest.isEmpty() || parts.rest == QByteArrayView("/"))
            && isValidHostName(parts.host)) {
            const QByteArray host = bytes(parts.host);
            return makeFix(tr("Keep only the host name: %1").arg(quoted(host)), Field::IndicatorValue, host);
        }
        if (parts.scheme.isEmpty()) {
            // Url without a scheme would be the next error: change both at once.
            Fix fix = makeFix(tr("Change the type to Url and add http:// in front"), Field::IndicatorType,
                              QByteArray(apiName(IndicatorType::Url)));
            fix.edits.emplace_back(Field::IndicatorValue, "http://" + bytes(value));
            return fix;
        }
        return changeTypeTo(IndicatorType::Url);
    }
    case IssueCode::DomainTrailingDot: {
        QByteArray host = bytes(value);
        while (host.endsWith('.'))
            host.chop(1);
        return makeFix(tr("Remove the trailing dot"), Field::IndicatorValue, host);
    }
    case IssueCode::UrlSchemeMissing: {
        UrlParts parts;
        if (splitUrl(value, &parts) && parts.rest.isEmpty() && parts.port.isEmpty() && isValidHostName(parts.host)
            && hasKnownTopLevelDomain(parts.host))
            return changeTypeTo(IndicatorType::DomainName);
        const QByteArray withScheme = "http://" + bytes(value);
        return makeFix(tr("Add http:// in front"), Field::IndicatorValue, withScheme);
    }
    case IssueCode::TypeMissing:
    case IssueCode::TypeUnknown: {
        const IndicatorType caseFixed =
            parseIndicatorTypeCaseInsensitive(trimmedValue(at(cells, Field::IndicatorType)));
        if (caseFixed != IndicatorType::Unknown)
            return changeTypeTo(caseFixed);
        const IndicatorType inferred = inferType(value);
        // A row typed as a file name ("Filename", "FilePath") names a file whatever its value looks like:
        // Defender has no such indicator, and only a hash of the file may replace it.
        if (bytes(at(cells, Field::IndicatorType)).toLower().contains("file") && !isFileHashType(inferred))
            return std::nullopt;
        return changeTypeTo(inferred);
    }
    case IssueCode::ActionUnknown: {
        const Action fixed = parseActionCaseInsensitive(trimmedValue(at(cells, Field::Action)));
        if (fixed == Action::Unknown)
            return std::nullopt;
        return makeFix(tr("Use the action %1").arg(QString::fromLatin1(apiName(fixed))), Field::Action,
                       QByteArray(apiName(fixed)));
    }
    case IssueCode::ActionLegacy: {
        const Action legacy = parseAction(at(cells, Field::Action));
        const Action current = currentActionFor(legacy);
        Fix fix = makeFix(tr("Use the current action %1").arg(QString::fromLatin1(apiName(current))), Field::Action,
                          QByteArray(apiName(current)));
        // Alert was Audit with an alert; AlertAndBlock is taken as BlockAndRemediate with an alert
        // (shared/spec §11 "Legacy AlertAndBlock"), so both keep the alert they had.
        if (legacy == Action::Alert || legacy == Action::AlertAndBlock)
            fix.edits.emplace_back(Field::GenerateAlert, QByteArray("true"));
        return fix;
    }
    case IssueCode::AlertRequiredForAudit:
        return makeFix(tr("Set Generate alert to true"), Field::GenerateAlert, QByteArray("true"));
    case IssueCode::AlertInvalid: {
        const QByteArray text = bytes(trimmedValue(at(cells, Field::GenerateAlert))).toLower();
        if (text == "yes" || text == "1" || text == "y" || text == "on" || text == "true")
            return makeFix(tr("Set Generate alert to true"), Field::GenerateAlert, QByteArray("true"));
        if (text == "no" || text == "0" || text == "n" || text == "off" || text == "false")
            return makeFix(tr("Set Generate alert to false"), Field::GenerateAlert, QByteArray("false"));
        return std::nullopt;
    }
    case IssueCode::SeverityUnknown: {
        const Severity fixed = parseSeverityCaseInsensitive(trimmedValue(at(cells, Field::Severity)));
        if (fixed == Severity::Unknown)
            return std::nullopt;
        return makeFix(tr("Use the severity %1").arg(QString::fromLatin1(apiName(fixed))), Field::Severity,
                       QByteArray(apiName(fixed)));
    }
    case IssueCode::SeverityIgnoredForBlock:
        return makeFix(tr("Use the severity Informational"), Field::Severity, QByteArray("Informational"));
    case IssueCode::TitleControlChars:
        return makeFix(tr("Remove the invisible characters"), Field::Title,
                       stripControlCharacters(at(cells, Field::Title), false));
    case IssueCode::DescriptionControlChars:
        return makeFix(tr("Remove the invisible characters"), Field::Description,
                       stripControlCharacters(at(cells, Field::Description), true));
    case IssueCode::RecommendedActionsControlChars:
        return makeFix(tr("Remove the invisible characters"), Field::RecommendedActions,
                       stripControlCharacters(at(cells, Field::RecommendedActions), true));
    case IssueCode::ApplicationControlChars:
        return makeFix(tr("Remove the invisible characters"), Field::Application,
                       stripControlCharacters(at(cells, Field::Application), false));
    case IssueCode::ExpirationInvalid: {
        const QByteArray normalized = normalizedExpirationTime(at(cells, Field::ExpirationTime));
        if (normalized.isEmpty())
            return std::nullopt;
        return makeFix(tr("Use %1 (UTC)").arg(quoted(normalized)), Field::ExpirationTime, normalized);
    }
    case IssueCode::RbacEmptyName: {
        bool ok = true;
        const QByteArray list = mapList(
            at(cells, Field::RbacGroupNames), [](QByteArrayView item) { return bytes(item); }, &ok);
        return makeFix(tr("Remove the empty group names"), Field::RbacGroupNames, list);
    }
    case IssueCode::CategoryUnknown: {
        const QByteArray canonical = canonicalCategory(at(cells, Field::Category));
        if (canonical.isEmpty())
            return std::nullopt;
        return makeFix(tr("Use the category %1").arg(quoted(canonical)), Field::Category, canonical);
    }
    case IssueCode::MitreInvalid: {
        bool ok = true;
        const QByteArray list = mapList(
            at(cells, Field::MitreTechniques),
            [](QByteArrayView item) {
                QByteArray upper = bytes(item).toUpper();
                return isMitreTechniqueId(upper) ? upper : QByteArray();
            },
            &ok);
        if (!ok)
            return std::nullopt;
        return makeFix(tr("Write the techniques as %1").arg(quoted(list)), Field::MitreTechniques, list);
    }
    case IssueCode::TitleFormula:
    case IssueCode::DescriptionFormula:
    case IssueCode::RecommendedActionsFormula: {
        const Field field = issueInfo(code).field;
        return makeFix(tr("Start it with an apostrophe"), field, '\'' + bytes(at(cells, field)));
    }
    case IssueCode::ReadExtraFields:
    case IssueCode::ReadUnterminatedQuote:
    case IssueCode::ReadNotObject:
    case IssueCode::ReadWrongJsonType:
    case IssueCode::ReadUnknownCategoryNumber:
    case IssueCode::ReadNotForDetection:
    case IssueCode::ReadContextHint:
    case IssueCode::ReadHostOfUrl:
    case IssueCode::ValueWellKnownBenign: {
        Fix fix;
        fix.label = tr("I have checked this row");
        fix.dismissReadNotes = true;
        const QByteArrayView checked = trimmedValue(rawValue);
        if (rules::BenignValues::instance().contains(parseIndicatorType(at(cells, Field::IndicatorType)), checked))
            fix.checkedBenignValue = bytes(checked);
        return fix;
    }
    default: return std::nullopt;
    }
}

} // namespace im
