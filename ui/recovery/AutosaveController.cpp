// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recovery/AutosaveController.h"

#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"

#include <QSettings>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace im {
namespace {

constexpr int kDefaultSeconds = 60;
constexpr int kBackgroundRows = 200000; // below this a snapshot takes well under 100 ms

} // namespace

AutosaveController::AutosaveController(IndicatorTableModel *model, QUndoStack *undoStack, TaskRunner *runner,
                                       const QString &directory, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_runner(runner)
    , m_store(directory)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalSeconds() * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutosaveController::timeout);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &AutosaveController::changed);
    // Back at the saved state (a save, or undoing every change): the snapshot would restore nothing new.
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
    m_timer->start();
}

int AutosaveController::intervalSeconds() const
{
    return std::max(1, QSettings().value(QStringLiteral("recovery/autosaveSeconds"), kDefaultSeconds).toInt());
}

void AutosaveController::setIntervalSeconds(int seconds)
{
    m_timer->setInterval(std::max(1, seconds) * 1000);
}

void AutosaveController::setDocumentInfo(const QString &sourcePath, std::optional<SaveFormat> saveFormat)
{
    m_info.sourcePath = sourcePath;
    m_info.saveFormat = saveFormat;
}

void AutosaveController::changed()
{
    m_pending = !m_undoStack->isClean();
}

void AutosaveController::timeout()
{
    if (m_pending && (!m_isIdle || m_isIdle()))
        saveNow();
}

bool AutosaveController::saveNow()
{
    if (m_undoStack->isClean() || m_runner->isBusy())
        return false;
    const IndicatorTable &table = m_model->document().table();
    m_pending = false;
    if (table.rowCount() < kBackgroundRows) {
        const QString error = m_store.save(table, m_info);
        if (!error.isEmpty()) {
            Q_EMIT snapshotFailed(error);
            return false;
        }
        Q_EMIT snapshotWritten();
        return true;
    }
    auto error = std::make_shared<QString>();
    RecoveryStore *store = &m_store;
    const RecoveryInfo info = m_info;
    m_writing = true;
    m_discardPending = false;
    const bool started = m_runner->run(
        tr("Saving a recovery copy..."), false,
        [store, &table, info, error](TaskControl &) { *error = store->save(table, info); },
        [this, error](const TaskControl &) {
            m_writing = false;
            if (m_discardPending)
                discard();
            else if (error->isEmpty())
                Q_EMIT snapshotWritten();
            else
                Q_EMIT snapshotFailed(*error);
        });
    m_writing = started;
    return started;
}

void AutosaveController::discard()
{
    m_pending = false;
    // A snapshot being written in the background is discarded once it is done.
    m_discardPending = m_writing;
    if (!m_writing)
        m_store.discard();
}

} // namespace im
