// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SyncCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "cli/TenantSession.h"
#include "core/document/DocumentLoader.h"
#include "core/document/IndicatorDocument.h"
#include "core/preview/SyncPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/SyncRun.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace im::cli {
namespace {

constexpr int kMaxListed = 50;

QString rowText(const IndicatorTable &table, int row)
{
    const Indicator indicator = table.indicator(row);
    return terminalText(indicator[Field::IndicatorType] + QLatin1Char(' ') + indicator[Field::IndicatorValue]);
}

} // namespace

QString SyncCommands::usage()
{
    return tr("  sync FILE (--profile NAME | CONNECTION) [--dry-run] [--json] [--encoding NAME]\n"
              "      Make the tenant hold exactly the file's rows among the indicators we own: rows it lacks\n"
              "      are created, changed ones updated, unchanged ones left alone, and our indicators the file\n"
              "      no longer holds are deleted. Indicators made by others (the portal, Defender for Cloud\n"
              "      Apps, other apps) are never deleted. --dry-run prints what would be done and the calls it\n"
              "      takes, and changes nothing. A sync cut short is run again to finish. Exit codes as import.\n");
}

int SyncCommands::sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFileCommandOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), tr("Print what the sync would do; change nothing.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to sync."));
    FileCommand command;
    if (const int code = openFileCommand(parser, QStringLiteral("sync"), arguments, &command); code != ExitOk)
        return code;
    const bool asJson = command.asJson;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString &path = command.path;
    const QJsonObject &context = command.context;
    const IndicatorDocument &doc = *command.loaded.document;
    const IndicatorTable &table = doc.table();

    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(command.connection, &problemCode); !problem.isEmpty())
        return fail(asJson, context, problem, problemCode);
    ApiError apiError;
    QJsonArray all;
    if (!session.signIn(&apiError) || !listAll(session, &all, &apiError))
        return fail(asJson, context, apiError.message(), exitCodeFor(apiError));
    TenantSnapshot snapshot;
    snapshot.reserve(static_cast<int>(all.size()));
    for (const QJsonValue &item : std::as_const(all))
        snapshot.add(item.toObject());
    snapshot.finish();
    all = QJsonArray();

    const SyncPlan plan = SyncPlanner::plan(table, snapshot, Ownership::of(session.client()));
    int invalid = 0;
    const std::vector<PlannedLeftOut> leftOut = leftOutRows(doc, plan.import.plan, &invalid);

    QJsonObject result{{QStringLiteral("file"), path},
                       {QStringLiteral("rows"), table.rowCount()},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("create"), plan.creates},
                       {QStringLiteral("update"), plan.updates},
                       {QStringLiteral("unchanged"), plan.unchanged},
                       {QStringLiteral("delete"), plan.deleteCount()},
                       {QStringLiteral("othersKept"), plan.othersKept},
                       {QStringLiteral("invalid"), invalid},
                       {QStringLiteral("notSent"), plan.notSent},
                       {QStringLiteral("plannedCalls"), plan.calls()},
                       {QStringLiteral("deleteIds"), QJsonArray::fromStringList(plan.deleteIds)}};
    if (!asJson) {
        out() << tr("%1: %n row(s)", nullptr, table.rowCount()).arg(path) << QByteArray(": ")
              << tr("%n to create", nullptr, plan.creates) << QByteArray(", ")
              << tr("%n to update", nullptr, plan.updates) << QByteArray(", ")
              << tr("%n unchanged", nullptr, plan.unchanged) << QByteArray(", ")
              << tr("%n of ours to delete", nullptr, plan.deleteCount()) << QByteArray(", ")
              << tr("%n not sent", nullptr, plan.notSent) << QByteArray("; ")
              << tr("%n indicator(s) of others kept", nullptr, plan.othersKept) << QByteArray("; ")
              << tr("%n call(s)", nullptr, plan.calls()) << QByteArray("\n");
    }
    if (dryRun) {
        if (asJson) {
            out() << json(result) << QByteArray("\n");
        } else {
            int listed = 0;
            for (int row = 0; row < table.rowCount() && listed < kMaxListed; ++row) {
                const PlanOutcome outcome = plan.import.plan.outcomes[static_cast<size_t>(row)];
                if (outcome != PlanOutcome::New && outcome != PlanOutcome::Update)
                    continue;
                ++listed;
                out() << (outcome == PlanOutcome::New ? tr("Row %1 would be created: %2")
                                                      : tr("Row %1 would be updated: %2"))
                             .arg(row + 1)
                             .arg(rowText(table, row))
                      << QByteArray("\n");
            }
            for (int i = 0; i < plan.deleteCount() && i < kMaxListed; ++i) {
                const TenantIndicator &indicator = snapshot.at(plan.deletes[static_cast<size_t>(i)]);
                out() << tr("Indicator %1 would be deleted: %2")
                             .arg(terminalText(indicator.id),
                                  terminalText(indicator.type + QLatin1Char(' ') + indicator.value))
                      << QByteArray("\n");
            }
            out() << tr("Dry run: nothing was changed.") << QByteArray("\n");
        }
        return invalid > 0 ? ExitRowsInvalid : ExitOk;
    }

    SyncRun run(&session.client());
    if (!plan.changesNothing()) {
        const CancelOnInterrupt interrupt([&run]() { run.cancel(); });
        if (!run.start(table, plan, leftOut))
            return fail(asJson, context, run.problem(), ExitBadInput);
        waitFor(&run, &SyncRun::finished, run.isRunning());
    }
    if (!run.submission().engine().journalProblem().isEmpty())
        err() << tr("Warning: %1").arg(run.submission().engine().journalProblem()) << QByteArray("\n");

    std::vector<RowOutcome> outcomes(static_cast<size_t>(table.rowCount()));
    for (const PlannedLeftOut &left : leftOut)
        outcomes[static_cast<size_t>(left.row)] = RowOutcome{RowStatus::NotSent, QString(), left.detail, left.why};
    if (run.imported()) {
        for (int row : run.submission().rows())
            outcomes[static_cast<size_t>(row)] = run.submission().outcome(row);
    }
    const SubmissionRun::Summary summary = run.submission().summarize(outcomes);
    const int sent = plan.creates + plan.updates;
    const int succeeded = run.imported() ? summary.succeeded : 0;
    const int failed = summary.failed;
    const ApiError stopError = run.error();
    const BatchDeleter &deleter = run.deleter();

    int code = ExitOk;
    if (stopError.isError())
        code = exitCodeFor(stopError);
    else if (failed > 0 || invalid > 0 || succeeded < sent
             || deleter.deleted() + deleter.notFound().size() < plan.deleteCount())
        code = ExitRowsInvalid;
    QString stopped = QStringLiteral("completed");
    if (run.wasCancelled())
        stopped = QStringLiteral("cancelled");
    else if (stopError.isError())
        stopped = code == ExitSignInFailed ? QStringLiteral("sign-in") : QStringLiteral("connection");

    if (asJson) {
        result.insert(QStringLiteral("succeeded"), succeeded);
        result.insert(QStringLiteral("failed"), failed);
        result.insert(QStringLiteral("deleted"), deleter.deleted());
        result.insert(QStringLiteral("alreadyGone"), static_cast<int>(deleter.notFound().size()));
        result.insert(QStringLiteral("calls"), run.calls());
        result.insert(QStringLiteral("stopped"), stopped);
        if (stopError.isError())
            result.insert(QStringLiteral("error"), stopError.message());
        QJsonArray failures;
        for (int row = 0; row < table.rowCount(); ++row) {
            const RowOutcome &o = outcomes[static_cast<size_t>(row)];
            if (o.status == RowStatus::Failed)
                failures.append(QJsonObject{{QStringLiteral("row"), row + 1}, {QStringLiteral("reason"), o.reason()}});
        }
        result.insert(QStringLiteral("failures"), failures);
        out() << json(result) << QByteArray("\n");
        return code;
    }
    int listed = 0;
    for (int row = 0; row < table.rowCount() && listed < kMaxListed; ++row) {
        const RowOutcome &o = outcomes[static_cast<size_t>(row)];
        if (o.status != RowStatus::Failed)
            continue;
        ++listed;
        out() << tr("Row %1 failed: %2").arg(row + 1).arg(terminalText(o.reason())) << QByteArray("\n");
    }
    if (stopError.isError())
        out() << tr("Stopped: %1").arg(stopError.message()) << QByteArray("\n");
    else if (run.wasCancelled())
        out() << tr("Stopped before the end; run the sync again to finish it.") << QByteArray("\n");
    out() << tr("Sync: %n created or updated", nullptr, succeeded) << QByteArray(", ")
          << tr("%n failed", nullptr, failed) << QByteArray(", ") << tr("%n deleted", nullptr, deleter.deleted())
          << QByteArray(" (") << tr("%n call(s)", nullptr, run.calls()) << QByteArray(")\n");
    return code;
}

} // namespace im::cli
