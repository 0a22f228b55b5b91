// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace im::sandbox {

// The small part of OData $filter that the List page documents (shared/spec §3.2): comparisons with
// eq, ne, ge and gt, startswith(field,'text'), joined by and, with parentheses. Literals are 'quoted'
// strings ('' for a quote), numbers, true, false, null and unquoted date-times
// (lastUpdateTime ge 2019-11-22T00:00:00Z). Only the fields the List page names can be filtered.
class ODataFilter
{
public:
    // Parses `text`; on failure returns false and a message in the service's style.
    bool parse(const QString &text, QString *error);
    [[nodiscard]] bool matches(const QJsonObject &entity) const;
    [[nodiscard]] bool isEmpty() const { return m_terms.empty(); }

    static bool isFilterable(const QString &field);

private:
    enum class Op { Eq, Ne, Ge, Gt, StartsWith };
    struct Term
    {
        QString field;
        Op op = Op::Eq;
        QJsonValue literal;
        bool isDateTime = false;
    };
    [[nodiscard]] static bool test(const Term &term, const QJsonObject &entity);

    std::vector<Term> m_terms; // all must hold ("and" is the only connective)
};

} // namespace im::sandbox
