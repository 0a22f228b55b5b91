// SPDX-License-Identifier: GPL-3.0-or-later
#include "ODataFilter.h"

#include "core/validation/ValueRules.h"
#include "sandbox/UndocumentedChoices.h"

#include <QJsonArray>

#include <optional>

namespace im::sandbox {
namespace {

// The List page's filterable properties (shared/spec §3.2).
const QStringList &filterableFields()
{
    static const QStringList kFields = {
        QStringLiteral("application"),    QStringLiteral("createdByDisplayName"),
        QStringLiteral("expirationTime"), QStringLiteral("generateAlert"),
        QStringLiteral("title"),          QStringLiteral("rbacGroupNames"),
        QStringLiteral("rbacGroupIds"),   QStringLiteral("indicatorValue"),
        QStringLiteral("indicatorType"),  QStringLiteral("creationTimeDateTimeUtc"),
        QStringLiteral("createdBy"),      QStringLiteral("action"),
        QStringLiteral("severity"),
    };
    return kFields;
}

bool isDateField(const QString &field)
{
    return field == QLatin1String("expirationTime") || field == QLatin1String("creationTimeDateTimeUtc");
}

struct Token
{
    enum class Kind { Word, String, Open, Close, Comma, End } kind = Kind::End;
    QString text;
};

// Splits the filter into words, quoted strings and punctuation.
bool tokenize(const QString &text, std::vector<Token> *tokens, QString *error)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            tokens->push_back({Token::Kind::Open, QString(c)});
            ++i;
        } else if (c == u')') {
            tokens->push_back({Token::Kind::Close, QString(c)});
            ++i;
        } else if (c == u',') {
            tokens->push_back({Token::Kind::Comma, QString(c)});
            ++i;
        } else if (c == u'\'') {
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == u'\'') {
                    if (i + 1 < text.size() && text[i + 1] == u'\'') {
                        value += u'\'';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += text[i++];
            }
            if (!closed) {
                *error = QStringLiteral("Syntax error: unterminated string literal in $filter.");
                return false;
            }
            tokens->push_back({Token::Kind::String, value});
        } else {
            const qsizetype start = i;
            while (i < text.size() && !text[i].isSpace() && text[i] != u'(' && text[i] != u')' && text[i] != u','
                   && text[i] != u'\'')
                ++i;
            tokens->push_back({Token::Kind::Word, text.mid(start, i - start)});
        }
    }
    tokens->push_back({Token::Kind::End, QString()});
    return true;
}

std::optional<qint64> dateTimeMs(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return rules::parseExpirationTime(value.toString().toUtf8());
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, choices::kFilterIgnoresCase ? Qt::CaseInsensitive : Qt::CaseSensitive);
}

} // namespace

bool ODataFilter::isFilterable(const QString &field)
{
    return filterableFields().contains(field);
}

bool ODataFilter::parse(const QString &text, QString *error)
{
    m_terms.clear();
    std::vector<Token> tokens;
    if (!tokenize(text, &tokens, error))
        return false;
    size_t pos = 0;
    int depth = 0;
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    auto checkField = [&](const QString &field) {
        if (!isFilterable(field))
            return fail(QStringLiteral("Could not find a property named '%1' on type 'Indicator' that can be "
                                       "filtered.")
                            .arg(field.left(100)));
        return true;
    };
    for (;;) {
        while (tokens[pos].kind == Token::Kind::Open) {
            ++depth;
            ++pos;
        }
        Term term;
        const Token &first = tokens[pos];
        if (first.kind != Token::Kind::Word)
            return fail(QStringLiteral("Syntax error at position %1 in $filter.").arg(pos));
        if (first.text.compare(QLatin1String("startswith"), Qt::CaseInsensitive) == 0) {
            if (tokens[pos + 1].kind != Token::Kind::Open || tokens[pos + 2].kind != Token::Kind::Word
                || tokens[pos + 3].kind != Token::Kind::Comma || tokens[pos + 4].kind != Token::Kind::String
                || tokens[pos + 5].kind != Token::Kind::Close)
                return fail(QStringLiteral("Syntax error: startswith takes a property and a string."));
            term.field = tokens[pos + 2].text;
            if (!checkField(term.field))
                return false;
            term.op = Op::StartsWith;
            term.literal = tokens[pos + 4].text;
            pos += 6;
        } else {
            term.field = first.text;
            if (!checkField(term.field))
                return false;
            const Token &op = tokens[pos + 1];
            const QString name = op.text.toLower();
            if (op.kind != Token::Kind::Word)
                return fail(QStringLiteral("Syntax error: an operator must follow '%1'.").arg(term.field));
            if (name == QLatin1String("eq"))
                term.op = Op::Eq;
            else if (name == QLatin1String("ne"))
                term.op = Op::Ne;
            else if (name == QLatin1String("ge"))
                term.op = Op::Ge;
            else if (name == QLatin1String("gt"))
                term.op = Op::Gt;
            else
                return fail(QStringLiteral("The operator '%1' is not supported in $filter.").arg(op.text.left(20)));
            const Token &lit = tokens[pos + 2];
            if (lit.kind == Token::Kind::String) {
                term.literal = lit.text;
            } else if (lit.kind == Token::Kind::Word) {
                const QString w = lit.text;
                bool isNumber = false;
                const double number = w.toDouble(&isNumber);
                if (w == QLatin1String("true") || w == QLatin1String("false"))
                    term.literal = (w == QLatin1String("true"));
                else if (w == QLatin1String("null"))
                    term.literal = QJsonValue::Null;
                else if (rules::parseExpirationTime(w.toUtf8())) {
                    term.literal = w;
                    term.isDateTime = true;
                } else if (isNumber)
                    term.literal = number;
                else
                    return fail(QStringLiteral("Syntax error: '%1' is not a valid literal.").arg(w.left(100)));
            } else {
                return fail(QStringLiteral("Syntax error: a value must follow '%1'.").arg(op.text));
            }
            if (isDateField(term.field) && term.literal.isString())
                term.isDateTime = true;
            pos += 3;
        }
        m_terms.push_back(term);
        while (tokens[pos].kind == Token::Kind::Close) {
            if (--depth < 0)
                return fail(QStringLiteral("Syntax error: unbalanced parentheses in $filter."));
            ++pos;
        }
        if (tokens[pos].kind == Token::Kind::End)
            break;
        if (tokens[pos].kind == Token::Kind::Word
            && tokens[pos].text.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            ++pos;
            continue;
        }
        if (tokens[pos].kind == Token::Kind::Word
            && tokens[pos].text.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("The operator 'or' is not supported in $filter."));
        return fail(QStringLiteral("Syntax error at position %1 in $filter.").arg(pos));
    }
    if (depth != 0)
        return fail(QStringLiteral("Syntax error: unbalanced parentheses in $filter."));
    return true;
}

bool ODataFilter::test(const Term &term, const QJsonObject &entity)
{
    const QJsonValue value = entity.value(term.field);
    if (value.isArray()) {
        // A list matches eq when it contains the literal (see choices::kFilterIgnoresCase).
        bool contains = false;
        const QJsonArray items = value.toArray();
        for (const auto &item : items) {
            if (term.literal.isString() && item.isString()
                && compareText(item.toString(), term.literal.toString()) == 0)
                contains = true;
            if (term.literal.isDouble() && item.isDouble() && item.toDouble() == term.literal.toDouble())
                contains = true;
        }
        switch (term.op) {
        case Op::Eq: return contains;
        case Op::Ne: return !contains;
        default: return false;
        }
    }
    if (term.literal.isNull()) {
        const bool isNull = value.isNull() || value.isUndefined();
        return term.op == Op::Eq ? isNull : term.op == Op::Ne ? !isNull : false;
    }
    if (value.isNull() || value.isUndefined())
        return term.op == Op::Ne;

    int order = 0;
    if (term.op == Op::StartsWith)
        return value.isString()
               && value.toString().startsWith(term.literal.toString(),
                                              choices::kFilterIgnoresCase ? Qt::CaseInsensitive : Qt::CaseSensitive);
    if (term.isDateTime) {
        const auto a = dateTimeMs(value);
        const auto b = dateTimeMs(term.literal);
        if (!a || !b)
            return false;
        order = *a < *b ? -1 : (*a > *b ? 1 : 0);
    } else if (value.isBool() && term.literal.isBool()) {
        order = value.toBool() == term.literal.toBool() ? 0 : (value.toBool() ? 1 : -1);
    } else if (value.isDouble() && term.literal.isDouble()) {
        order = value.toDouble() < term.literal.toDouble() ? -1 : (value.toDouble() > term.literal.toDouble() ? 1 : 0);
    } else if (value.isString() && term.literal.isString()) {
        order = compareText(value.toString(), term.literal.toString());
    } else {
        return term.op == Op::Ne;
    }
    switch (term.op) {
    case Op::Eq: return order == 0;
    case Op::Ne: return order != 0;
    case Op::Ge: return order >= 0;
    case Op::Gt: return order > 0;
    case Op::StartsWith: break;
    }
    return false;
}

bool ODataFilter::matches(const QJsonObject &entity) const
{
    for (const Term &term : m_terms) {
        if (!test(term, entity))
            return false;
    }
    return true;
}

} // namespace im::sandbox
