// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/IssueMessages.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/ServiceLimits.h"
#include "core/validation/DuplicateIndex.h"
#include "core/validation/RowValidator.h"
#include "core/validation/TopLevelDomains.h"
#include "core/validation/ValueRules.h"

namespace im {

using namespace rules;

namespace {

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString typeName(IndicatorType type)
{
    return latin(apiName(type));
}

} // namespace

QString IssueMessages::fieldLabel(Field field)
{
    switch (field) {
    case Field::IndicatorValue: return tr("Indicator value");
    case Field::IndicatorType: return tr("Indicator type");
    case Field::Action: return tr("Action");
    case Field::Severity: return tr("Severity");
    case Field::Title: return tr("Title");
    case Field::Description: return tr("Description");
    case Field::RecommendedActions: return tr("Recommended actions");
    case Field::Application: return tr("Application");
    case Field::ExpirationTime: return tr("Expiration time");
    case Field::RbacGroupNames: return tr("Device groups");
    case Field::GenerateAlert: return tr("Generate alert");
    case Field::Category: return tr("Category");
    case Field::MitreTechniques: return tr("MITRE techniques");
    case Field::EducateUrl: return tr("Educate URL");
    case Field::ExternalId: return tr("External ID");
    }
    return {};
}

QString IssueMessages::severityName(IssueSeverity severity)
{
    return severity == IssueSeverity::Error ? tr("Error") : tr("Warning");
}

QString IssueMessages::ruleTitle(IssueCode code)
{
    switch (code) {
    case IssueCode::ValueMissing: return tr("Indicator value is missing");
    case IssueCode::ValueWhitespace: return tr("Spaces around the value");
    case IssueCode::ValueDefanged: return tr("Defanged value");
    case IssueCode::ValueTooLong: return tr("Value is too long");
    case IssueCode::ValueControlChars: return tr("Invisible characters in the value");
    case IssueCode::ValueTypeMismatch: return tr("Value does not match its type");
    case IssueCode::HashLength: return tr("Hash has the wrong length");
    case IssueCode::HashNotHex: return tr("Hash is not hexadecimal");
    case IssueCode::HashUppercase: return tr("Upper-case hash");
    case IssueCode::CertificateInvalid: return tr("Invalid certificate thumbprint");
    case IssueCode::IpInvalid: return tr("Invalid IP address");
    case IssueCode::IpCidr: return tr("CIDR block instead of an address");
    case IssueCode::IpRange: return tr("IP range or wildcard");
    case IssueCode::IpNotPublic: return tr("IP address is not public");
    case IssueCode::IpV6Compressed: return tr("IPv6 address is not in full form");
    case IssueCode::IpV4LeadingZero: return tr("Leading zeros in an IPv4 address");
    case IssueCode::DomainInvalid: return tr("Invalid domain name");
    case IssueCode::DomainWildcard: return tr("Wildcard in a domain");
    case IssueCode::DomainIsUrl: return tr("URL given as a domain");
    case IssueCode::DomainTrailingDot: return tr("Domain ends with a dot");
    case IssueCode::UrlInvalid: return tr("Invalid URL");
    case IssueCode::UrlSchemeMissing: return tr("URL without http:// or https://");
    case IssueCode::UrlSchemeUnsupported: return tr("Unsupported URL scheme");
    case IssueCode::UrlHostInvalid: return tr("Invalid host in a URL");
    case IssueCode::UrlWildcard: return tr("Wildcard in a URL");
    case IssueCode::UrlCredentials: return tr("User name or password in a URL");
    case IssueCode::RowDuplicate: return tr("Duplicate row");
    case IssueCode::RowConflict: return tr("Conflicting actions for one indicator");
    case IssueCode::TypeMissing: return tr("Indicator type is missing");
    case IssueCode::TypeUnknown: return tr("Unknown indicator type");
    case IssueCode::ActionMissing: return tr("Action is missing");
    case IssueCode::ActionUnknown: return tr("Unknown action");
    case IssueCode::ActionLegacy: return tr("Legacy action name");
    case IssueCode::ActionNotAllowedForType: return tr("Action not available for this type");
    case IssueCode::AlertInvalid: return tr("Generate alert is not true or false");
    case IssueCode::AlertRequiredForAudit: return tr("Audit without Generate alert");
    case IssueCode::SeverityUnknown: return tr("Unknown severity");
    case IssueCode::TitleMissing: return tr("Title is missing");
    case IssueCode::TitleTooLong: return tr("Title is too long");
    case IssueCode::TitleControlChars: return tr("Invisible characters in the title");
    case IssueCode::DescriptionMissing: return tr("Description is missing");
    case IssueCode::DescriptionTooLong: return tr("Description is too long");
    case IssueCode::DescriptionControlChars: return tr("Invisible characters in the description");
    case IssueCode::RecommendedActionsTooLong: return tr("Recommended actions are too long");
    case IssueCode::RecommendedActionsControlChars: return tr("Invisible characters in the recommended actions");
    case IssueCode::ApplicationTooLong: return tr("Application is too long");
    case IssueCode::ApplicationControlChars: return tr("Invisible characters in the application");
    case IssueCode::ExternalIdTooLong: return tr("External ID is too long");
    case IssueCode::ExpirationInvalid: return tr("Invalid expiration time");
    case IssueCode::ExpirationPast: return tr("Expiration time has passed");
    case IssueCode::RbacEmptyName: return tr("Empty device group name");
    case IssueCode::CategoryUnknown: return tr("Unknown category");
    case IssueCode::MitreInvalid: return tr("Invalid MITRE technique");
    case IssueCode::MitreWithoutCategory: return tr("MITRE techniques without a category");
    case IssueCode::EducateUrlInvalid: return tr("Invalid educate URL");
    case IssueCode::EducateUrlIgnored: return tr("Educate URL has no effect");
    case IssueCode::ReadExtraFields: return tr("Extra values in the row");
    case IssueCode::ReadUnterminatedQuote: return tr("Unterminated quote");
    case IssueCode::ReadNotObject: return tr("JSON element is not an object");
    case IssueCode::ReadWrongJsonType: return tr("JSON value of the wrong type");
    case IssueCode::ReadUnknownCategoryNumber: return tr("Numeric category without a name");
    case IssueCode::TitleFormula: return tr("Title starts like a spreadsheet formula");
    case IssueCode::DescriptionFormula: return tr("Description starts like a spreadsheet formula");
    case IssueCode::RecommendedActionsFormula: return tr("Recommended actions start like a spreadsheet formula");
    case IssueCode::ReadNotForDetection: return tr("Not meant for detection");
    case IssueCode::DomainUnknownTopLevel: return tr("Not a domain: no such top-level domain");
    case IssueCode::ReadContextHint: return tr("The report may not call this malicious");
    case IssueCode::ReadHostOfUrl: return tr("Taken from a URL's host");
    case IssueCode::ValueWellKnownBenign: return tr("Well-known benign value");
    case IssueCode::SeverityIgnoredForBlock: return tr("Severity not used by Block");
    case IssueCode::RowAllowAndBlock: return tr("Allowed and blocked in different rows");
    case IssueCode::RowAllowUnderCertificateBlock: return tr("File allowed while a certificate is blocked");
    case IssueCode::Count: break;
    }
    return {};
}

QString IssueMessages::Templates::operator()(const char *source)
{
    // Keyed by the literal's address: each call site below passes its own, for the program's life.
    auto it = m_translated.find(source);
    if (it == m_translated.end())
        it = m_translated.insert(source, IssueMessages::tr(source));
    return *it;
}

QString IssueMessages::describe(const IndicatorTable &table, int row, IssueCode code, const DuplicateIndex *duplicates)
{
    Templates templates;
    return describe(table, row, code, duplicates, templates);
}

// The templates are called tr here, so that lupdate finds each of them in this context.
QString IssueMessages::describe(const IndicatorTable &table, int row, IssueCode code, const DuplicateIndex *duplicates,
                                Templates &tr)
{
    const QByteArrayView rawValue = table.cell(row, Field::IndicatorValue);
    const QByteArrayView value = trimmedValue(rawValue);
    // Texts of the row, made only for the messages that quote them: reports describe every issue.
    const auto valueText = [&] { return QString::fromUtf8(value); };
    const IndicatorType type = parseIndicatorType(table.cell(row, Field::IndicatorType));
    const auto typeText = [&] { return table.text(row, Field::IndicatorType); };
    const auto actionText = [&] { return table.text(row, Field::Action); };
    const Action action = parseAction(table.cell(row, Field::Action));

    auto readDetail = [&]() {
        const auto notes = table.readNotes(row);
        for (const ReadNote &note : notes) {
            if (note.code == code)
                return note.detail;
        }
        return QString();
    };
    auto otherRow = [&]() -> int {
        if (!duplicates)
            return -1;
        const int other = duplicates->firstMatchOf(table, row, code);
        return other >= 0 ? other + 1 : -1;
    };

    switch (code) {
    case IssueCode::ValueMissing:
        return tr("Every indicator needs a value: the hash, address, domain, URL or thumbprint to act on.");
    case IssueCode::ValueWhitespace:
        return tr("The value has spaces or line breaks before or after it; Defender would not match it. "
                  "Apply the fix to trim them.");
    case IssueCode::ValueDefanged:
        return tr("\"%1\" is written in defanged form (hxxp, [.], [:]). Apply the fix to restore the real value.")
            .arg(valueText());
    case IssueCode::ValueTooLong:
        return tr("The value has %1 characters; at most %2 are accepted.")
            .arg(utf16Length(value))
            .arg(limits::kMaxIndicatorValueLength);
    case IssueCode::ValueControlChars:
        return tr("The value contains control or invisible characters that cannot be part of an indicator.");
    case IssueCode::ValueTypeMismatch: {
        const IndicatorType inferred = inferType(value);
        if (inferred == IndicatorType::Unknown)
            return tr("\"%1\" is not a valid %2.").arg(valueText(), typeText());
        return tr("\"%1\" looks like a %2, not a %3. Apply the fix to change the type.")
            .arg(valueText(), typeName(inferred), typeText());
    }
    case IssueCode::HashLength:
        return tr("A %1 hash has %2 hexadecimal digits; this one has %3.")
            .arg(typeText())
            .arg(hashLength(type))
            .arg(value.size());
    case IssueCode::HashNotHex:
        return tr("A %1 hash may contain only the digits 0-9 and the letters a-f.").arg(typeText());
    case IssueCode::HashUppercase:
        return tr("The hash has upper-case letters. Defender stores hashes in lower case; "
                  "apply the fix so that duplicates are recognised.");
    case IssueCode::CertificateInvalid:
        return tr("A certificate thumbprint is the certificate's SHA-1 hash: 40 hexadecimal digits, "
                  "without spaces or colons.");
    case IssueCode::IpInvalid:
        return tr("\"%1\" is not an IPv4 address (like 203.0.113.7) or a full IPv6 address.").arg(valueText());
    case IssueCode::IpCidr:
        return tr("Defender does not accept CIDR blocks such as \"%1\". Add each address as its own indicator.")
            .arg(valueText());
    case IssueCode::IpRange:
        return tr("Defender does not accept IP ranges or wildcards such as \"%1\". "
                  "Add each address as its own indicator.")
            .arg(valueText());
    case IssueCode::IpNotPublic: {
        const char *range = nullptr;
        if (const auto v4 = parseIpv4(value))
            range = nonPublicRangeIpv4(*v4);
        else if (const auto v6 = parseIpv6(value))
            range = nonPublicRangeIpv6(*v6);
        return tr("%1 is in the %2 range. Only public (external) addresses can be indicators.")
            .arg(valueText(), range ? latin(range) : QString());
    }
    case IssueCode::IpV6Compressed: {
        const auto v6 = parseIpv6(value);
        return tr("Defender expects IPv6 addresses with all eight groups. Apply the fix to write it as %1.")
            .arg(v6 ? QString::fromLatin1(fullFormIpv6(*v6)) : valueText());
    }
    case IssueCode::IpV4LeadingZero:
        return tr("\"%1\" has a part with a leading zero, which some systems read as octal. "
                  "Write each part without leading zeros.")
            .arg(valueText());
    case IssueCode::DomainInvalid:
        return tr("\"%1\" is not a valid domain name: use letters, digits and hyphens, labels of at most "
                  "63 characters separated by dots, and a top-level domain.")
            .arg(valueText());
    case IssueCode::DomainWildcard:
        return tr("Wildcards are not supported. A domain indicator already covers all of its subdomains, "
                  "so apply the fix to remove \"*.\".");
    case IssueCode::DomainIsUrl:
        return tr("\"%1\" is a URL, not a domain. Change the type to Url or keep only the host name.").arg(valueText());
    case IssueCode::DomainTrailingDot: return tr("The domain ends with a dot. Apply the fix to remove it.");
    case IssueCode::UrlInvalid: return tr("\"%1\" is not a valid URL.").arg(valueText());
    case IssueCode::UrlSchemeMissing:
        return tr("The URL has no scheme. Write it with http:// or https://, or change the type to DomainName.");
    case IssueCode::UrlSchemeUnsupported: return tr("Only http:// and https:// URLs can be indicators.");
    case IssueCode::UrlHostInvalid:
        return tr("The host part of \"%1\" is not a valid domain name or IP address.").arg(valueText());
    case IssueCode::UrlWildcard:
        return tr("Wildcards are not supported in URLs. A URL indicator already covers everything below its path.");
    case IssueCode::UrlCredentials:
        return tr("The URL contains a user name or password. Check that sharing it with Defender is intended.");
    case IssueCode::RowDuplicate: {
        const int other = otherRow();
        if (other > 0)
            return tr("Same indicator as row %1 (type, value, action and device groups). Only the first is sent.")
                .arg(other);
        return tr("Same indicator as an earlier row (type, value, action and device groups). Only the first is sent.");
    }
    case IssueCode::RowConflict: {
        const int other = otherRow();
        if (other > 0)
            return tr("Row %1 has the same indicator with a different action. Keep one action per indicator "
                      "and device groups.")
                .arg(other);
        return tr("Another row has the same indicator with a different action. Keep one action per indicator "
                  "and device groups.");
    }
    case IssueCode::TypeMissing:
        return tr("Choose the indicator type: FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, "
                  "DomainName or Url.");
    case IssueCode::TypeUnknown:
        return tr("\"%1\" is not an indicator type. Use FileSha1, FileSha256, FileMd5, CertificateThumbprint, "
                  "IpAddress, DomainName or Url.")
            .arg(typeText());
    case IssueCode::ActionMissing: return tr("Choose an action: Allowed, Audit, Warn, Block or BlockAndRemediate.");
    case IssueCode::ActionUnknown:
        if (const Action trimmed = parseAction(trimmedValue(table.cell(row, Field::Action)));
            trimmed != Action::Unknown && actionText().trimmed() != actionText())
            //: %1 is the action as written, with its spaces; %2 the action without them
            return tr("\"%1\" has spaces before or after it; without them it is the action %2. Apply the fix to "
                      "remove them.")
                .arg(actionText(), latin(apiName(trimmed)));
        return tr("\"%1\" is not an action. Use Allowed, Audit, Warn, Block or BlockAndRemediate.").arg(actionText());
    case IssueCode::ActionLegacy:
        if (action == Action::AlertAndBlock)
            return tr("\"%1\" is a legacy action name: the API takes it as BlockAndRemediate with Generate alert "
                      "on, and the portal's CSV import refuses it. Apply the fix to use BlockAndRemediate with "
                      "Generate alert set to true.")
                .arg(actionText());
        return tr("\"%1\" is a legacy action name; Defender now calls it %2.")
            .arg(actionText(), latin(apiName(currentActionFor(action))));
    case IssueCode::ActionNotAllowedForType:
        if (type == IndicatorType::CertificateThumbprint)
            return tr("Certificates can only be Allowed or BlockAndRemediate.");
        return tr("%1 is not available for %2 indicators; use Allowed, Audit, Warn or Block.")
            .arg(actionText(), typeText());
    case IssueCode::AlertInvalid:
        return tr("Generate alert must be true or false, not \"%1\".").arg(table.text(row, Field::GenerateAlert));
    case IssueCode::AlertRequiredForAudit:
        return tr("The Audit action only records events when an alert is generated: set Generate alert to true.");
    case IssueCode::SeverityUnknown:
        return tr("\"%1\" is not a severity. Use Informational, Low, Medium or High.")
            .arg(table.text(row, Field::Severity));
    case IssueCode::TitleMissing: return tr("Every indicator needs a title; it becomes the alert title.");
    case IssueCode::TitleTooLong:
        return tr("The title has %1 characters; at most %2 are accepted.")
            .arg(utf16Length(table.cell(row, Field::Title)))
            .arg(limits::kMaxTitleLength);
    case IssueCode::DescriptionMissing: return tr("Every indicator needs a description.");
    case IssueCode::DescriptionTooLong:
        return tr("The description has %1 characters; at most %2 are accepted.")
            .arg(utf16Length(table.cell(row, Field::Description)))
            .arg(limits::kMaxDescriptionLength);
    case IssueCode::RecommendedActionsTooLong:
        return tr("The recommended actions have %1 characters; at most %2 are accepted.")
            .arg(utf16Length(table.cell(row, Field::RecommendedActions)))
            .arg(limits::kMaxRecommendedActionsLength);
    case IssueCode::ApplicationTooLong:
        return tr("The application has %1 characters; at most %2 are accepted.")
            .arg(utf16Length(table.cell(row, Field::Application)))
            .arg(limits::kMaxApplicationLength);
    case IssueCode::ExternalIdTooLong:
        return tr("The external ID has %1 characters; at most %2 are accepted.")
            .arg(utf16Length(table.cell(row, Field::ExternalId)))
            .arg(limits::kMaxExternalIdLength);
    case IssueCode::TitleControlChars:
    case IssueCode::DescriptionControlChars:
    case IssueCode::RecommendedActionsControlChars:
    case IssueCode::ApplicationControlChars:
        return tr("The text contains control characters or right-to-left override marks that can disguise "
                  "what an alert says. Apply the fix to remove them.");
    case IssueCode::ExpirationInvalid: {
        const QByteArray suggestion = normalizedExpirationTime(table.cell(row, Field::ExpirationTime));
        if (!suggestion.isEmpty())
            return tr("Expiration times are written as 2027-01-31T00:00:00Z. Apply the fix to use %1 (UTC).")
                .arg(QString::fromLatin1(suggestion));
        return tr("\"%1\" is not a date and time. Write it as 2027-01-31T00:00:00Z, or leave it blank for never.")
            .arg(table.text(row, Field::ExpirationTime));
    }
    case IssueCode::ExpirationPast:
        return tr("The expiration time %1 has passed; Defender would delete the indicator at once.")
            .arg(table.text(row, Field::ExpirationTime));
    case IssueCode::RbacEmptyName:
        return tr("The device group list has an empty name (two commas in a row, or a comma at the end).");
    case IssueCode::CategoryUnknown: {
        const QByteArray canonical = canonicalCategory(table.cell(row, Field::Category));
        if (!canonical.isEmpty())
            return tr("Categories are written in PascalCase: apply the fix to use %1.")
                .arg(latin(canonical.constData()));
        QStringList names;
        for (const char *name : knownCategories())
            names.append(latin(name));
        return tr("\"%1\" is not a category. Use one of: %2.")
            .arg(table.text(row, Field::Category), names.join(QStringLiteral(", ")));
    }
    case IssueCode::MitreInvalid: return tr("MITRE technique ids look like T1566 or T1566.001, separated by commas.");
    case IssueCode::MitreWithoutCategory:
        return tr("MITRE techniques are given without a category; the portal expects a category with them.");
    case IssueCode::EducateUrlInvalid: return tr("The educate URL must be an http:// or https:// address.");
    case IssueCode::EducateUrlIgnored:
        return tr("Defender shows the educate URL only for Url indicators with the Block or Warn action.");
    case IssueCode::ReadExtraFields:
        return tr("This row had more values than the file has columns; these were not imported: %1").arg(readDetail());
    case IssueCode::ReadUnterminatedQuote:
        return tr("A quoted field in this row never ends, so the rest of the file was read into it. "
                  "Check the row and the lines after it.");
    case IssueCode::ReadNotObject:
        return tr("This element of the JSON array is %1, not an indicator object.").arg(readDetail());
    case IssueCode::ReadWrongJsonType:
        return tr("These JSON properties had a value of the wrong type and were kept as text: %1").arg(readDetail());
    case IssueCode::ReadUnknownCategoryNumber:
        return tr("The service returned category %1, whose name is not documented; the category was left blank.")
            .arg(readDetail());
    case IssueCode::TitleFormula:
    case IssueCode::DescriptionFormula:
    case IssueCode::RecommendedActionsFormula:
        return tr("The text starts with = + - or @, so a spreadsheet that opens an export of these alerts may run "
                  "it as a formula. If that is not meant, apply the fix to start it with an apostrophe, which "
                  "spreadsheets show as text.");
    case IssueCode::ReadNotForDetection:
        return tr("The MISP attribute (%1) is marked not for detection (to_ids false), so it is not sent. If it "
                  "should block or alert all the same, apply the fix.")
            .arg(readDetail());
    case IssueCode::DomainUnknownTopLevel:
        //: %1 is the value, %2 its last part (such as dll or exe)
        return tr("\"%1\" is not a domain: \".%2\" is not a top-level domain. If it is a file name, Defender has "
                  "no file-name indicator; add the file's hash (FileSha256) instead.")
            .arg(valueText(), QString::fromUtf8(topLevelLabel(value)));
    case IssueCode::ReadContextHint:
        //: %1 is the word of the report next to the value, as written (such as victim or sinkhole)
        return tr("The report mentions this value next to \"%1\": it may be a victim, a sinkhole, a legitimate "
                  "service or an example rather than the attacker's. Read the description (the report's line) "
                  "before blocking it; apply the fix once checked.")
            .arg(readDetail());
    case IssueCode::ReadHostOfUrl:
        //: %1 is the URL the domain or address was taken from
        return tr("The report names this host only in the URL %1. Defender enforces the path of an HTTPS URL only "
                  "in Microsoft Edge; in other browsers only a domain or address indicator blocks it, and it "
                  "blocks everything on the host. Remove this row when the host also serves harmless content (a "
                  "file host, a CDN, a shared site); apply the fix to keep it.")
            .arg(readDetail());
    case IssueCode::ValueWellKnownBenign:
        //: %1 is the value
        return tr("\"%1\" is on the list of well-known values that reports mention without accusing them: "
                  "documentation examples, public DNS resolvers, the services of big vendors, the hash of an "
                  "empty file. Blocking it would likely block something everyone uses. If it really is "
                  "malicious here, apply the fix once checked.")
            .arg(valueText());
    case IssueCode::SeverityIgnoredForBlock:
        return tr("Block raises a generic alert of severity Informational, not one with this row's title and "
                  "severity %1. Apply the fix to write Informational; to get an alert with your own title and "
                  "severity, use Audit instead.")
            .arg(table.text(row, Field::Severity));
    case IssueCode::RowAllowAndBlock: {
        const int other = otherRow();
        const QString where = other > 0 ? tr("Row %1").arg(other) : tr("Another row");
        if (isFileHashType(type))
            //: %1 is "Row 12" or "Another row"
            return tr("%1 has the same file with the opposite action (Allowed against a block) for other device "
                      "groups. On a device in both, Defender applies the indicator of the device group over the "
                      "one for all devices, which may not be the one you expect. Give each device group one "
                      "action, or remove one of the rows.")
                .arg(where);
        //: %1 is "Row 12" or "Another row"
        return tr("%1 has the same value with the opposite action (Allowed against a block) for other device "
                  "groups. On a device in both, Defender lets Allowed win (Allowed before Warn before Block), so "
                  "the block does not apply there. Give each device group one action, or remove one of the rows.")
            .arg(where);
    }
    case IssueCode::RowAllowUnderCertificateBlock: {
        const int certificate = duplicates ? duplicates->firstCertificateBlockRow(table) : -1;
        const QString where = certificate >= 0 ? tr("Row %1").arg(certificate + 1) : tr("Another row");
        //: %1 is "Row 12" or "Another row"
        return tr("%1 blocks a certificate and this row allows a file by its hash. If the file is signed with a "
                  "blocked certificate, the certificate indicator wins and Defender does not support the "
                  "combination. The table cannot tell which files a certificate signs; if this one is, remove the "
                  "Allow or the certificate Block.")
            .arg(where);
    }
    case IssueCode::Count: break;
    }
    return {};
}

} // namespace im
