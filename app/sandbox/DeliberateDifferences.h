// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/IssueCode.h"

#include <array>

// Where the editor's validator (im::RowValidator) refuses, or warns about, a row on purpose that the
// sandbox's row rules (ServiceRowRules), and so perhaps Defender, would accept without a word. The differential test tst_rowrules fails on
// any disagreement not named here, and on any entry here that its generated rows never show. The
// README's "The sandbox" section lists the same table; keep the two in step.
namespace im::sandbox {

struct DeliberateDifference
{
    IssueCode issue;    // an error or warning the editor reports while the service rules accept the row
    const char *reason; // why the editor is stricter
};

inline constexpr std::array kDeliberateDifferences = {
    DeliberateDifference{IssueCode::ValueTooLong,
                         "values beyond 2,048 characters are not reliably usable as URLs; the editor's own limit"},
    DeliberateDifference{IssueCode::TitleTooLong,
                         "the editor's own length limits catch a whole file pasted into one cell"},
    DeliberateDifference{IssueCode::DescriptionTooLong, "as for title"},
    DeliberateDifference{IssueCode::RecommendedActionsTooLong, "as for title"},
    DeliberateDifference{IssueCode::ApplicationTooLong, "as for title"},
    DeliberateDifference{IssueCode::ExternalIdTooLong, "as for title"},
    DeliberateDifference{
        IssueCode::TitleControlChars,
        "control characters in text break CSV round trips and terminals; the service takes any JSON text"},
    DeliberateDifference{IssueCode::DescriptionControlChars, "as for title"},
    DeliberateDifference{IssueCode::RecommendedActionsControlChars, "as for title"},
    DeliberateDifference{IssueCode::ApplicationControlChars, "as for title"},
    DeliberateDifference{IssueCode::DomainUnknownTopLevel,
                         "a last label that is no top-level domain on the public suffix list is a file name such as "
                         "HTTPParser.dll far more often than a domain; the service documents no such check"},
    DeliberateDifference{
        IssueCode::ValueWellKnownBenign,
        "a warning: documentation names, public resolvers, vendors' services and empty-file hashes are "
        "valid values, but blocking one likely blocks what everyone uses"},
};

} // namespace im::sandbox
