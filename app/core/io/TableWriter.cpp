// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TableWriter.h"

#include "core/indicator/IndicatorTable.h"
#include "core/io/CsvWriter.h"
#include "core/io/IndicatorJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace im {
namespace {

const std::vector<Field> &fullCsvExtraFields()
{
    static const std::vector<Field> kFields = {Field::Application, Field::EducateUrl, Field::ExternalId};
    return kFields;
}

QByteArray fullCsvHeaderName(Field f)
{
    switch (f) {
    case Field::Application: return "Application";
    case Field::EducateUrl: return "EducateUrl";
    case Field::ExternalId: return "ExternalId";
    default: return {};
    }
}

template<typename Fn>
void forEachRow(const IndicatorTable &table, const std::vector<int> &rows, Fn fn)
{
    if (rows.empty()) {
        for (int r = 0; r < table.rowCount(); ++r)
            fn(r);
    } else {
        for (int r : rows)
            fn(r);
    }
}

bool writeCsv(const IndicatorTable &table, bool full, QIODevice &device, const std::vector<int> &rows)
{
    CsvWriter writer(device);
    std::vector<Field> fields = portalTemplateFields();
    std::vector<QByteArray> header;
    for (const QString &name : portalTemplateHeaders())
        header.push_back(name.toLatin1());
    if (full) {
        for (Field f : fullCsvExtraFields()) {
            fields.push_back(f);
            header.push_back(fullCsvHeaderName(f));
        }
    }
    writer.writeRecord(std::vector<QByteArrayView>(header.begin(), header.end()));
    std::vector<QByteArrayView> record(fields.size());
    forEachRow(table, rows, [&](int r) {
        const IndicatorTable::Cells cells = table.cells(r);
        for (size_t i = 0; i < fields.size(); ++i)
            record[i] = cells[static_cast<size_t>(fieldIndex(fields[i]))];
        writer.writeRecord(record);
    });
    return !writer.hasError();
}

bool writeJson(const IndicatorTable &table, QIODevice &device, const std::vector<int> &rows, bool withContext)
{
    withContext = withContext && table.hasSourceContext();
    bool ok = device.write("{\n  \"Indicators\": [") >= 0;
    bool first = true;
    forEachRow(table, rows, [&](int r) {
        QByteArray line = first ? "\n    " : ",\n    ";
        first = false;
        QJsonObject object = IndicatorJson::toJson(table.indicator(r));
        if (withContext) {
            const QString context = table.sourceContext(r).text;
            if (!context.isEmpty())
                object.insert(QStringLiteral("context"), context);
        }
        line += QJsonDocument(object).toJson(QJsonDocument::Compact);
        ok = ok && device.write(line) == line.size();
    });
    ok = ok && device.write(first ? "]\n}\n" : "\n  ]\n}\n") >= 0;
    return ok;
}

} // namespace

std::vector<Field> TableWriter::fieldsMissingFromPortalCsv()
{
    return fullCsvExtraFields();
}

bool TableWriter::hasDataOutsidePortalCsv(const IndicatorTable &table)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        for (Field f : fullCsvExtraFields()) {
            if (!table.cell(r, f).isEmpty())
                return true;
        }
    }
    return false;
}

bool TableWriter::write(const IndicatorTable &table, SaveFormat format, QIODevice &device, const std::vector<int> &rows,
                        bool withContext)
{
    switch (format) {
    case SaveFormat::PortalCsv: return writeCsv(table, false, device, rows);
    case SaveFormat::FullCsv: return writeCsv(table, true, device, rows);
    case SaveFormat::ImportJson: return writeJson(table, device, rows, withContext);
    }
    return false;
}

QString TableWriter::saveFile(const IndicatorTable &table, SaveFormat format, const QString &path,
                              const std::vector<int> &rows, bool withContext)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("\"%1\" cannot be written: %2").arg(path, file.errorString());
    if (!write(table, format, file, rows, withContext)) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("Writing \"%1\" failed: %2. The previous file was left unchanged.").arg(path, error);
    }
    if (!file.commit())
        return tr("Writing \"%1\" failed: %2. The previous file was left unchanged.").arg(path, file.errorString());
    return {};
}

} // namespace im
