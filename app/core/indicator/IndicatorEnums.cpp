// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorEnums.h"

#include "core/indicator/IndicatorField.h"

#include <array>
#include <cstring>
#include <string>

namespace im {
namespace {

constexpr std::array<const char *, IndicatorTypeCount> kTypeNames = {
    "", "FileSha1", "FileSha256", "FileMd5", "CertificateThumbprint", "IpAddress", "DomainName", "Url",
};
constexpr std::array<const char *, ActionCount> kActionNames = {
    "", "Allowed", "Audit", "Warn", "Block", "BlockAndRemediate", "Alert", "AlertAndBlock",
};
constexpr std::array<const char *, SeverityCount> kSeverityNames = {
    "", "Informational", "Low", "Medium", "High",
};
constexpr std::array<const char *, FieldCount> kFieldNames = {
    "indicatorValue", "indicatorType",      "action",          "severity",       "title",
    "description",    "recommendedActions", "application",     "expirationTime", "rbacGroupNames",
    "generateAlert",  "category",           "mitreTechniques", "educateUrl",     "externalId",
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals(QByteArrayView text, const char *name, bool caseSensitive)
{
    // This runs for several cells of every row: one pass that stops at the first difference, with no
    // separate measuring of the name (its terminating zero ends it).
    const qsizetype length = text.size();
    if (length == 0)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char a = text[i];
        const char b = name[i];
        if (b == '\0' || (caseSensitive ? a != b : lower(a) != lower(b)))
            return false;
    }
    return name[length] == '\0';
}

template<size_t N>
constexpr std::array<qsizetype, N> lengthsOf(const std::array<const char *, N> &names)
{
    std::array<qsizetype, N> lengths{};
    for (size_t i = 0; i < N; ++i)
        lengths[i] = static_cast<qsizetype>(std::char_traits<char>::length(names[i]));
    return lengths;
}

// The names' lengths, so that a cell is compared only with the names as long as it.
constexpr auto kTypeLengths = lengthsOf(kTypeNames);
constexpr auto kActionLengths = lengthsOf(kActionNames);
constexpr auto kSeverityLengths = lengthsOf(kSeverityNames);

template<typename Enum, size_t N>
Enum parseName(QByteArrayView text, const std::array<const char *, N> &names, const std::array<qsizetype, N> &lengths,
               bool caseSensitive)
{
    // Most cells are told apart by length and first letter, and most are written as the API writes
    // them: the bytes are compared at once, letter case ignored only when they differ.
    const char first = text.isEmpty() ? '\0' : lower(text[0]);
    for (size_t i = 1; i < N; ++i) {
        if (lengths[i] != text.size() || lower(names[i][0]) != first)
            continue;
        if (std::memcmp(text.data(), names[i], static_cast<size_t>(text.size())) == 0
            || (!caseSensitive && equals(text, names[i], false)))
            return static_cast<Enum>(i);
    }
    return static_cast<Enum>(0);
}

} // namespace

const char *apiName(Field f)
{
    return kFieldNames[static_cast<size_t>(f)];
}

bool fieldFromApiName(const char *name, qsizetype length, Field *out)
{
    for (size_t i = 0; i < kFieldNames.size(); ++i) {
        if (equals(QByteArrayView(name, length), kFieldNames[i], true)) {
            *out = static_cast<Field>(i);
            return true;
        }
    }
    return false;
}

IndicatorType parseIndicatorType(QByteArrayView text)
{
    return parseName<IndicatorType>(text, kTypeNames, kTypeLengths, true);
}
IndicatorType parseIndicatorTypeCaseInsensitive(QByteArrayView text)
{
    return parseName<IndicatorType>(text, kTypeNames, kTypeLengths, false);
}
Action parseAction(QByteArrayView text)
{
    return parseName<Action>(text, kActionNames, kActionLengths, true);
}
Action parseActionCaseInsensitive(QByteArrayView text)
{
    return parseName<Action>(text, kActionNames, kActionLengths, false);
}
Severity parseSeverity(QByteArrayView text)
{
    return parseName<Severity>(text, kSeverityNames, kSeverityLengths, true);
}
Severity parseSeverityCaseInsensitive(QByteArrayView text)
{
    return parseName<Severity>(text, kSeverityNames, kSeverityLengths, false);
}

const char *apiName(IndicatorType type)
{
    return kTypeNames[static_cast<size_t>(type)];
}
const char *apiName(Action action)
{
    return kActionNames[static_cast<size_t>(action)];
}
const char *apiName(Severity severity)
{
    return kSeverityNames[static_cast<size_t>(severity)];
}

bool isFileHashType(IndicatorType type)
{
    return type == IndicatorType::FileSha1 || type == IndicatorType::FileSha256 || type == IndicatorType::FileMd5;
}

bool isNetworkType(IndicatorType type)
{
    return type == IndicatorType::IpAddress || type == IndicatorType::DomainName || type == IndicatorType::Url;
}

bool isLegacyAction(Action action)
{
    return action == Action::Alert || action == Action::AlertAndBlock;
}

Action currentActionFor(Action legacy)
{
    switch (legacy) {
    case Action::Alert: return Action::Audit;
    case Action::AlertAndBlock: return Action::BlockAndRemediate;
    default: return legacy;
    }
}

bool isActionAllowedForType(Action action, IndicatorType type)
{
    const Action current = currentActionFor(action);
    if (current == Action::Unknown || type == IndicatorType::Unknown)
        return true; // reported by other rules
    if (isFileHashType(type))
        return true; // Allowed, Audit, Warn, Block, BlockAndRemediate
    if (isNetworkType(type))
        return current != Action::BlockAndRemediate;
    // CertificateThumbprint
    return current == Action::Allowed || current == Action::BlockAndRemediate;
}

BoolCell parseBoolCell(QByteArrayView text)
{
    if (text.isEmpty())
        return BoolCell::Blank;
    if (equals(text, "true", false))
        return BoolCell::True;
    if (equals(text, "false", false))
        return BoolCell::False;
    return BoolCell::Invalid;
}

} // namespace im
