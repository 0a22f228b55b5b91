// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/DocumentSession.h"

#include "core/document/DocumentLoader.h"
#include "core/document/RecoveryStore.h"
#include "core/i18n/LocaleFormat.h"
#include "core/io/ColumnMapping.h"
#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/files/FileOpener.h"
#include "ui/files/FileSaver.h"
#include "ui/recovery/AutosaveController.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace im {
namespace {

// The format Save writes back to a file we opened, when we can write that file's own layout.
std::optional<SaveFormat> saveFormatFor(const ReadReport &report)
{
    switch (report.format) {
    case FileFormat::PortalCsv: return SaveFormat::PortalCsv;
    case FileFormat::Json: return SaveFormat::ImportJson;
    case FileFormat::Csv: {
        QStringList full = portalTemplateHeaders();
        full << QStringLiteral("Application") << QStringLiteral("EducateUrl") << QStringLiteral("ExternalId");
        if (report.headers.size() != full.size())
            return std::nullopt;
        for (int i = 0; i < full.size(); ++i) {
            if (report.headers[i].trimmed().compare(full[i], Qt::CaseInsensitive) != 0)
                return std::nullopt;
        }
        return SaveFormat::FullCsv;
    }
    default: return std::nullopt; // an IOC list or another layout: Save asks where and how
    }
}

} // namespace

DocumentSession::DocumentSession(IndicatorTableModel *model, QUndoStack *undoStack, TaskRunner *tasks, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_tasks(tasks)
    , m_window(window)
    , m_opener(new FileOpener(tasks, window))
    , m_saver(new FileSaver(tasks, window))
    , m_autosave(new AutosaveController(model, undoStack, tasks, RecoveryStore::defaultDirectory(), this))
{
    setObjectName(QStringLiteral("documentSession"));
    m_autosave->setObjectName(QStringLiteral("autosaveController"));
    connect(
        m_opener, &FileOpener::loaded, this,
        [this](const QString &path, const std::shared_ptr<LoadResult> &result) { finishLoad(path, *result, false); });
    connect(m_opener, &FileOpener::appendLoaded, this, &DocumentSession::finishAppend);
    connect(
        m_opener, &FileOpener::restored, this,
        [this](const RecoveryInfo &info, const std::shared_ptr<LoadResult> &result) { finishRestore(info, *result); });
    connect(m_saver, &FileSaver::saved, this, &DocumentSession::finishSave);
    connect(m_autosave, &AutosaveController::snapshotFailed, this, [this](const QString &error) {
        Q_EMIT notice(NoticeBar::Kind::Warning, tr("The recovery copy could not be saved: %1").arg(error));
    });
}

DocumentSession::~DocumentSession()
{
    // A task still running finishes without reporting back to a window that is going away.
    disconnect(m_opener, nullptr, this, nullptr);
    disconnect(m_saver, nullptr, this, nullptr);
}

void DocumentSession::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_opener->setInteractive(interactive);
}

void DocumentSession::open(const QString &path, bool askForMapping)
{
    settleChanges([this, path, askForMapping] {
        if (!m_opener->open(path, askForMapping))
            Q_EMIT fileLoaded(false, tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()));
    });
}

void DocumentSession::append(const QString &path)
{
    // Nothing to settle: the open table stays, and the append is one step that undo takes back.
    if (!m_opener->append(path))
        Q_EMIT appendFailed(tr("Appending %1 was cancelled.").arg(QFileInfo(path).fileName()));
}

void DocumentSession::finishAppend(const QString &path, const std::shared_ptr<LoadResult> &result)
{
    const QString name = QFileInfo(path).fileName();
    if (!result->document) {
        // A failed read appends nothing, not the rows read before the failure.
        QString message;
        if (result->report.cancelled) {
            message = tr("Appending %1 was cancelled. The table is unchanged.").arg(name);
            Q_EMIT notice(NoticeBar::Kind::Information, message);
        } else {
            message = result->report.error;
            Q_EMIT notice(NoticeBar::Kind::Error, tr("\"%1\" could not be appended: %2").arg(name, message));
        }
        Q_EMIT appendFailed(message);
        return;
    }
    if (!result->report.notices.isEmpty())
        Q_EMIT notice(NoticeBar::Kind::Information, result->report.notices.join(u'\n'));
    Q_EMIT appendRead(path, result);
}

void DocumentSession::newTable()
{
    settleChanges([this] {
        LoadResult empty;
        empty.document = std::make_unique<IndicatorDocument>();
        installDocument(empty);
        m_path.clear();
        m_saveFormat.reset();
        m_autosave->setDocumentInfo(QString(), std::nullopt);
        Q_EMIT noticeDismissed();
        Q_EMIT pathChanged();
    });
}

void DocumentSession::installDocument(LoadResult &result)
{
    m_undoStack->clear(); // its commands name rows of the old table
    std::unique_ptr<IndicatorDocument> old = m_model->setDocument(std::move(result.document));
    // Freeing a million rows takes a moment; a pool thread does it.
    if (old && old->rowCount() > 100000) {
        auto holder = std::make_shared<std::unique_ptr<IndicatorDocument>>(std::move(old));
        QThreadPool::globalInstance()->start([holder] { holder->reset(); });
    }
    m_autosave->discard();
    Q_EMIT documentReplaced();
}

void DocumentSession::finishLoad(const QString &path, LoadResult &result, bool restored)
{
    const QString name = QFileInfo(path).fileName();
    if (!result.document) {
        // A failed or cancelled open keeps the table that was there.
        if (result.report.cancelled) {
            const QString message = tr("Opening %1 was cancelled. The table is unchanged.").arg(name);
            Q_EMIT notice(NoticeBar::Kind::Information, message);
            Q_EMIT fileLoaded(false, message);
        } else {
            Q_EMIT notice(NoticeBar::Kind::Error, tr("\"%1\" could not be opened: %2").arg(name, result.report.error));
            Q_EMIT fileLoaded(false, result.report.error);
        }
        return;
    }
    m_rowsLackingRequired = std::max(0, result.rowsLackingRequired);
    installDocument(result);
    m_path = path;
    if (!restored) {
        m_saveFormat = saveFormatFor(result.report);
        Q_EMIT fileUsed(path);
        if (!result.report.notices.isEmpty())
            Q_EMIT notice(NoticeBar::Kind::Information, result.report.notices.join(u'\n'));
        else
            Q_EMIT noticeDismissed();
    }
    m_autosave->setDocumentInfo(m_path, m_saveFormat);
    Q_EMIT pathChanged();
    Q_EMIT statusMessage(tr("Opened %1: %n row(s)", nullptr, m_model->document().rowCount()).arg(name));
    Q_EMIT fileLoaded(true, QString());
}

void DocumentSession::save()
{
    if (m_path.isEmpty() || !m_saveFormat) {
        saveAs();
        return;
    }
    saveTo(m_path, *m_saveFormat);
}

void DocumentSession::saveAs()
{
    QString suggested = m_path;
    const SaveFormat format = m_saveFormat.value_or(SaveFormat::PortalCsv);
    if (suggested.isEmpty()) {
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(tr("indicators") + QStringLiteral(".csv"));
    } else if (!m_saveFormat) {
        // The file's own layout is not one we write: suggest a new name beside it.
        const QFileInfo info(m_path);
        suggested = info.dir().filePath(info.completeBaseName() + QStringLiteral("-portal.csv"));
    }
    const auto target = m_saver->askForTarget(suggested, format);
    if (!target) {
        m_afterSave = nullptr;
        return;
    }
    saveTo(target->first, target->second);
}

void DocumentSession::saveTo(const QString &path, SaveFormat format)
{
    if (!m_saver->save(m_model->document().table(), path, format)) {
        m_afterSave = nullptr;
        Q_EMIT fileSaved(false, tr("Not saved."));
    }
}

void DocumentSession::finishSave(const QString &path, SaveFormat format, const QString &error)
{
    if (!error.isEmpty()) {
        m_afterSave = nullptr;
        Q_EMIT notice(NoticeBar::Kind::Error, error);
        Q_EMIT fileSaved(false, error);
        return;
    }
    m_path = path;
    m_saveFormat = format;
    m_undoStack->setClean();
    Q_EMIT fileUsed(path);
    m_autosave->setDocumentInfo(m_path, m_saveFormat);
    m_autosave->discard();
    Q_EMIT pathChanged();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT fileSaved(true, QString());
    if (m_afterSave) {
        const auto next = std::move(m_afterSave);
        m_afterSave = nullptr;
        next();
    }
}

DocumentSession::ChangesAnswer DocumentSession::askAboutChanges()
{
    if (m_undoStack->isClean() || !m_interactive)
        return ChangesAnswer::Proceed;
    const QString name = m_path.isEmpty() ? tr("the new table") : QFileInfo(m_path).fileName();
    MessageBox::Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Unsaved Changes");
    question.text = tr("Save the changes to %1?").arg(name);
    question.objectName = QStringLiteral("unsavedChangesMessageBox");
    question.informativeText = tr("Your changes are lost if you don't save them.");
    question.standardButtons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    question.defaultButton = QMessageBox::Save;
    switch (MessageBox::instance().ask(m_window, question).standard()) {
    case QMessageBox::Save: return ChangesAnswer::Save;
    case QMessageBox::Discard:
        m_autosave->discard(); // thrown away on purpose: nothing to recover
        return ChangesAnswer::Proceed;
    default: return ChangesAnswer::Cancel;
    }
}

void DocumentSession::saveThen(const std::function<void()> &next)
{
    m_afterSave = next;
    save();
}

void DocumentSession::settleChanges(const std::function<void()> &next)
{
    switch (askAboutChanges()) {
    case ChangesAnswer::Proceed: next(); break;
    case ChangesAnswer::Save: saveThen(next); break;
    case ChangesAnswer::Cancel: break;
    }
}

void DocumentSession::offerRecovery()
{
    RecoveryStore &store = m_autosave->store();
    const QList<RecoveryInfo> orphans = store.orphans();
    if (orphans.isEmpty())
        return;
    const RecoveryInfo &info = orphans.first();
    // One at a time: the others are offered again at the next start.
    for (qsizetype i = 1; i < orphans.size(); ++i)
        store.releaseOrphan(orphans[i]);

    const QString name = info.sourcePath.isEmpty() ? tr("a new table") : QFileInfo(info.sourcePath).fileName();
    MessageBox::Question question;
    question.icon = QMessageBox::Question;
    question.title = tr("Restore Unsaved Changes");
    question.text = tr("Indicator Manager closed before your changes to %1 were saved.").arg(name);
    question.objectName = QStringLiteral("restoreMessageBox");
    question.informativeText = tr("A recovery copy of %n row(s) was saved at %1. Restore it?", nullptr, info.rows)
                                   .arg(LocaleFormat::shortDateTime(QLocale(), info.savedAt.toLocalTime()));
    const QString restore = QStringLiteral("restoreButton");
    const QString discard = QStringLiteral("discardRecoveryButton");
    question.buttons = {{tr("&Restore"), QMessageBox::AcceptRole, restore},
                        {tr("&Discard"), QMessageBox::DestructiveRole, discard},
                        {tr("&Later"), QMessageBox::RejectRole, QStringLiteral("laterButton")}};
    question.defaultButton = restore;
    const MessageBox::Choice answer = MessageBox::instance().ask(m_window, question);

    if (answer == discard) {
        store.discardOrphan(info);
        return;
    }
    if (answer != restore) {
        store.releaseOrphan(info);
        return;
    }
    if (!m_opener->restore(&store, info))
        store.releaseOrphan(info);
}

void DocumentSession::finishRestore(const RecoveryInfo &info, LoadResult &result)
{
    RecoveryStore &store = m_autosave->store();
    if (!result.document) {
        store.releaseOrphan(info);
        Q_EMIT notice(NoticeBar::Kind::Error, tr("The recovery copy could not be read: %1").arg(result.report.error));
        Q_EMIT fileLoaded(false, result.report.error);
        return;
    }
    m_saveFormat = info.saveFormat;
    finishLoad(info.sourcePath, result, true);
    // Unsaved again, and safe again: our own snapshot replaces the orphan.
    m_undoStack->resetClean();
    Q_EMIT pathChanged();
    if (m_autosave->saveNow() || m_model->document().rowCount() == 0)
        store.discardOrphan(info);
    else
        store.releaseOrphan(info);
    Q_EMIT notice(NoticeBar::Kind::Information, tr("Restored %n row(s) from the recovery copy. Save to keep them.",
                                                   nullptr, m_model->document().rowCount()));
}

} // namespace im
