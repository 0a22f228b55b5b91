// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TenantCommands.h"

#include "batch/BatchPlanner.h"
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/ConnectionOptions.h"
#include "cli/DefaultsOptions.h"
#include "document/DocumentLoader.h"
#include "indicator/ServiceLimits.h"
#include "io/CsvWriter.h"
#include "io/IndicatorJson.h"
#include "io/ReportWriter.h"
#include "net/ApiCall.h"
#include "net/ApiClient.h"
#include "net/RetryPolicy.h"
#include "preview/TenantSnapshot.h"
#include "profiles/ProfileSignIn.h"
#include "secrets/KeychainSecretStore.h"
#include "submit/ImportEngine.h"
#include "tenant/IndicatorPager.h"
#include "validation/IssueMessages.h"
#include "validation/ValueRules.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <csignal>
#include <functional>
#include <memory>

namespace im::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

int fail(bool asJson, const QJsonObject &context, const QString &message, int code)
{
    if (asJson) {
        QJsonObject o = context;
        o.insert(QStringLiteral("error"), message);
        out() << json(o) << QByteArray("\n");
    } else {
        err() << TenantCommands::tr("indicator-manager-cli: %1").arg(message) << QByteArray("\n");
    }
    return code;
}

// The exit code for a call that failed: 3 when signing in or a permission failed, 4 when the service
// could not be reached or kept failing.
int exitCodeFor(const ApiError &error)
{
    if (error.isSignInProblem())
        return ExitSignInFailed;
    if (error.kind() == ApiError::Kind::InvalidSettings)
        return ExitBadInput;
    return ExitUnreachable;
}

// The network side of one command: a manager, a client, and waiting at the top of the program.
class Session
{
public:
    // Configures the client from the inline connection, or from a profile and its secrets in the system
    // keychain. Returns a translated problem with the exit code to use (2 for unusable settings, 3 when
    // the keychain cannot give the secret).
    QString configure(Connection &connection, int *exitCode)
    {
        *exitCode = ExitBadInput;
        if (!connection.fromProfile) {
            const QString problem = m_client.configure(connection.settings, connection.secret);
            connection.secret.fill('\0');
            return problem;
        }
        ProfileSignIn signIn(&m_client, &m_store);
        QEventLoop loop;
        QObject::connect(&signIn, &ProfileSignIn::finished, &loop, &QEventLoop::quit);
        signIn.signIn(connection.profile, ProfileSignIn::Token::Later);
        if (signIn.isRunning())
            loop.exec();
        if (signIn.secretError().isError() || signIn.apiError().isSignInProblem())
            *exitCode = ExitSignInFailed;
        return signIn.secretError().isError() || signIn.apiError().isError() ? signIn.errorMessage() : QString();
    }
    ApiClient &client() { return m_client; }

    ApiResult await(ApiCall *call)
    {
        if (!call->isFinished()) {
            QEventLoop loop;
            QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const ApiResult result = call->result();
        delete call;
        return result;
    }

    // Signs in once, without retrying: a wrong secret or an unreachable service is reported at once.
    bool signIn(ApiError *error)
    {
        const ApiResult result = await(m_client.signIn());
        *error = result.error;
        return result.ok();
    }

    // Transient failures are tried again with backoff, like the import engine does.
    ApiResult withRetry(const std::function<ApiCall *()> &make)
    {
        const RetryPolicy policy;
        for (int failures = 0;;) {
            const ApiResult result = await(make());
            if (result.ok() || !policy.shouldRetry(result.error, ++failures))
                return result;
            QEventLoop pause;
            QTimer::singleShot(static_cast<int>(policy.delayMs(failures)), &pause, &QEventLoop::quit);
            pause.exec();
        }
    }

private:
    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    KeychainSecretStore m_store;
};

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positional,
           QString *error)
{
    if (!parser.parse(QStringList{command} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *error = positional == 1 ? TenantCommands::tr("%1 takes one FILE.").arg(command)
                                 : TenantCommands::tr("%1 takes no file name.").arg(command);
        return false;
    }
    return true;
}

int usageError(const QString &message)
{
    err() << message << QByteArray("\n\n") << Commands::usage();
    return ExitBadInput;
}

// Reads every visible indicator, 10,000 a page.
bool listAll(Session &session, QJsonArray *all, ApiError *error)
{
    IndicatorPager pager(&session.client());
    QObject::connect(&pager, &IndicatorPager::pageRead, [all](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            all->append(item);
    });
    QEventLoop loop;
    QObject::connect(&pager, &IndicatorPager::finished, &loop, &QEventLoop::quit);
    pager.start();
    if (pager.isRunning())
        loop.exec();
    *error = pager.error();
    return !error->isError();
}

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
    return tr("  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--encoding NAME]\n"
              "      Send the valid rows to the tenant in Import calls of at most 500, within 30 calls a minute.\n"
              "      Every row ends Succeeded (with its indicator id), Failed (with the service's reason) or\n"
              "      NotSent (with why); --results writes the file's columns plus Status, Id and FailureReason.\n"
              "      An import cut short resumes when run again: rows that succeeded are not sent twice.\n"
              "      Exit code 0: every row succeeded; 1: some rows failed or were not sent; 2: bad input;\n"
              "      3: sign-in failed; 4: the service could not be reached.\n"
              "  list (--profile NAME | CONNECTION) [--json | --csv]\n"
              "      Print the tenant's indicators. Exit code 0, 2, 3 or 4.\n"
              "  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)\n"
              "      Delete the indicators whose ids FILE lists (one per line, or a CSV with an Id column such\n"
              "      as an import's results), or those whose expiration time has passed.\n"
              "      Exit code 0: all deleted; 1: some were not; 2, 3 or 4 as for import.\n")
           + moreCommands + QLatin1Char('\n') + ConnectionOptions::usage();
}

int TenantCommands::importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConnectionOptions::add(parser);
    parser.addOption({QStringLiteral("results"), tr("Write the rows with Status, Id and FailureReason here."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    parser.addOption({QStringLiteral("encoding"), tr("The file's encoding (default: detect)."), QStringLiteral("name")});
    DefaultsOptions::add(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."));
    QString error;
    if (!parse(parser, QStringLiteral("import"), arguments, 1, &error))
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString path = parser.positionalArguments().constFirst();
    const QJsonObject context{{QStringLiteral("file"), path}};

    Connection connection;
    if (!ConnectionOptions::read(parser, &connection, &error))
        return fail(asJson, context, error, ExitBadInput);
    ReadOptions readOptions;
    if (parser.isSet(QStringLiteral("encoding"))
        && !encodingFromName(parser.value(QStringLiteral("encoding")), &readOptions.encoding))
        return fail(asJson, context, tr("Unknown encoding \"%1\".").arg(parser.value(QStringLiteral("encoding"))), ExitBadInput);
    if (!DefaultsOptions::read(parser, &readOptions, &error))
        return fail(asJson, context, error, ExitBadInput);
    const LoadResult loaded = loadDocument(path, readOptions);
    if (!loaded.document)
        return fail(asJson, context, loaded.report.error, ExitBadInput);
    const IndicatorDocument &doc = *loaded.document;
    const IndicatorTable &table = doc.table();

    // Rows with errors and repeats of earlier rows stay home; each gets its reason.
    const BatchPlan plan = BatchPlanner::plan(table, BatchPlanner::Options());
    std::vector<int> rows;
    for (const auto &batch : plan.batches)
        rows.insert(rows.end(), batch.begin(), batch.end());
    std::vector<RowOutcome> local(static_cast<size_t>(table.rowCount()));
    int invalid = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const IssueSet &issues = table.issues(row);
        QString reason;
        issues.forEach([&](IssueCode code) {
            if (reason.isEmpty() && issueInfo(code).severity == IssueSeverity::Error)
                reason = IssueMessages::describe(table, row, code, &doc.duplicates());
        });
        if (!reason.isEmpty()) {
            ++invalid;
            local[static_cast<size_t>(row)] = RowOutcome{QStringLiteral("NotSent"), QString(), reason};
        } else if (issues.contains(IssueCode::RowDuplicate)) {
            local[static_cast<size_t>(row)] = RowOutcome{
                QStringLiteral("NotSent"), QString(),
                IssueMessages::describe(table, row, IssueCode::RowDuplicate, &doc.duplicates())};
        }
    }

    Session session;
    int problemCode = ExitBadInput;
    if (const QString problem = session.configure(connection, &problemCode); !problem.isEmpty())
        return fail(asJson, context, problem, problemCode);
    ImportEngine engine(&session.client());
    const ApiError *stopError = nullptr;
    // Sign in first, so a wrong secret or an unreachable service is one clear message, not one per row.
    const ApiResult signedIn = rows.empty() ? ApiResult() : session.await(session.client().signIn());
    if (!signedIn.ok()) {
        stopError = &signedIn.error;
        for (int row : rows)
            local[static_cast<size_t>(row)] = RowOutcome{QStringLiteral("NotSent"), QString(), signedIn.error.message()};
        if (!asJson)
            err() << tr("indicator-manager-cli: %1").arg(signedIn.error.message()) << QByteArray("\n");
    } else if (!rows.empty()) {
        QEventLoop loop;
        QObject::connect(&engine, &ImportEngine::finished, &loop, &QEventLoop::quit);
        // Ctrl+C cancels after the batch in flight, so every row still gets its outcome and the journal
        // lets the next run resume.
        g_interrupted = 0;
        auto previous = std::signal(SIGINT, onInterrupt);
        QTimer interruptPoll;
        QObject::connect(&interruptPoll, &QTimer::timeout, &engine, [&engine]() {
            if (g_interrupted)
                engine.cancel();
        });
        interruptPoll.start(100);
        engine.start(table, rows);
        if (engine.stats().fromJournal > 0 && !asJson)
            err() << tr("Resuming an interrupted import: %n row(s) had already been imported.", nullptr,
                        engine.stats().fromJournal)
                  << QByteArray("\n");
        if (engine.isRunning())
            loop.exec();
        std::signal(SIGINT, previous);
        if (engine.stopReason() == ImportEngine::Stop::SignIn || engine.stopReason() == ImportEngine::Stop::Connection)
            stopError = &engine.lastError();
    }
    if (!engine.journalProblem().isEmpty())
        err() << tr("Warning: %1").arg(engine.journalProblem()) << QByteArray("\n");

    auto outcome = [&](int row) {
        const RowOutcome &l = local[static_cast<size_t>(row)];
        return l.status.isEmpty() ? engine.outcome(row) : l;
    };
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString status = outcome(row).status;
        succeeded += status == QLatin1String("Succeeded");
        failed += status == QLatin1String("Failed");
        notSent += status == QLatin1String("NotSent");
    }

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
    else if (failed > 0 || invalid > 0 || engine.stats().notSent > 0)
        code = ExitRowsInvalid;

    const ImportEngine::Stats stats = engine.stats();
    QString stopped = QStringLiteral("completed");
    if (engine.stopReason() == ImportEngine::Stop::Cancelled)
        stopped = QStringLiteral("cancelled");
    else if (stopError)
        stopped = code == ExitSignInFailed ? QStringLiteral("sign-in") : QStringLiteral("connection");
    if (asJson) {
        QJsonArray outcomes;
        for (int row = 0; row < table.rowCount(); ++row) {
            const RowOutcome o = outcome(row);
            QJsonObject item{{QStringLiteral("row"), row + 1}, {QStringLiteral("status"), o.status}};
            if (!o.id.isEmpty())
                item.insert(QStringLiteral("id"), o.id);
            if (!o.failureReason.isEmpty())
                item.insert(QStringLiteral("reason"), o.failureReason);
            outcomes.append(item);
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
            {QStringLiteral("outcomes"), outcomes},
        };
        if (stopError)
            result.insert(QStringLiteral("error"), stopError->message());
        if (!resultsPath.isEmpty())
            result.insert(QStringLiteral("results"), resultsPath);
        out() << json(result) << QByteArray("\n");
        return code;
    }

    constexpr int kMaxListed = 50;
    int listed = 0;
    // After a failed sign-in every row has the same reason, already printed.
    for (int row = 0; signedIn.ok() && row < table.rowCount() && listed < kMaxListed; ++row) {
        const RowOutcome o = outcome(row);
        if (o.status == QLatin1String("Succeeded"))
            continue;
        ++listed;
        if (o.status == QLatin1String("Failed"))
            out() << tr("Row %1 failed: %2").arg(row + 1).arg(o.failureReason) << QByteArray("\n");
        else
            out() << tr("Row %1 not sent: %2").arg(row + 1).arg(o.failureReason) << QByteArray("\n");
    }
    if (signedIn.ok() && failed + notSent > listed)
        out() << tr("... and %n more row(s) not imported; use --results to see them all.", nullptr, failed + notSent - listed)
              << QByteArray("\n");
    if (stopError && signedIn.ok())
        out() << tr("Stopped: %1").arg(stopError->message()) << QByteArray("\n");
    out() << tr("%1: %n row(s)", nullptr, table.rowCount()).arg(path) << QByteArray(", ")
          << tr("%n succeeded", nullptr, succeeded) << QByteArray(", ") << tr("%n failed", nullptr, failed)
          << QByteArray(", ") << tr("%n not sent", nullptr, notSent) << QByteArray(" (")
          << tr("%n call(s)", nullptr, stats.calls) << QByteArray(")\n");
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
    parser.addOption({QStringLiteral("json"), tr("Print {\"count\", \"value\": [indicators]} as the API returns them.")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV: Id, the portal template's columns and more.")});
    QString error;
    if (!parse(parser, QStringLiteral("list"), arguments, 0, &error))
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

    if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("count"), all.size()}, {QStringLiteral("value"), all}}) << QByteArray("\n");
        return ExitOk;
    }
    if (asCsv) {
        QFile stream;
        stream.open(stdout, QIODevice::WriteOnly);
        out().flush();
        // Indicator feeds are written by adversaries and CSV opens in spreadsheets: neutralise formulas.
        CsvWriter writer(stream, ',', CsvWriter::FormulaSafety::Neutralize);
        const std::vector<Field> fields = {Field::IndicatorType, Field::IndicatorValue, Field::ExpirationTime,
                                           Field::Action, Field::Severity, Field::Title, Field::Description,
                                           Field::RecommendedActions, Field::RbacGroupNames, Field::MitreTechniques,
                                           Field::GenerateAlert, Field::Application, Field::EducateUrl, Field::ExternalId};
        const std::vector<QByteArray> header = {"Id", "IndicatorType", "IndicatorValue", "ExpirationTime", "Action",
                                                "Severity", "Title", "Description", "RecommendedActions", "RbacGroups",
                                                "MitreTechniques", "GenerateAlert", "Application", "EducateUrl",
                                                "ExternalId", "CreatedBy", "CreationTime", "LastUpdateTime"};
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
            writer.writeRecord(std::vector<QByteArrayView>(cells.begin(), cells.end()));
        }
        return writer.hasError() ? ExitBadInput : ExitOk;
    }
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const QString expires = o.value(QLatin1String("expirationTime")).toString();
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("indicatorType")).toString(),
                          o.value(QLatin1String("indicatorValue")).toString(), o.value(QLatin1String("action")).toString(),
                          expires.isEmpty() ? tr("never") : expires, o.value(QLatin1String("title")).toString())
              << QByteArray("\n");
    }
    out() << tr("%n indicator(s)", nullptr, static_cast<int>(all.size())) << QByteArray("\n");
    return ExitOk;
}

int TenantCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConnectionOptions::add(parser);
    parser.addOption({QStringLiteral("ids"), tr("Delete the indicators whose ids this file lists."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("expired"), tr("Delete the indicators whose expiration time has passed.")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    QString error;
    if (!parse(parser, QStringLiteral("delete"), arguments, 0, &error))
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const bool byIds = parser.isSet(QStringLiteral("ids"));
    const bool expired = parser.isSet(QStringLiteral("expired"));
    if (byIds == expired)
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

    if (expired) {
        // Defender deletes expired indicators itself, at the second; this catches any it has not yet.
        QJsonArray all;
        ApiError apiError;
        if (!listAll(session, &all, &apiError))
            return fail(asJson, {}, apiError.message(), exitCodeFor(apiError));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const auto when = rules::parseExpirationTime(o.value(QLatin1String("expirationTime")).toString().toUtf8());
            if (when && *when <= now)
                ids.append(o.value(QLatin1String("id")).toString());
        }
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

    const int code = invalid.isEmpty() && notFound.isEmpty() ? ExitOk : ExitRowsInvalid;
    if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("requested"), ids.size()},
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
    if (ids.isEmpty())
        out() << tr("Nothing to delete.") << QByteArray("\n");
    else
        out() << tr("Deleted %1 of %n indicator(s).", nullptr, static_cast<int>(ids.size())).arg(deleted.size())
              << QByteArray("\n");
    return code;
}

} // namespace im::cli
