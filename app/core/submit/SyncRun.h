// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/preview/SyncPlanner.h"
#include "core/submit/SubmissionRun.h"
#include "core/tenant/BatchDeleter.h"

#include <QCoreApplication>
#include <QObject>

#include <vector>

namespace im {

class ApiClient;
class IndicatorTable;

// One sync, the same for the window and the CLI: first our indicators that the table no longer holds
// are deleted (BatchDeleter, at most 500 a call), which frees their quota, then the rows to create or
// update go through a SubmissionRun like an import (with its journal), and the rows the plan leaves
// out are settled Not sent. A sync cut short is run again: the new plan reads the tenant again, so
// what was created is unchanged and what was deleted is gone, and nothing is sent or deleted twice.
// Emits finished() once.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Deleting, Importing, Done };

    explicit SyncRun(ApiClient *client, QObject *parent = nullptr);

    // False, with problem() saying why, when nothing was started (not signed in, already running).
    bool start(const IndicatorTable &table, const SyncPlan &plan, const std::vector<PlannedLeftOut> &leftOut);
    // Stops after the call in flight; the rest is done by the next sync.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_phase == Phase::Deleting || m_phase == Phase::Importing; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    [[nodiscard]] SubmissionRun &submission() { return m_submission; }
    [[nodiscard]] const SubmissionRun &submission() const { return m_submission; }
    [[nodiscard]] const BatchDeleter &deleter() const { return m_deleter; }
    // Whether the import part ran (it does not when there is nothing to send or the deletes failed).
    [[nodiscard]] bool imported() const { return m_imported; }
    // The first lasting failure of the deletes or the import; none when both went through.
    [[nodiscard]] ApiError error() const;
    [[nodiscard]] int calls() const;

Q_SIGNALS:
    void phaseChanged(im::SyncRun::Phase phase);
    void finished();

private:
    void onDeleted();
    void finish();

    ApiClient *m_client;
    SubmissionRun m_submission;
    BatchDeleter m_deleter;
    const IndicatorTable *m_table = nullptr;
    std::vector<int> m_rows;
    std::vector<PlannedLeftOut> m_leftOut;
    Phase m_phase = Phase::Idle;
    QString m_problem;
    bool m_cancelled = false;
    bool m_imported = false;
};

} // namespace im
