// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/FileSaver.h"

#include "core/indicator/IndicatorTable.h"
#include "core/tasks/ProgressDevice.h"
#include "core/tasks/TaskRunner.h"
#include "core/validation/IssueMessages.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace im {

FileSaver::FileSaver(TaskRunner *runner, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runner(runner)
    , m_dialogParent(dialogParent)
{
}

QString FileSaver::formatLabel(SaveFormat format)
{
    switch (format) {
    case SaveFormat::PortalCsv: return tr("Defender portal CSV (*.csv)");
    case SaveFormat::FullCsv: return tr("CSV with Application, Educate URL and External ID (*.csv)");
    case SaveFormat::ImportJson: return tr("Import API JSON (*.json)");
    }
    return {};
}

std::optional<std::pair<QString, SaveFormat>> FileSaver::askForTarget(const QString &suggestedPath,
                                                                      SaveFormat suggestedFormat)
{
    const std::vector<SaveFormat> formats{SaveFormat::PortalCsv, SaveFormat::FullCsv, SaveFormat::ImportJson};
    QStringList filters;
    for (SaveFormat f : formats)
        filters.append(formatLabel(f));
    QString selected = formatLabel(suggestedFormat);
    const QString path = FileDialog::instance().saveFileName(m_dialogParent, tr("Save Indicators As"), suggestedPath,
                                                             filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    const SaveFormat format = formats[static_cast<size_t>(std::max<qsizetype>(0, filters.indexOf(selected)))];
    QString finalPath = path;
    const QString suffix = format == SaveFormat::ImportJson ? QStringLiteral("json") : QStringLiteral("csv");
    if (QFileInfo(path).suffix().isEmpty())
        finalPath += u'.' + suffix;
    return std::make_pair(finalPath, format);
}

std::optional<SaveFormat> FileSaver::confirmFormat(const IndicatorTable &table, SaveFormat format)
{
    if (format != SaveFormat::PortalCsv || !TableWriter::hasDataOutsidePortalCsv(table))
        return format;
    QStringList names;
    for (Field f : TableWriter::fieldsMissingFromPortalCsv())
        names.append(IssueMessages::fieldLabel(f));
    MessageBox::Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Save as Portal CSV");
    question.text = tr("The portal template has no columns for %1. Some rows have values there that this file "
                       "would not keep.")
                        .arg(names.join(QStringLiteral(", ")));
    question.objectName = QStringLiteral("portalCsvWarningMessageBox");
    question.informativeText = tr("Keep them in extra columns (the portal import ignores unknown columns), or save "
                                  "without them?");
    question.standardButtons = QMessageBox::Cancel;
    const QString keep = QStringLiteral("keepExtraColumnsButton");
    const QString drop = QStringLiteral("dropExtraColumnsButton");
    question.buttons = {{tr("&Keep Them"), QMessageBox::AcceptRole, keep},
                        {tr("Save &Without Them"), QMessageBox::DestructiveRole, drop}};
    question.defaultButton = keep;
    const MessageBox::Choice answer = MessageBox::instance().ask(m_dialogParent, question);
    if (answer == keep)
        return SaveFormat::FullCsv;
    if (answer == drop)
        return SaveFormat::PortalCsv;
    return std::nullopt;
}

bool FileSaver::save(const IndicatorTable &table, const QString &path, SaveFormat format)
{
    if (m_runner->isBusy())
        return false;
    const std::optional<SaveFormat> chosen = confirmFormat(table, format);
    if (!chosen)
        return false;
    const SaveFormat target = *chosen;
    auto error = std::make_shared<QString>();
    // A rough size for the progress bar: JSON spells out every property name.
    const qint64 estimate = (table.memoryUsage() - table.garbageBytes()) * (target == SaveFormat::ImportJson ? 3 : 1);
    const IndicatorTable *source = &table;
    return m_runner->run(
        tr("Saving %1...").arg(QFileInfo(path).fileName()), true,
        [source, path, target, estimate, error](TaskControl &control) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                *error = tr("\"%1\" cannot be written: %2").arg(path, file.errorString());
                return;
            }
            ProgressDevice device(&file, estimate, &control);
            device.open(QIODevice::WriteOnly);
            const bool written = TableWriter::write(*source, target, device);
            if (device.wasCancelled()) {
                file.cancelWriting();
                *error = tr("Saving was cancelled. The previous file was left unchanged.");
                return;
            }
            if (!written || !file.commit()) {
                *error = tr("Writing \"%1\" failed: %2. The previous file was left unchanged.")
                             .arg(path, file.errorString());
                file.cancelWriting();
            }
        },
        [this, path, target, error](const TaskControl &) { Q_EMIT saved(path, target, *error); });
}

} // namespace im
