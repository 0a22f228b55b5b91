// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include "cli/CliOutput.h"
#include "cli/ConnectionOptions.h"
#include "cli/DefaultsOptions.h"
#include "cli/ProfileCommands.h"
#include "cli/RefreshCommands.h"
#include "cli/SyncCommands.h"
#include "cli/TenantCommands.h"
#include "core/batch/BatchPlanner.h"
#include "core/document/DocumentLoader.h"
#include "core/document/ValidationReport.h"
#include "core/i18n/Translations.h"
#include "core/io/TableWriter.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/validation/IssueMessages.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace im::cli {
namespace {

void addFormatOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Commands::tr("Print one JSON object instead of text.")});
    parser.addOption({QStringLiteral("encoding"),
                      Commands::tr("Read the file in this encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 or "
                                   "Windows-1252 (default: detect)."),
                      QStringLiteral("name")});
    DefaultsOptions::add(parser);
}

// Options of the commands that read a file, report on it and end (validate, plan, convert); convert's
// output goes through QSaveFile, so even writing over the file read leaves the mapped one whole.
bool readOptions(const QCommandLineParser &parser, ReadOptions *options, QString *error)
{
    options->mayKeepFileMapped = true;
    if (parser.isSet(QStringLiteral("encoding"))
        && !encodingFromName(parser.value(QStringLiteral("encoding")), &options->encoding)) {
        *error = Commands::tr("Unknown encoding \"%1\".").arg(parser.value(QStringLiteral("encoding")));
        return false;
    }
    return DefaultsOptions::read(parser, options, error);
}

// The names --to takes, and the formats they write.
bool saveFormatFromName(const QString &name, SaveFormat *format)
{
    if (name == QLatin1String("portal-csv"))
        *format = SaveFormat::PortalCsv;
    else if (name == QLatin1String("full-csv"))
        *format = SaveFormat::FullCsv;
    else if (name == QLatin1String("import-json"))
        *format = SaveFormat::ImportJson;
    else
        return false;
    return true;
}

int fail(bool asJson, const QString &file, const QString &message, int code)
{
    if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), message}})
              << QByteArray("\n");
    } else {
        err() << Commands::tr("indicator-manager-cli: %1").arg(message) << QByteArray("\n");
    }
    return code;
}

} // namespace

QString Commands::usage()
{
    return tr("Usage: indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  validate FILE [--json] [--encoding NAME]\n"
              "      Check every row against Defender's rules.\n"
              "      Exit code 0: every row is valid; 1: some rows are invalid; 2: the file cannot be read.\n"
              "      --json prints {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,\n"
              "      severity, message}]}.\n"
              "  plan FILE [--active N | --profile NAME | CONNECTION] [--send-unchanged] [--json] [--encoding NAME]\n"
              "      Split the valid rows into Import calls of at most 500 and show the calls, the minimum\n"
              "      time at 30 calls a minute, and the tenant's quota of 15,000 active indicators before and\n"
              "      after (N: active indicators now, default 0). With a connection the tenant's indicators are\n"
              "      read and compared by matching key: new, updates and unchanged rows (unchanged rows are left\n"
              "      out unless --send-unchanged). Exit code 0; 2 when the file cannot be read; 3 or 4 as below.\n")
           + tr("  convert FILE [--to portal-csv|full-csv|import-json] [-o OUT] [--context] [--encoding NAME]\n"
                "      Read any file the app reads (CSV, JSON, MISP, STIX, a report, an IOC list) and write its rows\n"
                "      as the portal's CSV template (default), the full CSV or an Import JSON body, to OUT or to\n"
                "      standard output. --context: each Import JSON row read from a report, MISP or STIX also\n"
                "      carries the text it was read from, as \"context\". Exit codes as for validate.\n"
                "  validate, plan, import and convert also take --defaults PRESET|FILE.json and --set FIELD=VALUE\n"
                "      (repeatable): what to put in the cells the file leaves empty; a file's own values stay.\n")
           + TenantCommands::usage(SyncCommands::usage() + RefreshCommands::usage() + ProfileCommands::usage())
           + tr("\n"
                "Options:\n"
                "  --lang CODE   Language of messages (en, zh_CN, zh_TW); default: the system's.\n"
                "  --help        Show this help.\n"
                "  --version     Show the version.\n");
}

int Commands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    // Global options come before the command.
    QString language = Translations::bestMatch(QLocale::system().name());
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            Translations::install(language);
            out() << usage();
            return ExitOk;
        }
        if (option == QLatin1String("--version")) {
            out() << QStringLiteral("indicator-manager-cli %1\n").arg(QStringLiteral(IM_VERSION));
            return ExitOk;
        }
        if (option == QLatin1String("--lang") && !args.isEmpty()) {
            language = args.takeFirst();
            continue;
        }
        if (option.startsWith(QLatin1String("--lang="))) {
            language = option.mid(7);
            continue;
        }
        Translations::install(language);
        err() << tr("Unknown option %1.").arg(option) << QByteArray("\n\n") << usage();
        return ExitBadInput;
    }
    Translations::install(language);
    if (args.isEmpty()) {
        err() << usage();
        return ExitBadInput;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("validate"))
        return validate(args);
    if (command == QLatin1String("plan"))
        return plan(args);
    if (command == QLatin1String("convert"))
        return convert(args);
    if (command == QLatin1String("import"))
        return TenantCommands::importFile(args);
    if (command == QLatin1String("list"))
        return TenantCommands::list(args);
    if (command == QLatin1String("delete"))
        return TenantCommands::remove(args);
    if (command == QLatin1String("sync"))
        return SyncCommands::sync(args);
    if (command == QLatin1String("refresh"))
        return RefreshCommands::refresh(args);
    if (command == QLatin1String("login"))
        return ProfileCommands::login(args);
    if (command == QLatin1String("logout"))
        return ProfileCommands::logout(args);
    if (command == QLatin1String("profiles"))
        return ProfileCommands::list(args);
    if (command == QLatin1String("help")) {
        out() << usage();
        return ExitOk;
    }
    err() << tr("Unknown command \"%1\".").arg(command) << QByteArray("\n\n") << usage();
    return ExitBadInput;
}

int Commands::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFormatOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to check."));
    if (!parser.parse(QStringList{QStringLiteral("validate")} + arguments)
        || parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? tr("validate takes one FILE.") : parser.errorText())
              << QByteArray("\n\n") << usage();
        return ExitBadInput;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString path = parser.positionalArguments().constFirst();
    ReadOptions options;
    QString error;
    if (!readOptions(parser, &options, &error))
        return fail(asJson, path, error, ExitBadInput);

    const LoadResult loaded = loadDocument(path, options);
    if (!loaded.document)
        return fail(asJson, path, loaded.report.error, ExitBadInput);

    const IndicatorDocument &doc = *loaded.document;
    const IndicatorTable &table = doc.table();
    const ValidationSummary s = doc.summary();

    if (asJson) {
        JsonStreamWriter writer(out().device());
        ValidationReport::writeJson(writer, path, loaded.report, doc);
        writer.raw("\n");
    } else {
        constexpr int kMaxListed = 200;
        int listed = 0;
        int total = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            table.issues(row).forEach([&](IssueCode code) {
                ++total;
                if (listed >= kMaxListed)
                    return;
                ++listed;
                const IssueInfo &info = issueInfo(code);
                out() << tr("Row %1, %2: %3 [%4] %5")
                             .arg(row + 1)
                             .arg(QString::fromLatin1(apiName(info.field)), IssueMessages::severityName(info.severity),
                                  QString::fromLatin1(info.code),
                                  IssueMessages::describe(table, row, code, &doc.duplicates()))
                      << QByteArray("\n");
            });
        }
        if (total > listed)
            out() << tr("... and %n more issue(s); use --json to see them all.", nullptr, total - listed)
                  << QByteArray("\n");
        for (const QString &notice : loaded.report.notices)
            out() << tr("Note: %1").arg(notice) << QByteArray("\n");
        //: The validate summary: file name, then the counts of rows, valid, invalid, warnings, duplicates.
        out() << tr("%1: %2, %3, %4, %5, %6")
                     .arg(path, tr("%n row(s)", nullptr, s.rows), tr("%n valid", nullptr, s.valid),
                          tr("%n invalid", nullptr, s.invalid), tr("%n warning(s)", nullptr, s.warnings),
                          tr("%n duplicate(s)", nullptr, s.duplicates))
              << QByteArray("\n");
    }
    return s.invalid > 0 ? ExitRowsInvalid : ExitOk;
}

int Commands::plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFormatOptions(parser);
    parser.addOption({QStringLiteral("active"), tr("Active indicators in the tenant now (without a connection)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("send-unchanged"),
                      tr("Also send rows that would change nothing in the tenant (skipped by default).")});
    ConnectionOptions::add(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to plan."));
    if (!parser.parse(QStringList{QStringLiteral("plan")} + arguments) || parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? tr("plan takes one FILE.") : parser.errorText()) << QByteArray("\n\n")
              << usage();
        return ExitBadInput;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString path = parser.positionalArguments().constFirst();
    const bool live = ConnectionOptions::isGiven(parser);
    if (live && parser.isSet(QStringLiteral("active")))
        return fail(asJson, path,
                    tr("--active is for planning offline; with a connection the tenant's own figures are used."),
                    ExitBadInput);
    bool ok = true;
    const int active = parser.isSet(QStringLiteral("active")) ? parser.value(QStringLiteral("active")).toInt(&ok) : 0;
    if (!ok || active < 0)
        return fail(asJson, path, tr("--active takes a whole number of at least 0."), ExitBadInput);
    ReadOptions options;
    QString error;
    if (!readOptions(parser, &options, &error))
        return fail(asJson, path, error, ExitBadInput);

    const LoadResult loaded = loadDocument(path, options);
    if (!loaded.document)
        return fail(asJson, path, loaded.report.error, ExitBadInput);
    const IndicatorTable &table = loaded.document->table();

    ImportPlanner planner;
    ImportPlanner::Choices choices;
    choices.activeOffline = active;
    choices.skipUnchanged = !parser.isSet(QStringLiteral("send-unchanged"));
    TenantSnapshot snapshot;
    if (live) {
        if (const int code = TenantCommands::readTenant(parser, asJson, path, &snapshot); code != ExitOk)
            return code;
        planner.setTenant(&snapshot);
        planner.compare(table);
    }
    const ImportPlanner::Result planned = planner.plan(table, nullptr, choices);
    const BatchPlan &p = planned.plan;
    const int unchanged = planned.unchangedRows;

    if (asJson) {
        // Streamed, keys in the order plan --json has always printed them (a QJsonObject's sorted order).
        JsonStreamWriter w(out().device());
        w.beginObject();
        w.key(QLatin1StringView("activeAfter"));
        w.value(p.activeAfter);
        w.key(QLatin1StringView("activeBefore"));
        w.value(p.activeBefore);
        w.key(QLatin1StringView("batchSizes"));
        w.beginArray();
        for (const auto &batch : p.batches)
            w.value(static_cast<qint64>(batch.size()));
        w.endArray();
        w.key(QLatin1StringView("batches"));
        w.value(static_cast<qint64>(p.batches.size()));
        w.key(QLatin1StringView("calls"));
        w.value(p.calls);
        w.key(QLatin1StringView("excluded"));
        w.beginObject();
        w.key(QLatin1StringView("duplicate"));
        w.value(p.excludedDuplicate);
        w.key(QLatin1StringView("invalid"));
        w.value(p.excludedInvalid);
        w.key(QLatin1StringView("unchanged"));
        w.value(p.excludedUnchanged);
        w.key(QLatin1StringView("user"));
        w.value(p.excludedByUser);
        w.endObject();
        w.key(QLatin1StringView("file"));
        w.value(path);
        w.key(QLatin1StringView("limit"));
        w.value(p.limit);
        w.key(QLatin1StringView("minimumSeconds"));
        w.value(p.minimumSeconds);
        w.key(QLatin1StringView("new"));
        w.value(p.newIndicators);
        w.key(QLatin1StringView("overLimitBy"));
        w.value(p.overLimitBy());
        w.key(QLatin1StringView("rows"));
        w.value(p.rows);
        w.key(QLatin1StringView("sendable"));
        w.value(p.sendable());
        w.key(QLatin1StringView("tenant"));
        w.value(live);
        w.key(QLatin1StringView("unchanged"));
        w.value(unchanged);
        w.key(QLatin1StringView("updates"));
        w.value(p.updates);
        w.endObject();
        w.raw("\n");
        return ExitOk;
    }

    out() << tr("%1: %2").arg(path, tr("%n row(s)", nullptr, p.rows)) << QByteArray("\n");
    out() << tr("Will be sent: %n row(s)", nullptr, p.sendable()) << QByteArray("\n");
    if (live)
        out() << tr("New: %1, updates: %2, unchanged: %3").arg(p.newIndicators).arg(p.updates).arg(unchanged)
              << QByteArray("\n");
    out() << tr("Left out: %1 invalid, %2 duplicate, %3 unchanged")
                 .arg(p.excludedInvalid)
                 .arg(p.excludedDuplicate)
                 .arg(p.excludedUnchanged)
          << QByteArray("\n");
    QStringList sizes;
    for (const auto &batch : p.batches)
        sizes.append(QString::number(batch.size()));
    out() << tr("Import calls: %1 (batch sizes: %2)")
                 .arg(p.calls)
                 .arg(sizes.isEmpty() ? QStringLiteral("-") : sizes.join(u' '))
          << QByteArray("\n");
    out() << tr("Minimum time at 30 calls a minute: %n second(s)", nullptr, static_cast<int>(p.minimumSeconds))
          << QByteArray("\n");
    out() << tr("Active indicators: %1 now, %2 after, of %3").arg(p.activeBefore).arg(p.activeAfter).arg(p.limit)
          << QByteArray("\n");
    if (p.overLimitBy() > 0)
        out() << tr("The import would pass the tenant's limit by %n indicator(s).", nullptr, p.overLimitBy())
              << QByteArray("\n");
    return ExitOk;
}

int Commands::convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFormatOptions(parser);
    parser.addOption({QStringLiteral("to"), tr("The format to write: portal-csv (default), full-csv or import-json."),
                      QStringLiteral("format"), QStringLiteral("portal-csv")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write here instead of to standard output."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("context"),
                      tr("With import-json: add the text each row was read from (a report's line, a MISP or STIX "
                         "object) as \"context\".")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to convert."));
    if (!parser.parse(QStringList{QStringLiteral("convert")} + arguments) || parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? tr("convert takes one FILE.") : parser.errorText())
              << QByteArray("\n\n") << usage();
        return ExitBadInput;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString path = parser.positionalArguments().constFirst();
    SaveFormat format = SaveFormat::PortalCsv;
    if (!saveFormatFromName(parser.value(QStringLiteral("to")), &format))
        return fail(
            asJson, path,
            tr("--to takes portal-csv, full-csv or import-json, not \"%1\".").arg(parser.value(QStringLiteral("to"))),
            ExitBadInput);
    const bool withContext = parser.isSet(QStringLiteral("context"));
    if (withContext && format != SaveFormat::ImportJson)
        return fail(asJson, path, tr("--context needs --to import-json."), ExitBadInput);
    ReadOptions options;
    QString error;
    if (!readOptions(parser, &options, &error))
        return fail(asJson, path, error, ExitBadInput);

    const LoadResult loaded = loadDocument(path, options);
    if (!loaded.document)
        return fail(asJson, path, loaded.report.error, ExitBadInput);
    const IndicatorTable &table = loaded.document->table();
    const ValidationSummary s = loaded.document->summary();

    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        const QString saveError = TableWriter::saveFile(table, format, output, {}, withContext);
        if (!saveError.isEmpty())
            return fail(asJson, path, saveError, ExitBadInput);
    } else {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)
            || !TableWriter::write(table, format, stdoutFile, {}, withContext))
            return fail(asJson, path, tr("The rows could not be written to standard output."), ExitBadInput);
        stdoutFile.flush();
    }
    // The summary goes to standard error, so that standard output holds only the converted file.
    for (const QString &notice : loaded.report.notices)
        err() << tr("Note: %1").arg(notice) << QByteArray("\n");
    err() << tr("%1 (%2): %3, %4, %5")
                 .arg(path, formatName(loaded.report.format), tr("%n row(s)", nullptr, s.rows),
                      tr("%n valid", nullptr, s.valid), tr("%n invalid", nullptr, s.invalid))
          << QByteArray("\n");
    err().flush();
    return s.invalid > 0 ? ExitRowsInvalid : ExitOk;
}

} // namespace im::cli
