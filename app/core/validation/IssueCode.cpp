// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/IssueCode.h"

#include <cstring>

namespace im {
namespace {

using S = IssueSeverity;
using F = Field;

constexpr std::array<IssueInfo, IssueCodeCount> kIssues = {{
    {"value.missing", F::IndicatorValue, S::Error},
    {"value.whitespace", F::IndicatorValue, S::Error},
    {"value.defanged", F::IndicatorValue, S::Error},
    {"value.too-long", F::IndicatorValue, S::Error},
    {"value.control-chars", F::IndicatorValue, S::Error},
    {"value.type-mismatch", F::IndicatorValue, S::Error},
    {"hash.length", F::IndicatorValue, S::Error},
    {"hash.not-hex", F::IndicatorValue, S::Error},
    {"hash.uppercase", F::IndicatorValue, S::Warning},
    {"certificate.invalid", F::IndicatorValue, S::Error},
    {"ip.invalid", F::IndicatorValue, S::Error},
    {"ip.cidr", F::IndicatorValue, S::Error},
    {"ip.range", F::IndicatorValue, S::Error},
    {"ip.not-public", F::IndicatorValue, S::Error},
    {"ip.v6-compressed", F::IndicatorValue, S::Error},
    {"ip.v4-leading-zero", F::IndicatorValue, S::Error},
    {"domain.invalid", F::IndicatorValue, S::Error},
    {"domain.wildcard", F::IndicatorValue, S::Error},
    {"domain.is-url", F::IndicatorValue, S::Error},
    {"domain.trailing-dot", F::IndicatorValue, S::Warning},
    {"url.invalid", F::IndicatorValue, S::Error},
    {"url.scheme-missing", F::IndicatorValue, S::Error},
    {"url.scheme-unsupported", F::IndicatorValue, S::Error},
    {"url.host-invalid", F::IndicatorValue, S::Error},
    {"url.wildcard", F::IndicatorValue, S::Error},
    {"url.credentials", F::IndicatorValue, S::Warning},
    {"row.duplicate", F::IndicatorValue, S::Warning},
    {"row.conflict", F::IndicatorValue, S::Error},
    {"type.missing", F::IndicatorType, S::Error},
    {"type.unknown", F::IndicatorType, S::Error},
    {"action.missing", F::Action, S::Error},
    {"action.unknown", F::Action, S::Error},
    {"action.legacy", F::Action, S::Warning},
    {"action.not-allowed", F::Action, S::Error},
    {"alert.invalid", F::GenerateAlert, S::Error},
    {"alert.required-for-audit", F::GenerateAlert, S::Error},
    {"severity.unknown", F::Severity, S::Error},
    {"title.missing", F::Title, S::Error},
    {"title.too-long", F::Title, S::Error},
    {"title.control-chars", F::Title, S::Error},
    {"description.missing", F::Description, S::Error},
    {"description.too-long", F::Description, S::Error},
    {"description.control-chars", F::Description, S::Error},
    {"recommended-actions.too-long", F::RecommendedActions, S::Error},
    {"recommended-actions.control-chars", F::RecommendedActions, S::Error},
    {"application.too-long", F::Application, S::Error},
    {"application.control-chars", F::Application, S::Error},
    {"external-id.too-long", F::ExternalId, S::Error},
    {"expiration.invalid", F::ExpirationTime, S::Error},
    {"expiration.past", F::ExpirationTime, S::Error},
    {"rbac.empty-name", F::RbacGroupNames, S::Warning},
    {"category.unknown", F::Category, S::Error},
    {"mitre.invalid", F::MitreTechniques, S::Error},
    {"mitre.without-category", F::MitreTechniques, S::Warning},
    {"educate-url.invalid", F::EducateUrl, S::Error},
    {"educate-url.ignored", F::EducateUrl, S::Warning},
    {"read.extra-fields", F::IndicatorValue, S::Error},
    {"read.unterminated-quote", F::IndicatorValue, S::Error},
    {"read.not-object", F::IndicatorValue, S::Error},
    {"read.wrong-json-type", F::IndicatorValue, S::Error},
    {"read.unknown-category-number", F::Category, S::Warning},
    {"title.formula", F::Title, S::Warning},
    {"description.formula", F::Description, S::Warning},
    {"recommended-actions.formula", F::RecommendedActions, S::Warning},
    {"read.not-for-detection", F::IndicatorValue, S::Error},
    {"domain.unknown-tld", F::IndicatorValue, S::Error},
    {"read.context-hint", F::IndicatorValue, S::Warning},
    {"value.well-known-benign", F::IndicatorValue, S::Warning},
    {"severity.ignored-for-block", F::Severity, S::Warning},
    {"row.allow-and-block", F::Action, S::Warning},
    {"row.allow-under-certificate-block", F::Action, S::Warning},
    {"read.host-of-url", F::IndicatorValue, S::Warning},
}};

} // namespace

const IssueInfo &issueInfo(IssueCode code)
{
    return kIssues[static_cast<size_t>(code)];
}

bool issueCodeFromString(const char *code, IssueCode *out)
{
    for (int i = 0; i < IssueCodeCount; ++i) {
        if (std::strcmp(kIssues[static_cast<size_t>(i)].code, code) == 0) {
            *out = static_cast<IssueCode>(i);
            return true;
        }
    }
    return false;
}

namespace {
std::array<quint64, 2> severityMask(IssueSeverity severity)
{
    std::array<quint64, 2> mask{};
    for (int i = 0; i < IssueCodeCount; ++i) {
        if (kIssues[static_cast<size_t>(i)].severity == severity)
            mask[static_cast<size_t>(i / 64)] |= quint64(1) << (i % 64);
    }
    return mask;
}
const std::array<quint64, 2> kErrorMask = severityMask(IssueSeverity::Error);
const std::array<quint64, 2> kWarningMask = severityMask(IssueSeverity::Warning);
} // namespace

bool IssueSet::hasErrors() const
{
    return (m_bits[0] & kErrorMask[0]) != 0 || (m_bits[1] & kErrorMask[1]) != 0;
}

bool IssueSet::hasWarnings() const
{
    return (m_bits[0] & kWarningMask[0]) != 0 || (m_bits[1] & kWarningMask[1]) != 0;
}

std::optional<IssueCode> IssueSet::firstError() const
{
    std::optional<IssueCode> first;
    forEach([&first](IssueCode code) {
        if (!first && issueInfo(code).severity == IssueSeverity::Error)
            first = code;
    });
    return first;
}

int IssueSet::count() const
{
    return __builtin_popcountll(m_bits[0]) + __builtin_popcountll(m_bits[1]);
}

IssueSet IssueSet::forField(Field field) const
{
    IssueSet result;
    forEach([&](IssueCode c) {
        if (issueInfo(c).field == field)
            result.insert(c);
    });
    return result;
}

IssueSeverity IssueSet::worstSeverity() const
{
    return hasErrors() ? IssueSeverity::Error : IssueSeverity::Warning;
}

} // namespace im
