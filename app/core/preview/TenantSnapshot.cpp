// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/preview/TenantSnapshot.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/io/IndicatorJson.h"
#include "core/validation/MatchingKey.h"
#include "core/validation/RowValidator.h"
#include "core/validation/ValueRules.h"

#include <QJsonValue>

#include <algorithm>

namespace im {
namespace {

QByteArrayView cellOf(const IndicatorTable::Cells &cells, Field f)
{
    return trimmedValue(cells[static_cast<size_t>(fieldIndex(f))]);
}

void appendField(QByteArray &out, QByteArrayView text)
{
    out.append(text.data(), text.size());
    out.append('\0');
}

void appendUpper(QByteArray &out, QByteArrayView text)
{
    for (char c : text)
        out.append((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
}

void appendTechniques(QByteArray &out, QByteArrayView list)
{
    std::vector<QByteArray> items;
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        const QByteArrayView item = trimmedValue(list.sliced(start, end - start));
        if (!item.isEmpty()) {
            QByteArray upper;
            appendUpper(upper, item);
            items.push_back(std::move(upper));
        }
        start = end + 1;
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    for (const QByteArray &item : items) {
        out.append(item);
        out.append(',');
    }
    out.append('\0');
}

} // namespace

quint64 sentFieldsHash(const IndicatorTable::Cells &cells, QByteArray &scratch)
{
    scratch.resize(0);
    const QByteArrayView severityText = cellOf(cells, Field::Severity);
    const Severity severity =
        severityText.isEmpty() ? Severity::Informational : parseSeverityCaseInsensitive(severityText);
    if (severity == Severity::Unknown)
        appendField(scratch, severityText);
    else
        scratch.append(static_cast<char>(severity)).append('\0');
    appendField(scratch, cellOf(cells, Field::Title));
    appendField(scratch, cellOf(cells, Field::Description));
    appendField(scratch, cellOf(cells, Field::RecommendedActions));
    const QByteArrayView expiration = cellOf(cells, Field::ExpirationTime);
    if (expiration.isEmpty()) {
        appendField(scratch, "never");
    } else if (const auto ms = rules::parseExpirationTime(expiration)) {
        scratch.append(QByteArray::number(*ms / 1000)).append('\0');
    } else {
        appendField(scratch, expiration);
    }
    const QByteArrayView alert = cellOf(cells, Field::GenerateAlert);
    if (alert.isEmpty() || alert.compare("false", Qt::CaseInsensitive) == 0)
        appendField(scratch, "false");
    else if (alert.compare("true", Qt::CaseInsensitive) == 0)
        appendField(scratch, "true");
    else
        appendField(scratch, alert);
    appendTechniques(scratch, cellOf(cells, Field::MitreTechniques));
    appendField(scratch, cellOf(cells, Field::EducateUrl));
    appendField(scratch, cellOf(cells, Field::ExternalId));
    return hashKey(scratch);
}

void TenantSnapshot::clear()
{
    m_items.clear();
    m_byKey.clear();
}

void TenantSnapshot::add(const QJsonObject &listItem)
{
    const IndicatorJson::ReadRow read = IndicatorJson::fromJson(listItem);
    const QJsonValue id = listItem.value(QLatin1String("id"));
    add(id.isDouble() ? QString::number(id.toInteger()) : id.toString(), read.indicator,
        Creator::fromListItem(listItem));
}

void TenantSnapshot::add(const QString &id, const Indicator &indicator, const Creator &creator)
{
    std::array<QByteArray, FieldCount> storage;
    IndicatorTable::Cells cells;
    for (Field f : allFields()) {
        const auto i = static_cast<size_t>(fieldIndex(f));
        storage[i] = indicator[f].toUtf8();
        cells[i] = storage[i];
    }
    TenantIndicator item;
    QByteArray scratch;
    if (buildMatchingKey(cells, KeyScope::WithAction, scratch))
        item.key = hashKey(scratch);
    if (buildMatchingKey(cells, KeyScope::ValueOnly, scratch)) {
        item.valueKey = hashKey(scratch);
        const qsizetype valueLength = scratch.size();
        buildMatchingKey(cells, KeyScope::WithoutAction, scratch);
        item.deviceGroups = deviceGroupsOf(scratch, valueLength).toByteArray();
        item.stance = stanceOf(parseAction(cellOf(cells, Field::Action)));
    }
    item.fields = sentFieldsHash(cells, scratch);
    if (const auto ms = rules::parseExpirationTime(cellOf(cells, Field::ExpirationTime)))
        item.expiresMs = *ms;
    item.id = id;
    item.action = indicator[Field::Action];
    item.type = indicator[Field::IndicatorType];
    item.value = indicator[Field::IndicatorValue];
    item.title = indicator[Field::Title];
    item.creator = creator;
    m_items.push_back(std::move(item));
}

void TenantSnapshot::finish()
{
    m_byKey.clear();
    m_byKey.reserve(m_items.size());
    for (int i = 0; i < size(); ++i) {
        if (m_items[static_cast<size_t>(i)].key != 0)
            m_byKey.emplace_back(m_items[static_cast<size_t>(i)].key, i);
    }
    std::sort(m_byKey.begin(), m_byKey.end());
    m_byValue.clear();
    for (int i = 0; i < size(); ++i) {
        const TenantIndicator &item = m_items[static_cast<size_t>(i)];
        if (item.valueKey != 0 && item.stance != Stance::None)
            m_byValue.emplace_back(item.valueKey, i);
    }
    std::sort(m_byValue.begin(), m_byValue.end());
}

int TenantSnapshot::findOpposing(quint64 valueKey, Stance stance, QByteArrayView deviceGroups) const
{
    if (stance == Stance::None)
        return -1;
    auto it = std::lower_bound(m_byValue.begin(), m_byValue.end(), std::make_pair(valueKey, -1));
    for (; it != m_byValue.end() && it->first == valueKey; ++it) {
        const TenantIndicator &item = m_items[static_cast<size_t>(it->second)];
        if (item.stance != stance && deviceGroupsOverlap(item.deviceGroups, deviceGroups))
            return it->second;
    }
    return -1;
}

int TenantSnapshot::find(quint64 key) const
{
    const auto it = std::lower_bound(m_byKey.begin(), m_byKey.end(), std::make_pair(key, 0));
    return it != m_byKey.end() && it->first == key ? it->second : -1;
}

} // namespace im
