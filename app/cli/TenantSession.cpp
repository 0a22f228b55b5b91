// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantSession.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "cli/DefaultsOptions.h"
#include "cli/TenantCommands.h"
#include "core/document/IndicatorDocument.h"
#include "core/io/TextDecoder.h"
#include "core/net/ApiCall.h"
#include "core/net/RetryPolicy.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/tenant/IndicatorPager.h"
#include "core/validation/IssueMessages.h"

#include <QCommandLineParser>

#include <csignal>

namespace im::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

} // namespace

QString terminalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidiControl =
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
        if (c.category() != QChar::Other_Control && !bidiControl) {
            out += c;
            continue;
        }
        const QString hex = QString::number(static_cast<uint>(u), 16).toUpper();
        out += u < 0x100 ? QLatin1String("\\x") + hex.rightJustified(2, u'0')
                         : QLatin1String("\\u") + hex.rightJustified(4, u'0');
    }
    return out;
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

bool listAll(Session &session, QJsonArray *all, ApiError *error)
{
    IndicatorPager pager(&session.client());
    QObject::connect(&pager, &IndicatorPager::pageRead, [all](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            all->append(item);
    });
    pager.start();
    waitFor(&pager, &IndicatorPager::finished, pager.isRunning());
    *error = pager.error();
    return !error->isError();
}

QString Session::configure(Connection &connection, int *exitCode)
{
    *exitCode = ExitBadInput;
    if (!connection.fromProfile) {
        const QString problem = m_client.configure(connection.settings, connection.secret);
        connection.secret.fill('\0');
        return problem;
    }
    ProfileSignIn signIn(&m_client, &m_store);
    signIn.signIn(connection.profile, ProfileSignIn::Token::Later);
    waitFor(&signIn, &ProfileSignIn::finished, signIn.isRunning());
    if (signIn.secretError().isError() || signIn.apiError().isSignInProblem())
        *exitCode = ExitSignInFailed;
    return signIn.secretError().isError() || signIn.apiError().isError() ? signIn.errorMessage() : QString();
}

ApiResult Session::await(ApiCall *call)
{
    waitFor(call, &ApiCall::finished, !call->isFinished());
    const ApiResult result = call->result();
    delete call;
    return result;
}

bool Session::signIn(ApiError *error)
{
    const ApiResult result = await(m_client.signIn());
    *error = result.error;
    return result.ok();
}

ApiResult Session::withRetry(const std::function<ApiCall *()> &make)
{
    const RetryPolicy policy;
    for (int failures = 0;;) {
        const ApiResult result = await(make());
        if (result.ok() || !policy.shouldRetry(result.error, ++failures))
            return result;
        pauseFor(static_cast<int>(policy.delayMs(failures)));
    }
}

void addFileCommandOptions(QCommandLineParser &parser)
{
    ConnectionOptions::add(parser);
    parser.addOption({QStringLiteral("json"), TenantCommands::tr("Print one JSON object instead of text.")});
    parser.addOption({QStringLiteral("encoding"), TenantCommands::tr("The file's encoding (default: detect)."),
                      QStringLiteral("name")});
    DefaultsOptions::add(parser);
}

int openFileCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments, FileCommand *file)
{
    QString error;
    if (!parse(parser, command, arguments, 1, &error))
        return usageError(error);
    file->asJson = parser.isSet(QStringLiteral("json"));
    file->path = parser.positionalArguments().constFirst();
    file->context = QJsonObject{{QStringLiteral("file"), file->path}};
    if (!ConnectionOptions::read(parser, &file->connection, &error))
        return fail(file->asJson, file->context, error, ExitBadInput);
    ReadOptions readOptions;
    if (parser.isSet(QStringLiteral("encoding"))
        && !encodingFromName(parser.value(QStringLiteral("encoding")), &readOptions.encoding))
        return fail(file->asJson, file->context,
                    TenantCommands::tr("Unknown encoding \"%1\".").arg(parser.value(QStringLiteral("encoding"))),
                    ExitBadInput);
    if (!DefaultsOptions::read(parser, &readOptions, &error))
        return fail(file->asJson, file->context, error, ExitBadInput);
    file->loaded = loadDocument(file->path, readOptions);
    if (!file->loaded.document)
        return fail(file->asJson, file->context, file->loaded.report.error, ExitBadInput);
    return ExitOk;
}

std::vector<PlannedLeftOut> leftOutRows(const IndicatorDocument &document, const BatchPlan &plan, int *invalid)
{
    const IndicatorTable &table = document.table();
    std::vector<PlannedLeftOut> leftOut;
    *invalid = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const PlanOutcome why = plan.outcomes[static_cast<size_t>(row)];
        if (why == PlanOutcome::New || why == PlanOutcome::Update)
            continue;
        QString detail;
        if (why == PlanOutcome::Invalid) {
            ++*invalid;
            if (const std::optional<IssueCode> firstError = table.issues(row).firstError())
                detail = IssueMessages::describe(table, row, *firstError, &document.duplicates());
        } else if (why == PlanOutcome::Duplicate) {
            detail = IssueMessages::describe(table, row, IssueCode::RowDuplicate, &document.duplicates());
        }
        leftOut.push_back({row, why, detail});
    }
    return leftOut;
}

void OwnershipFilter::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("mine"), TenantCommands::tr("Only the indicators this app registration or the "
                                                                 "signed-in user made.")});
    parser.addOption({QStringLiteral("created-by"),
                      TenantCommands::tr("Only the indicators made by WHO: ours, portal, cloud-apps, other-app, or "
                                         "a createdBy value (an app id or a user name). May be repeated."),
                      QStringLiteral("who")});
}

bool OwnershipFilter::read(const QCommandLineParser &parser, QString *error)
{
    m_kinds.clear();
    m_creators.clear();
    if (parser.isSet(QStringLiteral("mine")))
        m_kinds.append(Ownership::Kind::Ours);
    for (const QString &who : parser.values(QStringLiteral("created-by"))) {
        Ownership::Kind kind;
        if (Ownership::fromName(who, &kind))
            m_kinds.append(kind);
        else if (!who.trimmed().isEmpty())
            m_creators.append(who.trimmed());
        else {
            *error = TenantCommands::tr("--created-by takes ours, portal, cloud-apps, other-app or a createdBy value.");
            return false;
        }
    }
    return true;
}

QJsonArray OwnershipFilter::apply(const QJsonArray &items, const Ownership &ownership) const
{
    if (m_kinds.isEmpty() && m_creators.isEmpty())
        return items;
    QJsonArray kept;
    for (const QJsonValue &item : items) {
        const Creator creator = Creator::fromListItem(item.toObject());
        if (m_kinds.contains(ownership.classify(creator))
            || m_creators.contains(creator.createdBy, Qt::CaseInsensitive))
            kept.append(item);
    }
    return kept;
}

CancelOnInterrupt::CancelOnInterrupt(const std::function<void()> &cancel)
{
    g_interrupted = 0;
    m_previous = std::signal(SIGINT, onInterrupt);
    QObject::connect(&m_poll, &QTimer::timeout, [cancel]() {
        if (g_interrupted)
            cancel();
    });
    m_poll.start(100);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    std::signal(SIGINT, m_previous);
}

} // namespace im::cli
