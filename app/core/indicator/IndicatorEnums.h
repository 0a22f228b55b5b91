// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace im {

// Enumerations of the Indicator entity (shared/spec §1.1). "Unknown" is what a cell holds when its
// text is not one of the values; the original text always stays in the table so nothing is lost.
enum class IndicatorType : quint8 {
    Unknown,
    FileSha1,
    FileSha256,
    FileMd5,
    CertificateThumbprint,
    IpAddress,
    DomainName,
    Url,
};

enum class Action : quint8 {
    Unknown,
    Allowed,
    Audit,
    Warn,
    Block,
    BlockAndRemediate,
    Alert,         // legacy name of Audit with GenerateAlert on
    AlertAndBlock, // legacy name of BlockAndRemediate
};

enum class Severity : quint8 {
    Unknown,
    Informational,
    Low,
    Medium,
    High,
};

inline constexpr int IndicatorTypeCount = 8;
inline constexpr int ActionCount = 8;
inline constexpr int SeverityCount = 5;

// Exact, case-sensitive parsing, as the API expects; the *CaseInsensitive variants
// find the value a user probably meant (used for suggested fixes and header matching).
IndicatorType parseIndicatorType(QByteArrayView text);
IndicatorType parseIndicatorTypeCaseInsensitive(QByteArrayView text);
Action parseAction(QByteArrayView text);
Action parseActionCaseInsensitive(QByteArrayView text);
Severity parseSeverity(QByteArrayView text);
Severity parseSeverityCaseInsensitive(QByteArrayView text);

const char *apiName(IndicatorType type); // "" for Unknown
const char *apiName(Action action);
const char *apiName(Severity severity);

bool isFileHashType(IndicatorType type);
bool isNetworkType(IndicatorType type);
bool isLegacyAction(Action action);

// The action/type matrix of shared/spec §1.5. Legacy actions are checked as the action they were
// renamed to (Alert -> Audit, AlertAndBlock -> BlockAndRemediate).
bool isActionAllowedForType(Action action, IndicatorType type);
Action currentActionFor(Action legacy);

// Tri-state parse of GenerateAlert: "true"/"false" in any letter case; blank is "not set".
enum class BoolCell : quint8 { Blank, True, False, Invalid };
BoolCell parseBoolCell(QByteArrayView text);

} // namespace im
