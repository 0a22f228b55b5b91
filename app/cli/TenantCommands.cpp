// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TenantCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "cli/TenantSession.h"
#include "core/batch/BatchPlanner.h"
#include "core/document/DocumentLoader.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/CsvWriter.h"
#include "core/io/IndicatorJson.h"
#include "core/io/ReportWriter.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/submit/AfterRun.h"
#include "core/submit/SubmissionRun.h"
#include "core/tenant/IndicatorPager.h"
#include "core/tenant/Ownership.h"
#include "core/validation/ValueRules.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <memory>

namespace im::cli {
namespace {

// Splits one CSV line, honouring quotes (enough for ids files and our own results reports).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// One id per line (blank lines and # comments skipped), or a CSV whose header has an "Id" column, such
// as the results report of an import.
bool readIds(const QString &path, QStringList *ids, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = TenantCommands::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 64 * 1024 * 1024) {
        *error = TenantCommands::tr("%1 is too large for a list of ids.").arg(path);
        return false;
    }
    int idColumn = -1;
    bool first = true;
    QSet<QString> seen;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (first && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (first) {
            first = false;
            const QStringList header = splitCsvLine(line);
            idColumn = static_cast<int>(header.indexOf(QStringLiteral("Id")));
            if (idColumn >= 0)
                continue;
        }
        const QString id = idColumn >= 0 ? splitCsvLine(line).value(idColumn).trimmed() : line;
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids->append(id);
        }
    }
    return true;
}

bool isIndicatorId(const QString &id)
{
    if (id.isEmpty() || id.size() > 18)
        return false;
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString TenantCommands::usage(const QString &moreCommands)
{
    return tr("  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--kql] [--encoding NAME]\n"
              "      Send the valid rows to the tenant in Import calls of at most 500, within 30 calls a minute.\n"
              "      Every row ends Succeeded (with its indicator id), Failed (with the service's reason) or\n"
              "      NotSent (with why); --results writes the file's columns plus Status, Id and FailureReason.\n"
              "      An import cut short resumes when run again: rows that succeeded are not sent twice.\n"
              "      Exit code 0: every row succeeded; 1: some rows failed or were not sent; 2: bad input;\n"
              "      3: sign-in failed; 4: the service could not be reached. --kql then prints an advanced\n"
              "      hunting query for the rows that succeeded (--json: the key afterRun).\n"
              "  list (--profile NAME | CONNECTION) [--json | --csv] [--mine] [--created-by WHO]...\n"
              "      Print the tenant's indicators, with who made each: ours (this app registration or the\n"
              "      signed-in user), portal, cloud-apps (Defender for Cloud Apps) or other-app. --mine shows\n"
              "      only ours; --created-by one of those kinds or a createdBy value. Exit code 0, 2, 3 or 4.\n"
              "  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)\n"
              "  delete (--profile NAME | CONNECTION) --id ID...\n"
              "      Delete the indicators whose ids FILE lists (one per line, or a CSV with an Id column such\n"
              "      as an import's results), or those whose expiration time has passed: ours only; the\n"
              "      others are listed as not ours and kept. --id ID deletes that one, whoever made it.\n"
              "      Exit code 0: all deleted; 1: some were not; 2, 3 or 4 as for import.\n")
           + moreCommands + QLatin1Char('\n') + ConnectionOptions::usage();
}

int TenantCommands::importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFileCommandOptions(parser);
    parser.addOption({QStringLiteral("results"), tr("Write the rows with Status, Id and FailureReason here."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("kql"), tr("Then print an advanced hunting query that shows whether the imported "
                                                "indicators have fired.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    FileCommand command;
    if (const int code = openFileCommand(parser, QStringLiteral("import"), arguments, &command); code != ExitOk)
        return code;
    const bool asJson = command.asJson;
    const QString &path = command.path;
    const QJsonObject &context = command.context;
    const IndicatorDocument &doc = *command.loaded.document;
    const IndicatorTable &table = doc.table();

    // The same plan as the window's, offline: rows with errors and repeats of earlier rows stay home,
    // each with its specific reason.
    const ImportPlanner::Result planned = ImportPlanner().plan(table, nullptr, ImportPlanner::Choices());
    std::vector<int> rows;
    for (const auto &batch : planned.plan.batches)
        rows.insert(rows.end(), batch.begin(), batch.end());
    int invalid = 0;
    const std::vector<PlannedLeftOut> leftOut = leftOutRows(doc, planned.plan, &invalid);

    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(command.connection, &problemCode); !problem.isEmpty())
        return fail(asJson, context, problem, problemCode);
    SubmissionRun run(&session.client());
    const ApiError *stopError = nullptr;
    // Sign in first, so a wrong secret or an unreachable service is one clear message, not one per row.
    const ApiResult signedIn = rows.empty() ? ApiResult() : session.await(session.client().signIn());
    if (!signedIn.ok()) {
        stopError = &signedIn.error;
        if (!asJson)
            err() << tr("indicator-manager-cli: %1").arg(signedIn.error.message()) << QByteArray("\n");
    } else if (!rows.empty()) {
        // Ctrl+C cancels after the batch in flight, so every row still gets its outcome and the journal
        // lets the next run resume.
        const CancelOnInterrupt interrupt([&run]() { run.cancel(); });
        run.start(table, rows, leftOut);
        if (run.engine().stats().fromJournal > 0 && !asJson)
            err() << tr("Resuming an interrupted import: %n row(s) had already been imported.", nullptr,
                        run.engine().stats().fromJournal)
                  << QByteArray("\n");
        waitFor(&run, &SubmissionRun::finished, run.isRunning());
        const ImportEngine::Stop stop = run.engine().stopReason();
        if (stop == ImportEngine::Stop::SignIn || stop == ImportEngine::Stop::Connection)
            stopError = &run.engine().lastError();
    }
    if (!run.engine().journalProblem().isEmpty())
        err() << tr("Warning: %1").arg(run.engine().journalProblem()) << QByteArray("\n");

    // Rows not sent because signing in failed carry that reason; the others the run's outcome.
    std::vector<RowOutcome> outcomes(static_cast<size_t>(table.rowCount()));
    for (const PlannedLeftOut &left : leftOut)
        outcomes[static_cast<size_t>(left.row)] = RowOutcome{RowStatus::NotSent, QString(), left.detail, left.why};
    for (int row : rows)
        outcomes[static_cast<size_t>(row)] =
            signedIn.ok() ? run.outcome(row)
                          : RowOutcome{RowStatus::NotSent, QString(), signedIn.error.message(), std::nullopt};
    auto outcome = [&outcomes](int row) { return outcomes[static_cast<size_t>(row)]; };
    const SubmissionRun::Summary summary = run.summarize(outcomes);
    const int succeeded = summary.succeeded;
    const int failed = summary.failed;
    const int notSent = summary.notSent;

    const QString resultsPath = parser.value(QStringLiteral("results"));
    if (!resultsPath.isEmpty()) {
        QSaveFile file(resultsPath);
        if (!file.open(QIODevice::WriteOnly) || !ReportWriter::writeCsv(table, outcome, file) || !file.commit())
            err() << tr("indicator-manager-cli: cannot write %1: %2").arg(resultsPath, file.errorString())
                  << QByteArray("\n");
    }

    int code = ExitOk;
    if (stopError)
        code = exitCodeFor(*stopError);
    else if (failed > 0 || invalid > 0 || run.engine().stats().notSent > 0)
        code = ExitRowsInvalid;

    std::vector<int> succeededRows;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (outcomes[static_cast<size_t>(row)].status == RowStatus::Succeeded)
            succeededRows.push_back(row);
    }
    const std::vector<AfterRun::Indicator> imported = AfterRun::indicatorsOf(table, succeededRows);
    const QString huntingQuery = AfterRun::huntingQuery(imported);

    const ImportEngine::Stats stats = run.engine().stats();
    QString stopped = QStringLiteral("completed");
    if (run.engine().stopReason() == ImportEngine::Stop::Cancelled)
        stopped = QStringLiteral("cancelled");
    else if (stopError)
        stopped = code == ExitSignInFailed ? QStringLiteral("sign-in") : QStringLiteral("connection");
    if (asJson) {
        QJsonArray items;
        for (int row = 0; row < table.rowCount(); ++row) {
            const RowOutcome o = outcome(row);
            QJsonObject item{{QStringLiteral("row"), row + 1}, {QStringLiteral("status"), o.statusName()}};
            if (!o.id.isEmpty())
                item.insert(QStringLiteral("id"), o.id);
            if (const QString reason = o.reason(); !reason.isEmpty())
                item.insert(QStringLiteral("reason"), reason);
            items.append(item);
        }
        QJsonObject result{
            {QStringLiteral("file"), path},
            {QStringLiteral("rows"), table.rowCount()},
            {QStringLiteral("sent"), static_cast<int>(rows.size())},
            {QStringLiteral("succeeded"), succeeded},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("notSent"), notSent},
            {QStringLiteral("calls"), stats.calls},
            {QStringLiteral("retries"), stats.retries},
            {QStringLiteral("throttled"), stats.throttled},
            {QStringLiteral("resumed"), stats.fromJournal},
            {QStringLiteral("stopped"), stopped},
            {QStringLiteral("outcomes"), items},
        };
        if (stopError)
            result.insert(QStringLiteral("error"), stopError->message());
        if (!resultsPath.isEmpty())
            result.insert(QStringLiteral("results"), resultsPath);
        QJsonArray expectations;
        for (const AfterRun::Expectation &e : AfterRun::expectations(imported))
            expectations.append(QJsonObject{{QStringLiteral("indicators"), AfterRun::familyKey(e.family)},
                                            {QStringLiteral("count"), e.count},
                                            {QStringLiteral("takesEffect"), e.takesEffect},
                                            {QStringLiteral("deviceNeeds"), e.deviceNeeds}});
        result.insert(QStringLiteral("afterRun"), QJsonObject{{QStringLiteral("expectations"), expectations},
                                                              {QStringLiteral("huntingQuery"), huntingQuery}});
        out() << json(result) << QByteArray("\n");
        return code;
    }

    constexpr int kMaxListed = 50;
    int listed = 0;
    // After a failed sign-in every row has the same reason, already printed.
    for (int row = 0; signedIn.ok() && row < table.rowCount() && listed < kMaxListed; ++row) {
        const RowOutcome &o = outcomes[static_cast<size_t>(row)];
        if (o.status == RowStatus::Succeeded)
            continue;
        ++listed;
        if (o.status == RowStatus::Failed)
            out() << tr("Row %1 failed: %2").arg(row + 1).arg(terminalText(o.reason())) << QByteArray("\n");
        else
            out() << tr("Row %1 not sent: %2").arg(row + 1).arg(terminalText(o.reason())) << QByteArray("\n");
    }
    if (signedIn.ok() && failed + notSent > listed)
        out() << tr("... and %n more row(s) not imported; use --results to see them all.", nullptr,
                    failed + notSent - listed)
              << QByteArray("\n");
    if (stopError && signedIn.ok())
        out() << tr("Stopped: %1").arg(stopError->message()) << QByteArray("\n");
    out() << tr("%1: %n row(s)", nullptr, table.rowCount()).arg(path) << QByteArray(", ")
          << tr("%n succeeded", nullptr, succeeded) << QByteArray(", ") << tr("%n failed", nullptr, failed)
          << QByteArray(", ") << tr("%n not sent", nullptr, notSent) << QByteArray(" (")
          << tr("%n call(s)", nullptr, stats.calls) << QByteArray(")\n");
    if (parser.isSet(QStringLiteral("kql")) && !huntingQuery.isEmpty())
        out() << QByteArray("\n") << huntingQuery;
    return code;
}

int TenantCommands::readTenant(const QCommandLineParser &parser, bool asJson, const QString &file,
                               TenantSnapshot *snapshot)
{
    const QJsonObject context{{QStringLiteral("file"), file}};
    Connection connection;
    QString error;
    if (!ConnectionOptions::read(parser, &connection, &error))
        return fail(asJson, context, error, ExitBadInput);
    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(connection, &problemCode); !problem.isEmpty())
        return fail(asJson, context, problem, problemCode);
    if (ApiError signInError; !session.signIn(&signInError))
        return fail(asJson, context, signInError.message(), exitCodeFor(signInError));
    QJsonArray all;
    ApiError apiError;
    if (!listAll(session, &all, &apiError))
        return fail(asJson, context, apiError.message(), exitCodeFor(apiError));
    snapshot->clear();
    snapshot->reserve(static_cast<int>(all.size()));
    for (const QJsonValue &item : std::as_const(all))
        snapshot->add(item.toObject());
    snapshot->finish();
    return ExitOk;
}

int TenantCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConnectionOptions::add(parser);
    parser.addOption(
        {QStringLiteral("json"), tr("Print {\"count\", \"value\": [indicators]} as the API returns them.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV: Id, the portal template's columns and more.")});
    OwnershipFilter::add(parser);
    QString error;
    if (!parse(parser, QStringLiteral("list"), arguments, 0, &error))
        return usageError(error);
    OwnershipFilter filter;
    if (!filter.read(parser, &error))
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const bool asCsv = parser.isSet(QStringLiteral("csv"));
    if (asJson && asCsv)
        return usageError(tr("Give --json or --csv, not both."));
    Connection connection;
    if (!ConnectionOptions::read(parser, &connection, &error))
        return fail(asJson, {}, error, ExitBadInput);
    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(connection, &problemCode); !problem.isEmpty())
        return fail(asJson, {}, problem, problemCode);

    QJsonArray all;
    ApiError apiError;
    if (!session.signIn(&apiError) || !listAll(session, &all, &apiError))
        return fail(asJson, {}, apiError.message(), exitCodeFor(apiError));
    const Ownership ownership = Ownership::of(session.client());
    all = filter.apply(all, ownership);

    if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("count"), all.size()}, {QStringLiteral("value"), all}})
              << QByteArray("\n");
        return ExitOk;
    }
    if (asCsv) {
        QFile stream;
        stream.open(stdout, QIODevice::WriteOnly);
        out().flush();
        // Indicator feeds are written by adversaries and CSV opens in spreadsheets: neutralise formulas.
        CsvWriter writer(stream, ',', CsvWriter::FormulaSafety::Neutralize);
        const std::vector<Field> fields = {Field::IndicatorType,   Field::IndicatorValue,     Field::ExpirationTime,
                                           Field::Action,          Field::Severity,           Field::Title,
                                           Field::Description,     Field::RecommendedActions, Field::RbacGroupNames,
                                           Field::MitreTechniques, Field::GenerateAlert,      Field::Application,
                                           Field::EducateUrl,      Field::ExternalId};
        const std::vector<QByteArray> header = {
            "Id",          "IndicatorType", "IndicatorValue",     "ExpirationTime", "Action",          "Severity",
            "Title",       "Description",   "RecommendedActions", "RbacGroups",     "MitreTechniques", "GenerateAlert",
            "Application", "EducateUrl",    "ExternalId",         "CreatedBy",      "CreationTime",    "LastUpdateTime",
            "Creator"};
        writer.writeRecord(std::vector<QByteArrayView>(header.begin(), header.end()));
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const IndicatorJson::ReadRow row = IndicatorJson::fromJson(o);
            std::vector<QByteArray> cells;
            cells.push_back(o.value(QLatin1String("id")).toString().toUtf8());
            for (Field f : fields)
                cells.push_back(row.indicator[f].toUtf8());
            for (const char *key : {"createdBy", "creationTimeDateTimeUtc", "lastUpdateTime"})
                cells.push_back(o.value(QLatin1String(key)).toString().toUtf8());
            cells.push_back(Ownership::name(ownership.classify(Creator::fromListItem(o))).toUtf8());
            writer.writeRecord(std::vector<QByteArrayView>(cells.begin(), cells.end()));
        }
        return writer.hasError() ? ExitBadInput : ExitOk;
    }
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const QString expires = o.value(QLatin1String("expirationTime")).toString();
        auto field = [&o](const char *key) { return terminalText(o.value(QLatin1String(key)).toString()); };
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                     .arg(field("id"), field("indicatorType"), field("indicatorValue"), field("action"),
                          expires.isEmpty() ? tr("never") : terminalText(expires), field("title"),
                          Ownership::label(ownership.classify(Creator::fromListItem(o))))
              << QByteArray("\n");
    }
    out() << tr("%n indicator(s)", nullptr, static_cast<int>(all.size())) << QByteArray("\n");
    return ExitOk;
}

int TenantCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConnectionOptions::add(parser);
    parser.addOption(
        {QStringLiteral("ids"), tr("Delete the indicators whose ids this file lists."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("expired"), tr("Delete the indicators whose expiration time has passed.")});
    parser.addOption({QStringLiteral("id"),
                      tr("Delete this indicator, whoever made it (the only way to delete one that is not ours). "
                         "May be repeated."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    QString error;
    if (!parse(parser, QStringLiteral("delete"), arguments, 0, &error))
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const bool byIds = parser.isSet(QStringLiteral("ids"));
    const bool expired = parser.isSet(QStringLiteral("expired"));
    const QStringList named = parser.values(QStringLiteral("id"));
    if ((byIds && expired) || (!byIds && !expired && named.isEmpty()))
        return usageError(tr("delete takes either --ids FILE or --expired."));

    QStringList ids;
    if (byIds && !readIds(parser.value(QStringLiteral("ids")), &ids, &error))
        return fail(asJson, {}, error, ExitBadInput);
    Connection connection;
    if (!ConnectionOptions::read(parser, &connection, &error))
        return fail(asJson, {}, error, ExitBadInput);
    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(connection, &problemCode); !problem.isEmpty())
        return fail(asJson, {}, problem, problemCode);
    if (ApiError signInError; !session.signIn(&signInError))
        return fail(asJson, {}, signInError.message(), exitCodeFor(signInError));

    // --ids and --expired delete only ours (Ownership); others' indicators only when named with --id.
    QStringList notOurs;
    if (byIds || expired) {
        QJsonArray all;
        ApiError apiError;
        if (!listAll(session, &all, &apiError))
            return fail(asJson, {}, apiError.message(), exitCodeFor(apiError));
        const Ownership ownership = Ownership::of(session.client());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSet<QString> others;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QLatin1String("id")).toString();
            if (!ownership.isOurs(Creator::fromListItem(o))) {
                others.insert(id);
                continue;
            }
            // Defender deletes expired indicators itself, at the second; this catches any it has not yet.
            const auto when = rules::parseExpirationTime(o.value(QLatin1String("expirationTime")).toString().toUtf8());
            if (expired && when && *when <= now)
                ids.append(id);
        }
        QStringList ours;
        for (const QString &id : std::as_const(ids)) {
            if (others.contains(id) && !named.contains(id))
                notOurs.append(id);
            else
                ours.append(id);
        }
        ids = ours;
    }
    for (const QString &id : named) {
        if (!ids.contains(id))
            ids.append(id);
    }

    QStringList invalid;
    QStringList valid;
    for (const QString &id : ids)
        (isIndicatorId(id) ? valid : invalid).append(id);
    QStringList deleted;
    QStringList notFound;
    for (qsizetype start = 0; start < valid.size(); start += limits::kMaxIdsPerBatchDelete) {
        const QStringList chunk = valid.mid(start, limits::kMaxIdsPerBatchDelete);
        const ApiResult result = session.withRetry([&]() { return session.client().batchDelete(chunk); });
        if (result.ok()) {
            deleted += chunk;
            continue;
        }
        if (result.error.kind() != ApiError::Kind::NotFound)
            return fail(asJson, {}, result.error.message(), exitCodeFor(result.error));
        // BatchDelete is all-or-nothing when an id is unknown: find out one by one which ones exist.
        for (const QString &id : chunk) {
            const ApiResult single = session.withRetry([&]() { return session.client().deleteIndicator(id); });
            if (single.ok())
                deleted.append(id);
            else if (single.error.kind() == ApiError::Kind::NotFound)
                notFound.append(id);
            else
                return fail(asJson, {}, single.error.message(), exitCodeFor(single.error));
        }
    }

    const int code = invalid.isEmpty() && notFound.isEmpty() && notOurs.isEmpty() ? ExitOk : ExitRowsInvalid;
    if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("requested"), ids.size() + notOurs.size()},
                                  {QStringLiteral("notOurs"), QJsonArray::fromStringList(notOurs)},
                                  {QStringLiteral("deleted"), deleted.size()},
                                  {QStringLiteral("notFound"), QJsonArray::fromStringList(notFound)},
                                  {QStringLiteral("invalid"), QJsonArray::fromStringList(invalid)}})
              << QByteArray("\n");
        return code;
    }
    for (const QString &id : notFound)
        out() << tr("%1: no such indicator (or not visible to this app).").arg(id) << QByteArray("\n");
    for (const QString &id : invalid)
        out() << tr("%1: not an indicator id.").arg(id) << QByteArray("\n");
    for (const QString &id : notOurs)
        out() << tr("%1: not deleted, not ours (made by someone else); name it with --id to delete it.").arg(id)
              << QByteArray("\n");
    if (ids.isEmpty() && notOurs.isEmpty())
        out() << tr("Nothing to delete.") << QByteArray("\n");
    else
        out() << tr("Deleted %1 of %n indicator(s).", nullptr, static_cast<int>(ids.size() + notOurs.size()))
                     .arg(deleted.size())
              << QByteArray("\n");
    return code;
}

} // namespace im::cli
