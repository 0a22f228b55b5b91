// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableWriter.h"

#include <QObject>

#include <optional>
#include <utility>

class QWidget;

namespace im {

class IndicatorTable;
class TaskRunner;

// Saves a table as the portal CSV, the full CSV or Import JSON: asks where and in which format when
// needed, warns before the portal template would drop Application, Educate URL and External ID, and
// writes off the UI thread through QSaveFile, so the old file stays whole until the new one is complete.
class FileSaver : public QObject
{
    Q_OBJECT

public:
    FileSaver(TaskRunner *runner, QWidget *dialogParent);

    // The target the analyst picks in a file dialog, or nothing.
    std::optional<std::pair<QString, SaveFormat>> askForTarget(const QString &suggestedPath,
                                                               SaveFormat suggestedFormat);
    // Returns false when nothing was started (the analyst cancelled the warning, or a task runs).
    bool save(const IndicatorTable &table, const QString &path, SaveFormat format);

    static QString formatLabel(SaveFormat format);

Q_SIGNALS:
    // error is empty on success.
    void saved(const QString &path, im::SaveFormat format, const QString &error);

private:
    // Asks what to do when a portal CSV would drop data; returns the format to use, or nothing to cancel.
    std::optional<SaveFormat> confirmFormat(const IndicatorTable &table, SaveFormat format);

    TaskRunner *m_runner;
    QWidget *m_dialogParent;
};

} // namespace im
