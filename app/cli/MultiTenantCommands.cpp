// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MultiTenantCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "cli/TenantSession.h"
#include "core/document/IndicatorDocument.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/submit/ImportHistory.h"
#include "core/submit/MultiTenantRun.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>
#include <functional>

namespace im::cli {
namespace {

constexpr int kMaxListed = 50;

// The tenant's exit code, as a single-tenant run would have ended.
int exitCode(const TenantResult &r, bool sync, bool dryRun)
{
    if (r.error.isError())
        return exitCodeFor(r.error);
    if (!r.problem.isEmpty() && r.step == TenantResult::Step::Done && !r.ran && !r.overQuota && !r.cancelled)
        return ExitSignInFailed; // the keychain could not give the profile's secret
    if (dryRun)
        return r.invalid > 0 ? ExitRowsInvalid : ExitOk;
    if (r.overQuota || r.cancelled || r.failed > 0 || r.invalid > 0 || r.created + r.updated < r.sent)
        return ExitRowsInvalid;
    if (sync && r.deleted + r.alreadyGone < r.plannedDeletes)
        return ExitRowsInvalid;
    return ExitOk;
}

QString stoppedName(const TenantResult &r, int code)
{
    if (r.cancelled)
        return QStringLiteral("cancelled");
    if (r.overQuota)
        return QStringLiteral("quota");
    if (r.error.isError() || code == ExitSignInFailed)
        return code == ExitSignInFailed ? QStringLiteral("sign-in") : QStringLiteral("connection");
    return QStringLiteral("completed");
}

// The keys of the single-tenant import's JSON, plus the profile, its tenant and the split of succeeded.
QJsonObject importJson(const IndicatorTable &table, const QString &path, const TenantResult &r, int code)
{
    QString huntingQuery;
    QJsonObject o{
        {QStringLiteral("profile"), r.profile.name},
        {QStringLiteral("tenant"), r.profile.connection.tenantId},
        {QStringLiteral("file"), path},
        {QStringLiteral("rows"), r.rows},
        {QStringLiteral("sent"), r.sent},
        {QStringLiteral("succeeded"), r.created + r.updated},
        {QStringLiteral("created"), r.created},
        {QStringLiteral("updated"), r.updated},
        {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("notSent"), r.notSent + r.unchanged},
        {QStringLiteral("calls"), r.calls},
        {QStringLiteral("retries"), r.retries},
        {QStringLiteral("throttled"), r.throttled},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("stopped"), stoppedName(r, code)},
        {QStringLiteral("exitCode"), code},
        {QStringLiteral("outcomes"),
         outcomesJson(table, [&r](int row) { return r.outcomes[static_cast<size_t>(row)]; })},
        {QStringLiteral("afterRun"), afterRunJson(table, r.outcomes, &huntingQuery)},
    };
    if (!r.problem.isEmpty())
        o.insert(QStringLiteral("error"), r.problem);
    return o;
}

// The keys of the single-tenant sync's JSON, plus the profile and its tenant.
QJsonObject syncJson(const IndicatorTable &table, const QString &path, const TenantResult &r, int code, bool dryRun)
{
    QJsonObject o{{QStringLiteral("profile"), r.profile.name},
                  {QStringLiteral("tenant"), r.profile.connection.tenantId},
                  {QStringLiteral("file"), path},
                  {QStringLiteral("rows"), r.rows},
                  {QStringLiteral("dryRun"), dryRun},
                  {QStringLiteral("create"), r.toCreate},
                  {QStringLiteral("update"), r.toUpdate},
                  {QStringLiteral("unchanged"), r.unchanged},
                  {QStringLiteral("delete"), r.plannedDeletes},
                  {QStringLiteral("othersKept"), r.othersKept},
                  {QStringLiteral("invalid"), r.invalid},
                  {QStringLiteral("notSent"), r.plannedNotSent},
                  {QStringLiteral("plannedCalls"), r.plannedCalls},
                  {QStringLiteral("deleteIds"), QJsonArray::fromStringList(r.deleteIds)},
                  {QStringLiteral("exitCode"), code}};
    if (!r.problem.isEmpty())
        o.insert(QStringLiteral("error"), r.problem);
    if (dryRun)
        return o;
    o.insert(QStringLiteral("succeeded"), r.created + r.updated);
    o.insert(QStringLiteral("failed"), r.failed);
    o.insert(QStringLiteral("deleted"), r.deleted);
    o.insert(QStringLiteral("alreadyGone"), r.alreadyGone);
    o.insert(QStringLiteral("calls"), r.calls);
    o.insert(QStringLiteral("stopped"), stoppedName(r, code));
    QJsonArray failures;
    for (int row = 0; row < table.rowCount(); ++row) {
        const RowOutcome &row_ = r.outcomes[static_cast<size_t>(row)];
        if (row_.status == RowStatus::Failed)
            failures.append(QJsonObject{{QStringLiteral("row"), row + 1}, {QStringLiteral("reason"), row_.reason()}});
    }
    o.insert(QStringLiteral("failures"), failures);
    return o;
}

// One tenant's block: its rows that failed, why it stopped, its figures.
void printTenant(const IndicatorTable &table, const TenantResult &r, int index, int count, bool sync, bool dryRun)
{
    out() << MultiTenantCommands::tr("== Tenant %1 of %2: %3 (%4) ==")
                 .arg(index + 1)
                 .arg(count)
                 .arg(terminalText(r.profile.name), terminalText(r.profile.connection.tenantId))
          << QByteArray("\n");
    int listed = 0;
    for (int row = 0; row < table.rowCount() && listed < kMaxListed; ++row) {
        const RowOutcome &o = r.outcomes[static_cast<size_t>(row)];
        if (o.status != RowStatus::Failed)
            continue;
        ++listed;
        out() << MultiTenantCommands::tr("Row %1 failed: %2").arg(row + 1).arg(terminalText(o.reason()))
              << QByteArray("\n");
    }
    if (!r.problem.isEmpty())
        out() << MultiTenantCommands::tr("Stopped: %1").arg(terminalText(r.problem)) << QByteArray("\n");
    if (dryRun) {
        out() << MultiTenantCommands::tr("%n to create", nullptr, r.toCreate) << QByteArray(", ")
              << MultiTenantCommands::tr("%n to update", nullptr, r.toUpdate) << QByteArray(", ")
              << MultiTenantCommands::tr("%n unchanged", nullptr, r.unchanged) << QByteArray(", ")
              << MultiTenantCommands::tr("%n of ours to delete", nullptr, r.plannedDeletes) << QByteArray(", ")
              << MultiTenantCommands::tr("%n not sent", nullptr, r.plannedNotSent) << QByteArray("\n");
        return;
    }
    out() << MultiTenantCommands::tr("%n created", nullptr, r.created) << QByteArray(", ")
          << MultiTenantCommands::tr("%n updated", nullptr, r.updated) << QByteArray(", ")
          << MultiTenantCommands::tr("%n unchanged", nullptr, r.unchanged) << QByteArray(", ")
          << MultiTenantCommands::tr("%n failed", nullptr, r.failed) << QByteArray(", ")
          << MultiTenantCommands::tr("%n not sent", nullptr, r.notSent);
    if (sync)
        out() << QByteArray(", ") << MultiTenantCommands::tr("%n deleted", nullptr, r.deleted);
    out() << QByteArray(" (") << MultiTenantCommands::tr("%n call(s)", nullptr, r.calls) << QByteArray(")\n");
}

// The tenants side by side: one column each, one line per figure.
void printSummary(const std::vector<TenantResult> &results, const std::vector<int> &codes, bool sync, bool dryRun)
{
    struct Line
    {
        QString label;
        std::function<QString(size_t)> value;
    };
    auto number = [](int n) { return QString::number(n); };
    std::vector<Line> lines;
    if (dryRun) {
        lines.push_back({MultiTenantCommands::tr("To create"), [&](size_t i) { return number(results[i].toCreate); }});
        lines.push_back({MultiTenantCommands::tr("To update"), [&](size_t i) { return number(results[i].toUpdate); }});
        lines.push_back({MultiTenantCommands::tr("Unchanged"), [&](size_t i) { return number(results[i].unchanged); }});
        lines.push_back(
            {MultiTenantCommands::tr("To delete"), [&](size_t i) { return number(results[i].plannedDeletes); }});
        lines.push_back(
            {MultiTenantCommands::tr("Not sent"), [&](size_t i) { return number(results[i].plannedNotSent); }});
    } else {
        lines.push_back({MultiTenantCommands::tr("Created"), [&](size_t i) { return number(results[i].created); }});
        lines.push_back({MultiTenantCommands::tr("Updated"), [&](size_t i) { return number(results[i].updated); }});
        lines.push_back({MultiTenantCommands::tr("Unchanged"), [&](size_t i) { return number(results[i].unchanged); }});
        lines.push_back({MultiTenantCommands::tr("Failed"), [&](size_t i) { return number(results[i].failed); }});
        lines.push_back({MultiTenantCommands::tr("Not sent"), [&](size_t i) { return number(results[i].notSent); }});
        if (sync)
            lines.push_back({MultiTenantCommands::tr("Deleted"), [&](size_t i) { return number(results[i].deleted); }});
        lines.push_back({MultiTenantCommands::tr("Calls"), [&](size_t i) { return number(results[i].calls); }});
    }
    lines.push_back({MultiTenantCommands::tr("Exit code"), [&](size_t i) { return number(codes[i]); }});

    qsizetype labelWidth = 0;
    for (const Line &line : lines)
        labelWidth = std::max(labelWidth, line.label.size());
    std::vector<qsizetype> widths;
    for (size_t i = 0; i < results.size(); ++i) {
        qsizetype w = terminalText(results[i].profile.name).size();
        for (const Line &line : lines)
            w = std::max(w, line.value(i).size());
        widths.push_back(w);
    }
    QString heading = QString(labelWidth, u' ');
    for (size_t i = 0; i < results.size(); ++i)
        heading += QStringLiteral("  ") + terminalText(results[i].profile.name).rightJustified(widths[i]);
    out() << QByteArray("\n") << heading << QByteArray("\n");
    for (const Line &line : lines) {
        QString text = line.label.leftJustified(labelWidth);
        for (size_t i = 0; i < results.size(); ++i)
            text += QStringLiteral("  ") + line.value(i).rightJustified(widths[i]);
        out() << text << QByteArray("\n");
    }
}

int run(const QCommandLineParser &parser, MultiTenantRun::Mode mode)
{
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const bool sync = mode == MultiTenantRun::Mode::Sync;
    const bool dryRun = sync && parser.isSet(QStringLiteral("dry-run"));
    const QString path = parser.positionalArguments().constFirst();
    const QJsonObject context{{QStringLiteral("file"), path}};

    // Every profile is checked before anything is sent.
    QList<Profile> profiles;
    QStringList names;
    for (const QString &name : parser.values(QStringLiteral("profile"))) {
        if (names.contains(name))
            return fail(asJson, context, MultiTenantCommands::tr("The profile \"%1\" is given twice.").arg(name),
                        ExitBadInput);
        names.append(name);
    }
    Connection connection;
    LoadResult loaded;
    if (const int code = readFileCommand(parser, asJson, context, &connection, &loaded); code != ExitOk)
        return code;
    for (const QString &name : std::as_const(names)) {
        std::optional<Profile> profile = ProfileStore().load(name);
        if (!profile)
            return fail(asJson, context,
                        ConnectionOptions::tr("There is no profile \"%1\". \"indicator-manager-cli profiles\" lists "
                                              "the saved ones; \"indicator-manager-cli login --profile %1 ...\" "
                                              "creates it.")
                            .arg(name),
                        ExitBadInput);
        if (parser.isSet(QStringLiteral("ca-file")))
            profile->connection.caFile = parser.value(QStringLiteral("ca-file"));
        if (const QString problem = profile->check(); !problem.isEmpty())
            return fail(asJson, context, problem, ExitBadInput);
        profiles.append(*profile);
    }
    const IndicatorDocument &doc = *loaded.document;
    const IndicatorTable &table = doc.table();

    QNetworkAccessManager manager;
    KeychainSecretStore store;
    ImportHistory history;
    MultiTenantRun multi(&manager, &store);
    multi.setMode(mode);
    multi.setDryRun(dryRun);
    multi.setHistory(&history);
    multi.setFileName(QFileInfo(path).absoluteFilePath());
    multi.setLeftOutFor([&doc](const BatchPlan &plan) {
        int invalid = 0;
        return leftOutRows(doc, plan, &invalid);
    });
    if (!asJson) {
        QObject::connect(&multi, &MultiTenantRun::tenantStarted, [&profiles](int index, const QString &profile) {
            err() << MultiTenantCommands::tr("Tenant %1 of %2: %3 (%4)…")
                         .arg(index + 1)
                         .arg(profiles.size())
                         .arg(terminalText(profile), terminalText(profiles[index].connection.tenantId))
                  << QByteArray("\n");
        });
    }
    {
        const CancelOnInterrupt interrupt([&multi]() { multi.cancel(); });
        multi.start(table, profiles);
        waitFor(&multi, &MultiTenantRun::finished, multi.isRunning());
    }

    const std::vector<TenantResult> &results = multi.results();
    std::vector<int> codes;
    codes.reserve(results.size());
    for (const TenantResult &r : results)
        codes.push_back(exitCode(r, sync, dryRun));
    const int worst = *std::max_element(codes.begin(), codes.end());
    for (const TenantResult &r : results) {
        if (!r.historyProblem.isEmpty())
            err() << MultiTenantCommands::tr("Warning: %1").arg(r.historyProblem) << QByteArray("\n");
    }

    if (asJson) {
        QJsonArray tenants;
        for (size_t i = 0; i < results.size(); ++i)
            tenants.append(sync ? syncJson(table, path, results[i], codes[i], dryRun)
                                : importJson(table, path, results[i], codes[i]));
        out() << json(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("rows"), table.rowCount()},
                                  {QStringLiteral("exitCode"), worst},
                                  {QStringLiteral("tenants"), tenants}})
              << QByteArray("\n");
        return worst;
    }

    for (size_t i = 0; i < results.size(); ++i)
        printTenant(table, results[i], static_cast<int>(i), static_cast<int>(results.size()), sync, dryRun);
    printSummary(results, codes, sync, dryRun);
    return worst;
}

} // namespace

bool MultiTenantCommands::isMultiple(const QCommandLineParser &parser)
{
    return parser.values(QStringLiteral("profile")).size() > 1;
}

int MultiTenantCommands::importFile(const QCommandLineParser &parser)
{
    return run(parser, MultiTenantRun::Mode::Import);
}

int MultiTenantCommands::sync(const QCommandLineParser &parser)
{
    return run(parser, MultiTenantRun::Mode::Sync);
}

} // namespace im::cli
