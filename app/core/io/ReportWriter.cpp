// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ReportWriter.h"

#include "core/indicator/IndicatorTable.h"
#include "core/io/ColumnMapping.h"
#include "core/io/CsvWriter.h"
#include "core/io/IndicatorJson.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace im {

bool ReportWriter::writeCsv(const IndicatorTable &table, const std::function<RowOutcome(int)> &outcome,
                            QIODevice &device)
{
    CsvWriter writer(device, ',', CsvWriter::FormulaSafety::Neutralize);
    std::vector<Field> fields = portalTemplateFields();
    fields.insert(fields.end(), {Field::Application, Field::EducateUrl, Field::ExternalId});
    std::vector<QByteArray> header;
    for (const QString &name : portalTemplateHeaders())
        header.push_back(name.toLatin1());
    header.insert(header.end(), {"Application", "EducateUrl", "ExternalId", "Status", "Id", "FailureReason"});
    writer.writeRecord(std::vector<QByteArrayView>(header.begin(), header.end()));

    std::vector<QByteArrayView> record(fields.size() + 3);
    for (int r = 0; r < table.rowCount(); ++r) {
        const IndicatorTable::Cells cells = table.cells(r);
        for (size_t i = 0; i < fields.size(); ++i)
            record[i] = cells[static_cast<size_t>(fieldIndex(fields[i]))];
        const RowOutcome o = outcome(r);
        const QByteArray status = o.statusName().toUtf8();
        const QByteArray id = o.id.toUtf8();
        const QByteArray reason = o.reason().toUtf8();
        record[fields.size()] = status;
        record[fields.size() + 1] = id;
        record[fields.size() + 2] = reason;
        writer.writeRecord(record);
    }
    return !writer.hasError();
}

bool ReportWriter::writeJson(const IndicatorTable &table, const std::function<RowOutcome(int)> &outcome,
                             QIODevice &device)
{
    QJsonArray rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        const RowOutcome o = outcome(r);
        const QString reason = o.reason();
        rows.append(QJsonObject{
            {QStringLiteral("indicator"), IndicatorJson::toJson(table.indicator(r))},
            {QStringLiteral("status"), o.statusName()},
            {QStringLiteral("id"), o.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.id)},
            {QStringLiteral("failureReason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)}});
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows}}).toJson(QJsonDocument::Indented);
    return device.write(bytes) == bytes.size();
}

} // namespace im
