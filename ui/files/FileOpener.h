// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/DocumentLoader.h"
#include "core/document/RecoveryStore.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace im {

class RecoveryStore;
class TaskRunner;

// Opens indicator files: works out how to read a CSV that is not the portal template (a remembered
// mapping, or the column-mapping dialog), then reads and validates off the UI thread with progress and
// cancel. The result arrives through `loaded`; the window's current table is never touched before it.
class FileOpener : public QObject
{
    Q_OBJECT

public:
    FileOpener(TaskRunner *runner, QWidget *dialogParent);

    // Without interaction (--screenshot), files open with the mapping guessed from their header.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Returns false when nothing was started: the analyst cancelled the mapping dialog, or a task runs.
    bool open(const QString &path, bool askForMapping = false);
    // Reads a file the same way for File > Append; the result arrives through `appendLoaded`.
    bool append(const QString &path);
    bool restore(RecoveryStore *store, const RecoveryInfo &info);

Q_SIGNALS:
    // result->document is null when the file could not be read or the analyst cancelled.
    void loaded(const QString &path, const std::shared_ptr<im::LoadResult> &result);
    void appendLoaded(const QString &path, const std::shared_ptr<im::LoadResult> &result);
    void restored(const im::RecoveryInfo &info, const std::shared_ptr<im::LoadResult> &result);

private:
    bool chooseOptions(const QString &path, bool askForMapping, ReadOptions *options);
    bool chooseSheet(const QString &path, ReadOptions *options);
    bool read(const QString &path, bool askForMapping, const QString &label,
              const std::function<void(const std::shared_ptr<LoadResult> &)> &finished);

    TaskRunner *m_runner;
    QWidget *m_dialogParent;
    bool m_interactive = true;
};

} // namespace im
