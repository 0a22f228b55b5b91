// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenant/ExpirationRefreshDialog.h"

#include "core/defaults/ImportDefaults.h"
#include "core/indicator/IndicatorTable.h"
#include "core/preview/TenantSnapshot.h"
#include "ui/common/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace im {
namespace {

// What happens to a listed row, kept in the first column's data for tests.
constexpr int kStepRole = Qt::UserRole + 1;
constexpr QLatin1String kOnADate("date");

} // namespace

ExpirationRefreshDialog::ExpirationRefreshDialog(const IndicatorTable &table, const TenantSnapshot &snapshot,
                                                 const Ownership &ownership, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_snapshot(snapshot)
    , m_ownership(ownership)
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_date(new QDateTimeEdit(this))
    , m_shorten(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(0, 5, this))
    , m_extendButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("expirationRefreshDialog"));
    m_preset->setObjectName(QStringLiteral("extendPresetCombo"));
    // The import defaults' presets, in their order.
    for (int days : ImportDefaults::expirationPresets())
        m_preset->addItem(QString(), days > 0 ? QStringLiteral("%1d").arg(days) : QStringLiteral("none"));
    m_preset->addItem(QString(), kOnADate);
    m_preset->setCurrentIndex(1); // 90 days
    m_presetLabel->setBuddy(m_preset);
    m_date->setObjectName(QStringLiteral("extendDateEdit"));
    m_date->setTimeSpec(Qt::UTC);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_date->setDateTime(QDateTime::currentDateTimeUtc().addDays(90));
    m_date->setEnabled(false);
    m_shorten->setObjectName(QStringLiteral("extendShortenCheck"));
    m_summary->setObjectName(QStringLiteral("extendSummaryLabel"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("extendRowsTableView"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    // The dates next to what happens, the long value last, so that a hash does not push them out of sight.
    m_rows->horizontalHeader()->moveSection(2, 4);
    m_extendButton->setObjectName(QStringLiteral("extendConfirmButton"));
    m_cancelButton->setObjectName(QStringLiteral("extendCancelButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_extendButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    m_extendButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_presetLabel);
    choice->addWidget(m_preset);
    choice->addWidget(m_date);
    choice->addWidget(m_shorten);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_date->setEnabled(m_preset->currentData().toString() == kOnADate);
        replan();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &ExpirationRefreshDialog::replan);
    connect(m_shorten, &QCheckBox::toggled, this, &ExpirationRefreshDialog::replan);
    retranslateUi();
    ScreenFit::resizeWithin(this, QSize(900, 560));
}

QString ExpirationRefreshDialog::summaryText() const
{
    return m_summary->text();
}

QString ExpirationRefreshDialog::target() const
{
    QString preset = m_preset->currentData().toString();
    if (preset != kOnADate)
        return preset;
    return ImportDefaults::canonicalExpiration(m_date->dateTime().toUTC().toString(Qt::ISODate), nullptr);
}

void ExpirationRefreshDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExpirationRefreshDialog::retranslateUi()
{
    setWindowTitle(tr("Extend Expiration"));
    m_presetLabel->setText(tr("New &expiration:"));
    for (int i = 0; i < m_preset->count(); ++i) {
        const QString preset = m_preset->itemData(i).toString();
        if (preset == kOnADate)
            m_preset->setItemText(i, tr("On a date"));
        else if (preset == QLatin1String("none"))
            m_preset->setItemText(i, tr("Never expires"));
        else
            m_preset->setItemText(i, tr("In %n day(s)", nullptr, preset.chopped(1).toInt()));
    }
    m_date->setAccessibleName(tr("The date and time the indicators expire"));
    m_shorten->setText(tr("Also bring &forward later expirations"));
    m_shorten->setToolTip(tr("Without this, an indicator that already expires later keeps its expiration."));
    m_rows->setHorizontalHeaderLabels(
        {tr("What happens"), tr("Type"), tr("Value"), tr("Current expiration"), tr("New expiration")});
    m_rows->setAccessibleName(tr("What the refresh does to each row the tenant holds"));
    m_extendButton->setText(tr("E&xtend"));
    m_extendButton->setAccessibleName(tr("Extend the expirations now"));
    m_cancelButton->setText(tr("Cancel"));
    replan();
}

void ExpirationRefreshDialog::replan()
{
    m_plan = ExpirationRefresh::plan(m_table, m_snapshot, m_ownership, target(), QDateTime::currentMSecsSinceEpoch(),
                                     m_shorten->isChecked());
    const QLocale locale;
    QStringList lines;
    lines << tr("Extend the expiration of this table's rows that the tenant holds and that we own. Rows the "
                "tenant lacks are not created; indicators made by others are not touched. The rows are sent "
                "with their other fields, and the table takes the new expiration.");
    lines << tr("Extend: %1   Already expire then or later: %2   Made by others: %3")
                 .arg(locale.toString(m_plan.extend), locale.toString(m_plan.kept), locale.toString(m_plan.notOurs));
    lines << tr("Not in the tenant: %1   Not sent (errors or repeats): %2")
                 .arg(locale.toString(m_plan.notInTenant), locale.toString(m_plan.notSent));
    if (m_plan.otherFields > 0)
        lines << tr("%n row(s) to extend also differ from the tenant in other fields; those are updated too.", nullptr,
                    m_plan.otherFields);
    lines << tr("%n call(s) to the service", nullptr, m_plan.calls);
    if (m_plan.changesNothing())
        lines << tr("No indicator of ours would expire later: there is nothing to do.");
    m_summary->setText(lines.join(u'\n'));
    m_extendButton->setEnabled(!m_plan.changesNothing());
    fill();
}

void ExpirationRefreshDialog::fill()
{
    const QLocale locale;
    auto when = [&locale](qint64 ms) {
        if (ms == std::numeric_limits<qint64>::max())
            return tr("Never");
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QLocale::ShortFormat);
    };
    m_rows->setUpdatesEnabled(false);
    m_rows->setRowCount(0);
    for (const ExpirationChange &change : m_plan.held) {
        const TenantIndicator &indicator = m_snapshot.at(change.tenantIndex);
        QString what;
        switch (change.step) {
        case ExpirationChange::Step::Extend: what = tr("Extend"); break;
        case ExpirationChange::Step::Kept: what = tr("Keep (expires then or later)"); break;
        case ExpirationChange::Step::NotOurs: what = tr("Leave (made by others)"); break;
        }
        const int r = m_rows->rowCount();
        m_rows->insertRow(r);
        auto *item = new QTableWidgetItem(what);
        item->setData(kStepRole, static_cast<int>(change.step));
        m_rows->setItem(r, 0, item);
        m_rows->setItem(r, 1, new QTableWidgetItem(indicator.type));
        m_rows->setItem(r, 2, new QTableWidgetItem(indicator.value));
        m_rows->setItem(r, 3, new QTableWidgetItem(when(change.currentMs)));
        m_rows->setItem(r, 4,
                        new QTableWidgetItem(change.step == ExpirationChange::Step::Extend ? when(change.newMs)
                                                                                           : when(change.currentMs)));
    }
    m_rows->setUpdatesEnabled(true);
    m_rows->resizeColumnsToContents();
}

} // namespace im
