// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorField.h"

#include <QtGlobal>

#include <array>
#include <optional>

namespace im {

enum class IssueSeverity : quint8 { Warning, Error };

// Every problem the tool can find in a row. The string code of each (issueInfo().code) is part of the
// CLI's JSON contract: never rename one, only add new ones at the end.
enum class IssueCode : quint8 {
    // indicatorValue
    ValueMissing,
    ValueWhitespace,
    ValueDefanged,
    ValueTooLong,
    ValueControlChars,
    ValueTypeMismatch,
    HashLength,
    HashNotHex,
    HashUppercase,
    CertificateInvalid,
    IpInvalid,
    IpCidr,
    IpRange,
    IpNotPublic,
    IpV6Compressed,
    IpV4LeadingZero,
    DomainInvalid,
    DomainWildcard,
    DomainIsUrl,
    DomainTrailingDot,
    UrlInvalid,
    UrlSchemeMissing,
    UrlSchemeUnsupported,
    UrlHostInvalid,
    UrlWildcard,
    UrlCredentials,
    RowDuplicate,
    RowConflict,
    // indicatorType
    TypeMissing,
    TypeUnknown,
    // action
    ActionMissing,
    ActionUnknown,
    ActionLegacy,
    ActionNotAllowedForType,
    // generateAlert
    AlertInvalid,
    AlertRequiredForAudit,
    // severity
    SeverityUnknown,
    // title / description / recommendedActions / application / externalId
    TitleMissing,
    TitleTooLong,
    TitleControlChars,
    DescriptionMissing,
    DescriptionTooLong,
    DescriptionControlChars,
    RecommendedActionsTooLong,
    RecommendedActionsControlChars,
    ApplicationTooLong,
    ApplicationControlChars,
    ExternalIdTooLong,
    // expirationTime
    ExpirationInvalid,
    ExpirationPast,
    // rbacGroupNames
    RbacEmptyName,
    // category / mitreTechniques
    CategoryUnknown,
    MitreInvalid,
    MitreWithoutCategory,
    // educateUrl
    EducateUrlInvalid,
    EducateUrlIgnored,
    // problems a reader met while taking the row from its file
    ReadExtraFields,
    ReadUnterminatedQuote,
    ReadNotObject,
    ReadWrongJsonType,
    ReadUnknownCategoryNumber,
    // title / description / recommendedActions that a spreadsheet would run as a formula
    TitleFormula,
    DescriptionFormula,
    RecommendedActionsFormula,
    // a MISP attribute marked not for detection (to_ids false): read, but not sent until the user checks it
    ReadNotForDetection,
    // indicatorValue: a domain whose last label is no top-level domain (a file name such as HTTPParser.dll)
    DomainUnknownTopLevel,
    // a value taken from a report next to words such as "victim", "sinkhole", "legitimate" or "example"
    ReadContextHint,
    // indicatorValue: a well-known benign value (a documentation name, a public resolver, a vendor's update
    // service, the hash of an empty file), rules::BenignValues
    ValueWellKnownBenign,
    // Block with an alert and a severity other than Informational: Block raises a generic Informational alert
    SeverityIgnoredForBlock,
    // the same type and value allowed in one row and blocked in another for other device groups
    RowAllowAndBlock,
    // a file hash Allowed while the table blocks a certificate: certificate indicators win over hashes
    RowAllowUnderCertificateBlock,
    // a domain or address a report gave only as the host of a URL: the row blocks the whole host
    ReadHostOfUrl,
    // (append new codes here)
    Count
};

inline constexpr int IssueCodeCount = static_cast<int>(IssueCode::Count);
static_assert(IssueCodeCount <= 128, "IssueSet holds 128 codes");

struct IssueInfo
{
    const char *code; // stable identifier, e.g. "hash.length"
    Field field;      // the cell the issue belongs to
    IssueSeverity severity;
};

const IssueInfo &issueInfo(IssueCode code);
bool issueCodeFromString(const char *code, IssueCode *out);

// The set of issues of one row, stored in 16 bytes so a million rows cost 16 MB.
class IssueSet
{
public:
    void insert(IssueCode code) { word(code) |= bit(code); }
    void remove(IssueCode code) { word(code) &= ~bit(code); }
    [[nodiscard]] bool contains(IssueCode code) const { return (word(code) & bit(code)) != 0; }
    [[nodiscard]] bool isEmpty() const { return m_bits[0] == 0 && m_bits[1] == 0; }
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] bool hasWarnings() const;
    [[nodiscard]] int count() const;
    // The error that comes first in the order of IssueCode; none without errors.
    [[nodiscard]] std::optional<IssueCode> firstError() const;
    [[nodiscard]] IssueSet forField(Field field) const;
    [[nodiscard]] IssueSeverity worstSeverity() const; // undefined when empty
    bool operator==(const IssueSet &other) const
    {
        return m_bits[0] == other.m_bits[0] && m_bits[1] == other.m_bits[1];
    }
    bool operator!=(const IssueSet &other) const { return !(*this == other); }

    // Calls fn(IssueCode) for each code in the set, in code order.
    template<typename Fn>
    void forEach(Fn fn) const
    {
        for (int w = 0; w < 2; ++w) {
            quint64 bits = m_bits[w];
            while (bits != 0) {
                const int b = __builtin_ctzll(bits);
                fn(static_cast<IssueCode>(w * 64 + b));
                bits &= bits - 1;
            }
        }
    }

private:
    static quint64 bit(IssueCode code) { return quint64(1) << (static_cast<int>(code) % 64); }
    quint64 &word(IssueCode code) { return m_bits[static_cast<int>(code) / 64]; }
    [[nodiscard]] quint64 word(IssueCode code) const { return m_bits[static_cast<int>(code) / 64]; }

    std::array<quint64, 2> m_bits{};
};

} // namespace im
