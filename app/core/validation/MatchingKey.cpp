// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/MatchingKey.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/validation/ByteHash.h"
#include "core/validation/RowValidator.h"
#include "core/validation/ValueRules.h"

#include <QString>
#include <QUrl>

#include <algorithm>
#include <array>
#include <vector>

namespace im {
namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

void appendLower(QByteArray &out, QByteArrayView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *dst = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = lower(text[i]);
}

void appendHost(QByteArray &out, QByteArrayView host)
{
    if (rules::isAscii(host)) {
        appendLower(out, host);
        return;
    }
    const QByteArray ace = QUrl::toAce(QString::fromUtf8(host));
    if (ace.isEmpty())
        out.append(host.data(), host.size());
    else
        appendLower(out, ace);
}

void appendValue(QByteArray &out, IndicatorType type, QByteArrayView value)
{
    switch (type) {
    case IndicatorType::FileMd5:
    case IndicatorType::FileSha1:
    case IndicatorType::FileSha256:
    case IndicatorType::CertificateThumbprint: appendLower(out, value); return;
    case IndicatorType::IpAddress:
        if (const auto v6 = rules::parseIpv6(value)) {
            out.append(rules::fullFormIpv6(*v6));
            return;
        }
        out.append(value.data(), value.size());
        return;
    case IndicatorType::DomainName:
        if (value.endsWith('.'))
            value.chop(1);
        appendHost(out, value);
        return;
    case IndicatorType::Url: {
        rules::UrlParts parts;
        if (!rules::splitUrl(value, &parts)) {
            out.append(value.data(), value.size());
            return;
        }
        appendLower(out, parts.scheme);
        out.append("://");
        out.append(parts.userInfo.data(), parts.userInfo.size());
        out.append('@');
        appendHost(out, parts.host);
        out.append(':');
        out.append(parts.port.data(), parts.port.size());
        out.append(parts.rest.data(), parts.rest.size());
        return;
    }
    case IndicatorType::Unknown: return;
    }
}

bool lessIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = lower(a[i]);
        const char y = lower(b[i]);
        if (x != y)
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    }
    return a.size() < b.size();
}

bool equalIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return !lessIgnoringCase(a, b) && !lessIgnoringCase(b, a);
}

// Appends the group names as a sorted, case-folded set. Runs for every row, so names are views
// into the cell, not copies.
void appendGroups(QByteArray &out, QByteArrayView groups)
{
    if (groups.isEmpty())
        return;
    // Rows name a few groups: up to 16 are sorted on the stack, more in a vector.
    constexpr size_t kInline = 16;
    std::array<QByteArrayView, kInline> inlineNames;
    std::vector<QByteArrayView> moreNames;
    size_t count = 0;
    qsizetype start = 0;
    while (start <= groups.size()) {
        qsizetype end = groups.indexOf(',', start);
        if (end < 0)
            end = groups.size();
        const QByteArrayView name = trimmedValue(groups.sliced(start, end - start));
        if (!name.isEmpty()) {
            if (count < kInline) {
                inlineNames[count] = name;
            } else {
                if (moreNames.empty())
                    moreNames.assign(inlineNames.begin(), inlineNames.end());
                moreNames.push_back(name);
            }
            ++count;
        }
        start = end + 1;
    }
    QByteArrayView *const first = count <= kInline ? inlineNames.data() : moreNames.data();
    QByteArrayView *last = first + count;
    std::sort(first, last, lessIgnoringCase);
    last = std::unique(first, last, equalIgnoringCase);
    for (const QByteArrayView *name = first; name != last; ++name) {
        appendLower(out, *name);
        out.append('\n');
    }
}

} // namespace

bool buildMatchingKey(const IndicatorTable::Cells &cells, KeyScope scope, QByteArray &out)
{
    out.resize(0); // keeps the capacity: this runs once per row
    const IndicatorType type = parseIndicatorType(cells[static_cast<size_t>(fieldIndex(Field::IndicatorType))]);
    // Trimmed as the validator trims: a value that only needs the whitespace fix already has the key
    // it will have after the fix.
    const QByteArrayView value = trimmedValue(cells[static_cast<size_t>(fieldIndex(Field::IndicatorValue))]);
    if (type == IndicatorType::Unknown || value.isEmpty())
        return false;
    out.append(static_cast<char>(type));
    out.append('\0');
    appendValue(out, type, value);
    out.append('\0');
    if (scope == KeyScope::WithAction) {
        const QByteArrayView actionText = cells[static_cast<size_t>(fieldIndex(Field::Action))];
        const Action action = currentActionFor(parseAction(actionText));
        if (action == Action::Unknown)
            out.append(actionText.data(), actionText.size());
        else
            out.append(apiName(action));
        out.append('\0');
    }
    if (scope == KeyScope::ValueOnly)
        return true;
    appendGroups(out, cells[static_cast<size_t>(fieldIndex(Field::RbacGroupNames))]);
    return true;
}

bool buildMatchingKey(const Indicator &indicator, KeyScope scope, QByteArray &out)
{
    std::array<QByteArray, FieldCount> storage;
    IndicatorTable::Cells cells;
    for (Field f : allFields()) {
        const auto i = static_cast<size_t>(fieldIndex(f));
        storage[i] = indicator[f].toUtf8();
        cells[i] = storage[i];
    }
    return buildMatchingKey(cells, scope, out);
}

quint64 hashKey(const QByteArray &key)
{
    const quint64 h = hashBytes(key, 0x9e3779b97f4a7c15ull);
    return h == 0 ? 1 : h; // 0 marks an empty slot in DuplicateIndex
}

Stance stanceOf(Action action)
{
    switch (currentActionFor(action)) {
    case Action::Allowed: return Stance::Allow;
    case Action::Block:
    case Action::BlockAndRemediate: return Stance::Block;
    default: return Stance::None;
    }
}

QByteArrayView deviceGroupsOf(const QByteArray &keyWithoutAction, qsizetype valueKeyLength)
{
    return QByteArrayView(keyWithoutAction).sliced(std::min(valueKeyLength, keyWithoutAction.size()));
}

bool deviceGroupsOverlap(QByteArrayView a, QByteArrayView b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qsizetype ei = a.indexOf('\n', i);
        const qsizetype ej = b.indexOf('\n', j);
        if (ei < 0 || ej < 0)
            return false;
        const QByteArrayView x = a.sliced(i, ei - i);
        const QByteArrayView y = b.sliced(j, ej - j);
        if (x == y)
            return true;
        if (x < y)
            i = ei + 1;
        else
            j = ej + 1;
    }
    return false;
}

} // namespace im
