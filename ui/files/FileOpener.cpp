// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/FileOpener.h"

#include "core/defaults/ImportDefaults.h"
#include "core/document/RecoveryStore.h"
#include "core/io/CsvPreview.h"
#include "core/io/XlsxReader.h"
#include "core/settings/RememberedMappings.h"
#include "core/tasks/TaskRunner.h"
#include "ui/files/SheetPickerDialog.h"
#include "ui/mapping/ColumnMappingDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace im {
namespace {

// A header every column of which names a field needs no questions.
bool headerIsClear(const QStringList &headers)
{
    const ColumnMapping guess = ColumnMapping::guess(headers);
    if (!guess.maps(Field::IndicatorValue))
        return false;
    for (const auto &column : guess.columns) {
        if (!column)
            return false;
    }
    return true;
}

// What the window asks of a new document at once, done on the worker: the row index (so the first
// edit is instant) and the count of rows lacking required fields (a pass over every row).
void readyForWindow(LoadResult &result)
{
    if (!result.document)
        return;
    const IndicatorTable &table = result.document->table();
    table.buildRowIndex();
    result.rowsLackingRequired = ImportDefaults::rowsLackingRequired(table);
}

} // namespace

FileOpener::FileOpener(TaskRunner *runner, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runner(runner)
    , m_dialogParent(dialogParent)
{
}

bool FileOpener::chooseSheet(const QString &path, ReadOptions *options)
{
    QFile file(path);
    if (!m_interactive || !file.open(QIODevice::ReadOnly) || !XlsxReader::looksLikeZip(file.peek(4)))
        return true;
    QString error;
    const std::vector<XlsxReader::SheetSummary> sheets = XlsxReader::survey(file, &error);
    const auto withRows =
        std::count_if(sheets.cbegin(), sheets.cend(), [](const XlsxReader::SheetSummary &s) { return s.hasRows; });
    if (withRows < 2)
        return true; // one sheet to read, or a broken workbook the reader reports on
    SheetPickerDialog dialog(QFileInfo(path).fileName(), sheets, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->sheet = dialog.chosenSheet();
    return true;
}

bool FileOpener::chooseOptions(const QString &path, bool askForMapping, ReadOptions *options)
{
    if (!chooseSheet(path, options))
        return false;
    const CsvPreview preview = CsvPreview::read(path);
    if (!preview.error.isEmpty())
        return true; // the reader reports the same error, through the normal path
    if (preview.format != FileFormat::Csv && !(askForMapping && preview.format == FileFormat::PortalCsv))
        return true;

    QSettings settings;
    RememberedMappings memory(settings);
    const QStringList headers = preview.firstRecord();
    const std::optional<RememberedMapping> remembered = memory.find(headers);
    const bool ask = askForMapping || (m_interactive && !remembered && !headerIsClear(headers));
    if (!ask) {
        if (remembered) {
            options->dialect = remembered->dialect;
            options->encoding = remembered->encoding;
            options->mapping = remembered->mapping;
            options->format = FileFormat::Csv;
        }
        return true;
    }
    ColumnMappingDialog dialog(path, preview, remembered, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RememberedMapping choice = dialog.choice();
    if (dialog.rememberChoice())
        memory.remember(dialog.headers(), choice);
    options->dialect = choice.dialect;
    options->encoding = choice.encoding;
    options->mapping = choice.mapping;
    options->format = FileFormat::Csv;
    return true;
}

bool FileOpener::open(const QString &path, bool askForMapping)
{
    return read(path, askForMapping, tr("Opening %1...").arg(QFileInfo(path).fileName()),
                [this, path](const std::shared_ptr<LoadResult> &result) { Q_EMIT loaded(path, result); });
}

bool FileOpener::append(const QString &path)
{
    return read(path, false, tr("Appending %1...").arg(QFileInfo(path).fileName()),
                [this, path](const std::shared_ptr<LoadResult> &result) { Q_EMIT appendLoaded(path, result); });
}

bool FileOpener::read(const QString &path, bool askForMapping, const QString &label,
                      const std::function<void(const std::shared_ptr<LoadResult> &)> &finished)
{
    if (m_runner->isBusy())
        return false;
    ReadOptions options;
    if (!chooseOptions(path, askForMapping, &options))
        return false;
    auto result = std::make_shared<LoadResult>();
    const qint64 size = std::max<qint64>(1, QFileInfo(path).size());
    const bool started = m_runner->run(
        label, true,
        [path, options, size, result](TaskControl &control) {
            // Reading is most of the work; validation the last 30%.
            ReadOptions o = options;
            o.progress = [&control, size](qint64 bytes) {
                if (bytes >= 0)
                    control.setProgress(bytes * 700 / size, 1000);
                return !control.isCancelled();
            };
            *result = loadDocument(path, o, 0, [&control](int done, int rows) {
                control.setProgress(700 + (rows > 0 ? qint64(done) * 300 / rows : 300), 1000);
                return !control.isCancelled();
            });
            readyForWindow(*result);
        },
        [result, finished](const TaskControl &) { finished(result); });
    return started;
}

bool FileOpener::restore(RecoveryStore *store, const RecoveryInfo &info)
{
    auto result = std::make_shared<LoadResult>();
    return m_runner->run(
        tr("Restoring unsaved changes..."), false,
        [store, info, result](TaskControl &control) {
            IndicatorTable table;
            result->report.error = store->restore(info, table);
            if (!result->report.error.isEmpty())
                return;
            result->report.format = FileFormat::Csv;
            auto document = std::make_unique<IndicatorDocument>(std::move(table));
            const int rows = document->rowCount();
            document->validateAll([&control, rows](int done) {
                control.setProgress(done, rows);
                return true;
            });
            result->document = std::move(document);
            readyForWindow(*result);
        },
        [this, info, result](const TaskControl &) { Q_EMIT restored(info, result); });
}

} // namespace im
