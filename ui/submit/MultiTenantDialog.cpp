// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/MultiTenantDialog.h"

#include "core/indicator/IndicatorTable.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace im {
namespace {

// The lines of the results table, in order.
enum ResultLine : int { Created, Updated, Unchanged, Failed, Skipped, Deleted, Outcome, LineCount };

} // namespace

MultiTenantDialog::MultiTenantDialog(const IndicatorTable &table, const QString &fileName, ImportHistory *history,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_fileName(fileName)
    , m_manager(std::make_unique<QNetworkAccessManager>())
    , m_store(std::make_unique<KeychainSecretStore>())
    , m_run(std::make_unique<MultiTenantRun>(m_manager.get(), m_store.get()))
{
    setObjectName(QStringLiteral("multiTenantDialog"));
    m_run->setHistory(history);
    m_run->setFileName(fileName);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_profiles = new QListWidget(this);
    m_profiles->setObjectName(QStringLiteral("multiTenantProfiles"));
    m_profiles->setMaximumHeight(90);
    const ProfileStore store;
    for (const QString &name : store.names()) {
        auto *item = new QListWidgetItem(name, m_profiles);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (const std::optional<Profile> profile = store.load(name))
            item->setToolTip(profile->connection.tenantId);
    }
    m_importMode = new QRadioButton(this);
    m_importMode->setObjectName(QStringLiteral("multiTenantImportMode"));
    m_importMode->setChecked(true);
    m_syncMode = new QRadioButton(this);
    m_syncMode->setObjectName(QStringLiteral("multiTenantSyncMode"));
    m_dryRun = new QCheckBox(this);
    m_dryRun->setObjectName(QStringLiteral("multiTenantDryRun"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("multiTenantProgressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("multiTenantProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_results = new QTableWidget(LineCount, 0, this);
    m_results->setObjectName(QStringLiteral("multiTenantResults"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rowsLabel = new QLabel(this);
    m_rows = new QListWidget(this);
    m_rows->setObjectName(QStringLiteral("multiTenantFailedRows"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("multiTenantStartButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("multiTenantCancelButton"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_start->setDefault(false);
    m_start->setAutoDefault(false);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_importMode);
    modes->addWidget(m_syncMode);
    modes->addWidget(m_dryRun);
    modes->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_profiles);
    layout->addLayout(modes);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_rowsLabel);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_buttons);

    connect(m_profiles, &QListWidget::itemChanged, this, &MultiTenantDialog::updateButtons);
    connect(m_syncMode, &QRadioButton::toggled, this, &MultiTenantDialog::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &MultiTenantDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_run.get(), &MultiTenantRun::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run.get(), &MultiTenantRun::stepChanged, this, &MultiTenantDialog::showProgress);
    connect(m_run.get(), &MultiTenantRun::progress, this, [this](int index, int settled, int total) {
        m_sent = settled;
        m_total = total;
        showProgress(index, TenantResult::Step::Sending);
    });
    connect(m_run.get(), &MultiTenantRun::tenantFinished, this, &MultiTenantDialog::showResults);
    connect(m_run.get(), &MultiTenantRun::finished, this, &MultiTenantDialog::showDone);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int, int column) { showTenantRows(column); });
    connect(m_results->horizontalHeader(), &QHeaderView::sectionClicked, this, &MultiTenantDialog::showTenantRows);

    retranslateUi();
    updateButtons();
    resize(720, 560);
}

MultiTenantDialog::~MultiTenantDialog()
{
    m_run->cancel();
}

void MultiTenantDialog::retranslateUi()
{
    setWindowTitle(tr("Submit to Several Tenants"));
    m_intro->setText(tr("Tick the saved profiles to send this table to. The tenants are done one after the other, "
                        "each with its own sign-in, rate limit and quota check; a tenant that fails does not stop "
                        "the others."));
    m_importMode->setText(tr("&Submit (import the valid rows)"));
    m_syncMode->setText(tr("S&ync (also delete our indicators the table no longer holds)"));
    m_dryRun->setText(tr("&Preview only: change nothing"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel Run"));
    m_rowsLabel->setText(tr("Rows that failed or were not sent, for the tenant picked above:"));
    const QStringList lines{//: Lines of the side-by-side results, one column per tenant
                            tr("Created"), tr("Updated"), tr("Unchanged"), tr("Failed"),
                            tr("Skipped"), tr("Deleted"), tr("Result")};
    m_results->setVerticalHeaderLabels(lines);
    if (m_run->isRunning() && m_run->current() >= 0)
        showProgress(m_run->current(), m_run->results()[static_cast<size_t>(m_run->current())].step);
    else if (!m_run->results().empty())
        showDone();
    else
        m_progressLabel->setText(tr("Not started."));
    showResults();
}

void MultiTenantDialog::showDone()
{
    showResults();
    m_progressLabel->setText(tr("Done: %n tenant(s).", nullptr, static_cast<int>(m_run->results().size())));
    updateButtons();
}

void MultiTenantDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MultiTenantDialog::setCheckedProfiles(const QStringList &names)
{
    for (int i = 0; i < m_profiles->count(); ++i)
        m_profiles->item(i)->setCheckState(names.contains(m_profiles->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QStringList MultiTenantDialog::checkedProfiles() const
{
    QStringList names;
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->checkState() == Qt::Checked)
            names.append(m_profiles->item(i)->text());
    }
    return names;
}

void MultiTenantDialog::setSyncMode(bool sync)
{
    (sync ? m_syncMode : m_importMode)->setChecked(true);
}

void MultiTenantDialog::updateButtons()
{
    const bool running = m_run->isRunning();
    m_start->setEnabled(!running && !checkedProfiles().isEmpty());
    m_cancel->setEnabled(running);
    m_profiles->setEnabled(!running);
    m_importMode->setEnabled(!running);
    m_syncMode->setEnabled(!running);
    m_dryRun->setEnabled(!running && m_syncMode->isChecked());
}

bool MultiTenantDialog::start()
{
    const QStringList names = checkedProfiles();
    if (names.isEmpty() || m_run->isRunning())
        return false;
    QList<Profile> profiles;
    const ProfileStore store;
    for (const QString &name : names) {
        if (const std::optional<Profile> profile = store.load(name))
            profiles.append(*profile);
    }
    const bool sync = m_syncMode->isChecked();
    const bool dryRun = sync && m_dryRun->isChecked();
    if (!dryRun) {
        MessageBox::Question question;
        question.icon = QMessageBox::Question;
        question.objectName = QStringLiteral("multiTenantConfirm");
        question.title = windowTitle();
        question.text =
            sync ? tr("Sync %n row(s) with these tenants, one after the other?", nullptr, m_table.rowCount())
                 : tr("Submit %n row(s) to these tenants, one after the other?", nullptr, m_table.rowCount());
        question.informativeText = names.join(QStringLiteral(", "));
        question.standardButtons = QMessageBox::Yes | QMessageBox::No;
        question.defaultButton = QMessageBox::No;
        if (MessageBox::instance().ask(this, question) != MessageBox::Choice(QMessageBox::Yes))
            return false;
    }
    m_run->setMode(sync ? MultiTenantRun::Mode::Sync : MultiTenantRun::Mode::Import);
    m_run->setDryRun(dryRun);
    m_results->setColumnCount(0);
    m_rows->clear();
    m_progress->setRange(0, static_cast<int>(profiles.size()));
    m_progress->setValue(0);
    if (!m_run->start(m_table, profiles))
        return false;
    showResults();
    updateButtons();
    return true;
}

QString MultiTenantDialog::stepText(int index, TenantResult::Step step) const
{
    const auto &results = m_run->results();
    const QString name = results[static_cast<size_t>(index)].profile.name;
    const int count = static_cast<int>(results.size());
    switch (step) {
    case TenantResult::Step::Waiting:
    case TenantResult::Step::SigningIn:
        //: %1 of %2 counts the tenants, %3 is the profile's name
        return tr("Tenant %1 of %2: %3, signing in…").arg(index + 1).arg(count).arg(name);
    case TenantResult::Step::Reading:
        return tr("Tenant %1 of %2: %3, reading the tenant's indicators…").arg(index + 1).arg(count).arg(name);
    case TenantResult::Step::Sending:
        return tr("Tenant %1 of %2: %3, %4 of %5 rows sent…")
            .arg(index + 1)
            .arg(count)
            .arg(name)
            .arg(m_sent)
            .arg(m_total);
    case TenantResult::Step::Done: break;
    }
    return tr("Tenant %1 of %2: %3, done.").arg(index + 1).arg(count).arg(name);
}

void MultiTenantDialog::showProgress(int index, TenantResult::Step step)
{
    if (step == TenantResult::Step::SigningIn)
        m_sent = m_total = 0;
    m_progressLabel->setText(stepText(index, step));
    m_progress->setValue(step == TenantResult::Step::Done ? index + 1 : index);
}

void MultiTenantDialog::showResults()
{
    const auto &results = m_run->results();
    const bool sync = m_run->mode() == MultiTenantRun::Mode::Sync;
    m_results->setColumnCount(static_cast<int>(results.size()));
    m_results->setRowHidden(Deleted, !sync);
    QStringList headers;
    for (int column = 0; column < static_cast<int>(results.size()); ++column) {
        const TenantResult &r = results[static_cast<size_t>(column)];
        headers.append(r.profile.name);
        const bool done = r.step == TenantResult::Step::Done;
        auto set = [this, column, done](int line, const QString &text) {
            auto *item = new QTableWidgetItem(done ? text : QStringLiteral("–"));
            item->setTextAlignment(line == Outcome ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            m_results->setItem(line, column, item);
        };
        const bool planOnly = m_run->mode() == MultiTenantRun::Mode::Sync && r.step == TenantResult::Step::Done
                              && !r.ran && r.problem.isEmpty() && r.toCreate + r.toUpdate + r.plannedDeletes > 0;
        set(Created, QString::number(planOnly ? r.toCreate : r.created));
        set(Updated, QString::number(planOnly ? r.toUpdate : r.updated));
        set(Unchanged, QString::number(r.unchanged));
        set(Failed, QString::number(r.failed));
        set(Skipped, QString::number(planOnly ? r.plannedNotSent : r.notSent));
        set(Deleted, QString::number(planOnly ? r.plannedDeletes : r.deleted));
        QString outcome;
        if (!r.problem.isEmpty())
            outcome = r.problem;
        else if (planOnly)
            outcome = tr("Preview: nothing was changed.");
        else if (r.failed > 0)
            outcome = tr("Done, with rows that failed.");
        else
            outcome = tr("Done.");
        set(Outcome, outcome);
        if (QTableWidgetItem *item = m_results->item(Outcome, column))
            item->setToolTip(outcome);
    }
    m_results->setHorizontalHeaderLabels(headers);
    if (m_results->currentColumn() >= 0)
        showTenantRows(m_results->currentColumn());
}

void MultiTenantDialog::showTenantRows(int column)
{
    m_rows->clear();
    const auto &results = m_run->results();
    if (column < 0 || column >= static_cast<int>(results.size()))
        return;
    const TenantResult &r = results[static_cast<size_t>(column)];
    if (r.step != TenantResult::Step::Done)
        return;
    for (size_t row = 0; row < r.outcomes.size(); ++row) {
        const RowOutcome &o = r.outcomes[row];
        if (o.status == RowStatus::Succeeded || o.leftOut == PlanOutcome::Unchanged)
            continue;
        const QString status = o.status == RowStatus::Failed ? tr("failed") : tr("not sent");
        const QString reason = o.reason();
        //: %1 row number, %2 failed or not sent, %3 the reason
        m_rows->addItem(reason.isEmpty() ? tr("Row %1 %2").arg(row + 1).arg(status)
                                         : tr("Row %1 %2: %3").arg(row + 1).arg(status, reason));
    }
}

} // namespace im
