// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/validation/IssueCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace im {

class DuplicateIndex;

// Turns an issue into the sentence the analyst reads: what is wrong with this very cell and how to
// put it right. Messages are built on demand (only for visible cells and reports), never stored.
class IssueMessages
{
    Q_DECLARE_TR_FUNCTIONS(IssueMessages)

public:
    // The message templates' translations, each looked up in the catalogue once: a report of a million
    // issues would otherwise hash a long source text per message. Keep one for one report on one
    // thread, while the language cannot change.
    class Templates
    {
    public:
        QString operator()(const char *source);

    private:
        QHash<const char *, QString> m_translated;
    };

    // duplicates may be null; then duplicate and conflict messages do not name the other row.
    static QString describe(const IndicatorTable &table, int row, IssueCode code, const DuplicateIndex *duplicates);
    static QString describe(const IndicatorTable &table, int row, IssueCode code, const DuplicateIndex *duplicates,
                            Templates &templates);
    // A short name for the rule, for grouping in the Problems panel ("Hash has the wrong length").
    static QString ruleTitle(IssueCode code);
    static QString severityName(IssueSeverity severity);
    // The translated display label of a field ("Indicator value"); API names stay the data.
    static QString fieldLabel(Field field);
};

} // namespace im
