// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenant/SyncPreviewDialog.h"

#include "core/indicator/IndicatorTable.h"
#include "core/preview/SyncPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "ui/common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace im {
namespace {

// What happens to a listed line, kept in the first column's data for tests.
enum class Step { Create, Update, Unchanged, Delete, NotSent };
constexpr int kStepRole = Qt::UserRole + 1;

} // namespace

SyncPreviewDialog::SyncPreviewDialog(const IndicatorTable &table, const TenantSnapshot &snapshot, const SyncPlan &plan,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_snapshot(snapshot)
    , m_plan(plan)
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(0, 4, this))
    , m_syncButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncPreviewDialog"));
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("syncRowsTableView"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_syncButton->setObjectName(QStringLiteral("syncConfirmButton"));
    m_cancelButton->setObjectName(QStringLiteral("syncCancelButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_syncButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    // Enter never starts a sync that deletes: only Cancel may be the default button.
    m_syncButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    m_syncButton->setEnabled(!plan.changesNothing());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    ScreenFit::resizeWithin(this, QSize(900, 560));
}

QString SyncPreviewDialog::summaryText() const
{
    return m_summary->text();
}

void SyncPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Sync with Tenant"));
    const QLocale locale;
    QStringList lines;
    lines << tr("Make the tenant hold exactly this table's rows among the indicators we own. Indicators made by "
                "others (the portal, Defender for Cloud Apps, other apps) are never deleted.");
    lines << tr("Create: %1   Update: %2   Unchanged: %3   Delete (ours, no longer in the table): %4")
                 .arg(locale.toString(m_plan.creates), locale.toString(m_plan.updates),
                      locale.toString(m_plan.unchanged), locale.toString(m_plan.deleteCount()));
    lines << tr("Not sent (errors or repeats): %1   Others' indicators left alone: %2")
                 .arg(locale.toString(m_plan.notSent), locale.toString(m_plan.othersKept));
    lines << tr("%n call(s) to the service", nullptr, m_plan.calls());
    if (m_plan.changesNothing())
        lines << tr("The tenant already holds the table: there is nothing to do.");
    m_summary->setText(lines.join(u'\n'));
    m_rows->setHorizontalHeaderLabels({tr("What happens"), tr("Type"), tr("Value"), tr("Title")});
    m_rows->setAccessibleName(tr("What the sync does to each row and indicator"));
    m_syncButton->setText(tr("&Sync"));
    m_syncButton->setAccessibleName(tr("Run the sync now"));
    m_cancelButton->setText(tr("Cancel"));
    fill();
}

void SyncPreviewDialog::fill()
{
    auto stepText = [](Step step) {
        switch (step) {
        case Step::Create: return tr("Create");
        case Step::Update: return tr("Update");
        case Step::Unchanged: return tr("Unchanged");
        case Step::Delete: return tr("Delete");
        case Step::NotSent: break;
        }
        return tr("Not sent");
    };
    m_rows->setRowCount(0);
    auto add = [&](Step step, const QString &type, const QString &value, const QString &title) {
        const int r = m_rows->rowCount();
        m_rows->insertRow(r);
        auto *what = new QTableWidgetItem(stepText(step));
        what->setData(kStepRole, static_cast<int>(step));
        m_rows->setItem(r, 0, what);
        m_rows->setItem(r, 1, new QTableWidgetItem(type));
        m_rows->setItem(r, 2, new QTableWidgetItem(value));
        m_rows->setItem(r, 3, new QTableWidgetItem(title));
    };
    m_rows->setUpdatesEnabled(false);
    // Deletes first: they are what a user most needs to see before confirming.
    for (int index : m_plan.deletes) {
        const TenantIndicator &indicator = m_snapshot.at(index);
        add(Step::Delete, indicator.type, indicator.value, indicator.title);
    }
    const std::vector<PlanOutcome> &outcomes = m_plan.import.plan.outcomes;
    for (int row = 0; row < m_table.rowCount() && static_cast<size_t>(row) < outcomes.size(); ++row) {
        Step step = Step::NotSent;
        switch (outcomes[static_cast<size_t>(row)]) {
        case PlanOutcome::New: step = Step::Create; break;
        case PlanOutcome::Update: step = Step::Update; break;
        case PlanOutcome::Unchanged: step = Step::Unchanged; break;
        default: break;
        }
        const Indicator indicator = m_table.indicator(row);
        add(step, indicator[Field::IndicatorType], indicator[Field::IndicatorValue], indicator[Field::Title]);
    }
    m_rows->setUpdatesEnabled(true);
    m_rows->resizeColumnsToContents();
}

} // namespace im
