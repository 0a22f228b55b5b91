// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/RememberedMappings.h"

#include "core/indicator/IndicatorEnums.h"

#include <QCryptographicHash>
#include <QSettings>

namespace im {
namespace {

constexpr QLatin1String kLayout("layout");
constexpr QLatin1String kDelimiter("delimiter");
constexpr QLatin1String kEncoding("encoding");
constexpr QLatin1String kColumns("columns");
constexpr QLatin1String kImpliedType("impliedType");

} // namespace

RememberedMappings::RememberedMappings(QSettings &settings)
    : m_settings(settings)
{
}

QString RememberedMappings::groupFor(const QStringList &headers)
{
    // Header names may hold anything; a hash keeps the settings key plain.
    const QByteArray key = ColumnMapping::layoutKey(headers).toUtf8();
    return QStringLiteral("columnMappings/")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

std::optional<RememberedMapping> RememberedMappings::find(const QStringList &headers) const
{
    m_settings.beginGroup(groupFor(headers));
    const QString layout = m_settings.value(kLayout).toString();
    std::optional<RememberedMapping> result;
    if (!layout.isEmpty() && layout == ColumnMapping::layoutKey(headers)) {
        RememberedMapping remembered;
        const QString delimiter = m_settings.value(kDelimiter).toString();
        if (delimiter.size() == 1)
            remembered.dialect.delimiter = delimiter.at(0).toLatin1();
        encodingFromName(m_settings.value(kEncoding).toString(), &remembered.encoding);
        const QStringList columns = m_settings.value(kColumns).toStringList();
        for (const QString &name : columns) {
            Field field;
            const QByteArray latin = name.toLatin1();
            if (name != QLatin1String("-") && fieldFromApiName(latin.constData(), latin.size(), &field))
                remembered.mapping.columns.emplace_back(field);
            else
                remembered.mapping.columns.emplace_back(std::nullopt);
        }
        remembered.mapping.impliedType = parseIndicatorType(m_settings.value(kImpliedType).toString().toLatin1());
        if (remembered.mapping.columns.size() == static_cast<size_t>(headers.size()))
            result = remembered;
    }
    m_settings.endGroup();
    return result;
}

void RememberedMappings::remember(const QStringList &headers, const RememberedMapping &remembered)
{
    m_settings.beginGroup(groupFor(headers));
    m_settings.setValue(kLayout, ColumnMapping::layoutKey(headers));
    m_settings.setValue(kDelimiter, QString(QLatin1Char(remembered.dialect.delimiter)));
    m_settings.setValue(kEncoding, encodingName(remembered.encoding));
    QStringList columns;
    for (const auto &column : remembered.mapping.columns)
        columns.append(column ? QString::fromLatin1(apiName(*column)) : QStringLiteral("-"));
    m_settings.setValue(kColumns, columns);
    m_settings.setValue(kImpliedType, QString::fromLatin1(apiName(remembered.mapping.impliedType)));
    m_settings.endGroup();
}

void RememberedMappings::forget(const QStringList &headers)
{
    m_settings.remove(groupFor(headers));
}

} // namespace im
