// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RefreshCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "cli/TenantSession.h"
#include "core/defaults/ImportDefaults.h"
#include "core/document/IndicatorDocument.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/SubmissionRun.h"
#include "core/tenant/ExpirationRefresh.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace im::cli {
namespace {

constexpr int kMaxListed = 50;

QString expirationText(qint64 ms)
{
    if (ms == std::numeric_limits<qint64>::max())
        return RefreshCommands::tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString stepText(ExpirationChange::Step step)
{
    switch (step) {
    case ExpirationChange::Step::Extend: return RefreshCommands::tr("extended");
    case ExpirationChange::Step::Kept: return RefreshCommands::tr("kept, it already expires then or later");
    case ExpirationChange::Step::NotOurs: break;
    }
    return RefreshCommands::tr("left alone, made by someone else");
}

} // namespace

QString RefreshCommands::usage()
{
    return tr("  refresh FILE (--profile NAME | CONNECTION) --extend PRESET|DATE [--shorten] [--dry-run] [--json]\n"
              "      Extend the expiration of the file's rows that the tenant holds and that we own: PRESET is\n"
              "      30d, 90d, 180d (days from now) or none (never expires), DATE a date and time such as\n"
              "      2027-01-31T00:00:00Z. An expiration is never shortened unless --shorten; rows the tenant\n"
              "      lacks are not created and others' indicators are not touched. The rows are sent through\n"
              "      Import with the rest of their fields. --dry-run prints each row's current and new\n"
              "      expiration and the calls it takes, and changes nothing. Exit codes as import.\n");
}

int RefreshCommands::refresh(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFileCommandOptions(parser);
    parser.addOption({QStringLiteral("extend"), tr("The new expiration: 30d, 90d, 180d, none, or a date and time."),
                      QStringLiteral("preset")});
    parser.addOption({QStringLiteral("shorten"), tr("Also bring forward expirations later than the new one.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Print what the refresh would do; change nothing.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file whose rows to refresh."));
    QString error;
    if (!parse(parser, QStringLiteral("refresh"), arguments, 1, &error))
        return usageError(error);
    if (!parser.isSet(QStringLiteral("extend")))
        return usageError(tr("refresh needs --extend PRESET|DATE."));
    const QString target = ImportDefaults::canonicalExpiration(parser.value(QStringLiteral("extend")), &error);
    if (target.isEmpty())
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString path = parser.positionalArguments().constFirst();
    const QJsonObject context{{QStringLiteral("file"), path}};
    Connection connection;
    LoadResult loaded;
    if (const int code = readFileCommand(parser, asJson, context, &connection, &loaded); code != ExitOk)
        return code;
    const IndicatorTable &table = loaded.document->table();

    Session session;
    TenantSnapshot snapshot;
    if (const int code = readTenant(session, connection, asJson, context, &snapshot); code != ExitOk)
        return code;

    const ExpirationPlan plan =
        ExpirationRefresh::plan(table, snapshot, Ownership::of(session.client()), target,
                                QDateTime::currentMSecsSinceEpoch(), parser.isSet(QStringLiteral("shorten")));
    QJsonObject result{{QStringLiteral("file"), path},
                       {QStringLiteral("rows"), table.rowCount()},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("extendTo"), target},
                       {QStringLiteral("newExpiration"), plan.newCell.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(QString::fromLatin1(plan.newCell))},
                       {QStringLiteral("extend"), plan.extend},
                       {QStringLiteral("kept"), plan.kept},
                       {QStringLiteral("notOurs"), plan.notOurs},
                       {QStringLiteral("notInTenant"), plan.notInTenant},
                       {QStringLiteral("notSent"), plan.notSent},
                       {QStringLiteral("otherFieldsUpdated"), plan.otherFields},
                       {QStringLiteral("plannedCalls"), plan.calls}};
    if (!asJson) {
        out() << tr("%1: %n row(s)", nullptr, table.rowCount()).arg(path) << QByteArray(": ")
              << tr("%n to extend", nullptr, plan.extend) << QByteArray(", ")
              << tr("%n already expire then or later", nullptr, plan.kept) << QByteArray(", ")
              << tr("%n made by others", nullptr, plan.notOurs) << QByteArray(", ")
              << tr("%n not in the tenant", nullptr, plan.notInTenant) << QByteArray(", ")
              << tr("%n not sent (errors or repeats)", nullptr, plan.notSent) << QByteArray("; ")
              << tr("%n call(s)", nullptr, plan.calls) << QByteArray("\n");
    }
    if (dryRun) {
        if (asJson) {
            QJsonArray rows;
            for (const ExpirationChange &change : plan.held) {
                const TenantIndicator &indicator = snapshot.at(change.tenantIndex);
                rows.append(
                    QJsonObject{{QStringLiteral("row"), change.row + 1},
                                {QStringLiteral("id"), indicator.id},
                                {QStringLiteral("extend"), change.step == ExpirationChange::Step::Extend},
                                {QStringLiteral("ours"), change.step != ExpirationChange::Step::NotOurs},
                                {QStringLiteral("currentExpiration"),
                                 indicator.expires() ? QJsonValue(expirationText(change.currentMs)) : QJsonValue()}});
            }
            result.insert(QStringLiteral("held"), rows);
            out() << json(result) << QByteArray("\n");
        } else {
            int listed = 0;
            for (const ExpirationChange &change : plan.held) {
                if (++listed > kMaxListed)
                    break;
                const TenantIndicator &indicator = snapshot.at(change.tenantIndex);
                out() << tr("Row %1 (%2): %3 -> %4, %5")
                             .arg(change.row + 1)
                             .arg(terminalText(indicator.type + QLatin1Char(' ') + indicator.value),
                                  expirationText(change.currentMs),
                                  change.step == ExpirationChange::Step::Extend ? expirationText(change.newMs)
                                                                                : expirationText(change.currentMs),
                                  stepText(change.step))
                      << QByteArray("\n");
            }
            out() << tr("Dry run: nothing was changed.") << QByteArray("\n");
        }
        return plan.notSent > 0 ? ExitRowsInvalid : ExitOk;
    }

    const IndicatorTable toSend = plan.rowsToSend(table);
    std::vector<int> rows(plan.rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = static_cast<int>(i);
    SubmissionRun run(&session.client());
    bool ran = false;
    if (!plan.changesNothing()) {
        const CancelOnInterrupt interrupt([&run]() { run.cancel(); });
        if (!run.start(toSend, rows))
            return fail(asJson, context, run.problem(), ExitBadInput);
        waitFor(&run, &SubmissionRun::finished, run.isRunning());
        ran = true;
    }
    if (!run.engine().journalProblem().isEmpty())
        err() << tr("Warning: %1").arg(run.engine().journalProblem()) << QByteArray("\n");

    std::vector<RowOutcome> outcomes(rows.size());
    for (int row : rows)
        outcomes[static_cast<size_t>(row)] = run.outcome(row);
    const SubmissionRun::Summary summary = run.summarize(outcomes);
    const int succeeded = ran ? summary.succeeded : 0;
    ApiError stopError;
    if (ran
        && (run.engine().stopReason() == ImportEngine::Stop::SignIn
            || run.engine().stopReason() == ImportEngine::Stop::Connection))
        stopError = run.engine().lastError();
    int code = ExitOk;
    if (stopError.isError())
        code = exitCodeFor(stopError);
    else if (summary.failed > 0 || succeeded < plan.extend || plan.notSent > 0)
        code = ExitRowsInvalid;
    const int calls = ran ? run.engine().stats().calls : 0;

    QJsonArray failures;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].status != RowStatus::Failed)
            continue;
        const int row = plan.rows[i] + 1;
        failures.append(QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("reason"), outcomes[i].reason()}});
        if (!asJson && failures.size() <= kMaxListed)
            out() << tr("Row %1 failed: %2").arg(row).arg(terminalText(outcomes[i].reason())) << QByteArray("\n");
    }
    if (asJson) {
        result.insert(QStringLiteral("succeeded"), succeeded);
        result.insert(QStringLiteral("failed"), summary.failed);
        result.insert(QStringLiteral("calls"), calls);
        result.insert(QStringLiteral("stopped"),
                      summary.stop == ImportEngine::Stop::Cancelled ? QStringLiteral("cancelled")
                      : stopError.isError()
                          ? (code == ExitSignInFailed ? QStringLiteral("sign-in") : QStringLiteral("connection"))
                          : QStringLiteral("completed"));
        if (stopError.isError())
            result.insert(QStringLiteral("error"), stopError.message());
        result.insert(QStringLiteral("failures"), failures);
        out() << json(result) << QByteArray("\n");
        return code;
    }
    if (stopError.isError())
        out() << tr("Stopped: %1").arg(stopError.message()) << QByteArray("\n");
    out() << tr("Refresh: %n extended", nullptr, succeeded) << QByteArray(", ")
          << tr("%n failed", nullptr, summary.failed) << QByteArray(" (") << tr("%n call(s)", nullptr, calls)
          << QByteArray(")\n");
    return code;
}

} // namespace im::cli
