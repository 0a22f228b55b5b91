// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/PreviewDialog.h"

#include "core/i18n/LocaleFormat.h"
#include "core/model/IndicatorTableModel.h"
#include "core/net/ApiClient.h"
#include "core/preview/PreviewRowsModel.h"
#include "core/preview/QuotaOutlook.h"
#include "core/preview/TenantSnapshotReader.h"
#include "core/tenant/BatchDeleter.h"
#include "ui/common/ScreenFit.h"
#include "ui/preview/ForecastChart.h"
#include "ui/preview/OverLimitPanel.h"
#include "ui/preview/QuotaGauge.h"
#include "ui/submit/SubmitConfirmation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace im {
namespace {

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its whole text, even where the figures scroll on a short screen.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

} // namespace

PreviewDialog::PreviewDialog(IndicatorTableModel *model, ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_client(client)
{
    setObjectName(QStringLiteral("previewDialog"));
    createWidgets();
    retranslateUi();

    // Edits in the grid while the preview is open make it plan again (once per burst of changes).
    auto *replanTimer = new QTimer(this);
    replanTimer->setSingleShot(true);
    replanTimer->setInterval(0);
    connect(replanTimer, &QTimer::timeout, this, [this] {
        if (snapshot())
            m_planner.compare(m_model->document().table());
        replan();
    });
    const auto schedule = [replanTimer] { replanTimer->start(); };
    // The rows model reads the table in place: let go of it before rows or the whole table go.
    const auto release = [this] { m_rowsModel->setPlan(nullptr, BatchPlan()); };
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, release);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, release);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, release);
    connect(m_model, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);

    // Signing in or out while the preview is open changes what it can show at once.
    if (m_client)
        connect(m_client, &ApiClient::signedInChanged, this, &PreviewDialog::setOnline);
    setOnline(m_client && m_client->isSignedIn());
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::setOnline(bool online)
{
    if (m_reader && online == m_online)
        return; // a renewed token: same sign-in, nothing to read again
    m_online = online;
    m_refreshButton->setVisible(online);
    m_activeLabel->setVisible(!online);
    m_activeSpin->setVisible(!online);
    m_planner.setTenant(nullptr);
    m_tenantError.clear();
    if (!online) {
        if (m_reader)
            m_reader->cancel();
        replan();
        return;
    }
    if (!m_reader) {
        m_reader = new TenantSnapshotReader(m_client, this);
        connect(m_reader, &TenantSnapshotReader::finished, this, &PreviewDialog::onSnapshotRead);
        m_deleter = new BatchDeleter(m_client, this);
        connect(m_deleter, &BatchDeleter::finished, this, &PreviewDialog::onCleanupFinished);
        connect(m_deleter, &BatchDeleter::progress, this, [this](int done, int total) {
            m_overPanel->setStatus(
                tr("Deleted %1 of %Ln indicator(s)...", nullptr, total).arg(QLocale().toString(done)));
        });
    }
    if (m_reader->isRunning()) {
        // A read under the previous sign-in is still going: it ends first, then the tenant is read again.
        m_readAgain = true;
        m_reader->cancel();
        updateFigures();
        return;
    }
    refreshTenant();
}

void PreviewDialog::createWidgets()
{
    m_tenantBox = new QGroupBox(this);
    m_tenantLabel = valueLabel(m_tenantBox, "tenantLabel");
    m_refreshButton = new QPushButton(m_tenantBox);
    m_refreshButton->setObjectName(QStringLiteral("refreshTenantButton"));
    m_activeLabel = new QLabel(m_tenantBox);
    m_activeSpin = new QSpinBox(m_tenantBox);
    m_activeSpin->setObjectName(QStringLiteral("activeCountSpin"));
    m_activeSpin->setRange(0, 1000000);
    m_activeSpin->setGroupSeparatorShown(true);
    m_activeLabel->setBuddy(m_activeSpin);
    m_skipUnchanged = new QCheckBox(m_tenantBox);
    m_skipUnchanged->setObjectName(QStringLiteral("skipUnchangedCheck"));
    m_skipUnchanged->setChecked(true);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_activeLabel);
    countRow->addWidget(m_activeSpin);
    countRow->addStretch(1);
    countRow->addWidget(m_refreshButton);
    auto *tenantLayout = new QVBoxLayout(m_tenantBox);
    tenantLayout->addWidget(m_tenantLabel);
    tenantLayout->addLayout(countRow);
    tenantLayout->addWidget(m_skipUnchanged);

    m_summaryBox = new QGroupBox(this);
    m_summaryForm = new QFormLayout(m_summaryBox);
    m_rowsValue = valueLabel(m_summaryBox, "rowsValue");
    m_sendValue = valueLabel(m_summaryBox, "sendValue");
    m_notSentValue = valueLabel(m_summaryBox, "notSentValue");
    m_batchesValue = valueLabel(m_summaryBox, "batchesValue");
    m_callsValue = valueLabel(m_summaryBox, "callsValue");
    m_timeValue = valueLabel(m_summaryBox, "timeValue");
    for (QLabel *value : {m_rowsValue, m_sendValue, m_notSentValue, m_batchesValue, m_callsValue, m_timeValue})
        m_summaryForm->addRow(new QLabel(m_summaryBox), value);

    m_quotaBox = new QGroupBox(this);
    m_gauge = new QuotaGauge(m_quotaBox);
    m_gauge->setObjectName(QStringLiteral("quotaGauge"));
    m_quotaLabel = valueLabel(m_quotaBox, "quotaLabel");
    m_forecastLabel = new QLabel(m_quotaBox);
    m_chart = new ForecastChart(m_quotaBox);
    m_chart->setObjectName(QStringLiteral("forecastChart"));
    auto *quotaLayout = new QVBoxLayout(m_quotaBox);
    quotaLayout->addWidget(m_gauge);
    quotaLayout->addWidget(m_quotaLabel);
    quotaLayout->addWidget(m_forecastLabel);
    quotaLayout->addWidget(m_chart, 1);

    m_overPanel = new OverLimitPanel(this);

    m_rowsBox = new QGroupBox(this);
    m_showCombo = new QComboBox(m_rowsBox);
    m_showCombo->setObjectName(QStringLiteral("showRowsCombo"));
    m_rowsModel = new PreviewRowsModel(this);
    m_rowsView = new QTableView(m_rowsBox);
    m_rowsView->setObjectName(QStringLiteral("previewRowsView"));
    m_rowsView->setModel(m_rowsModel);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rowsView->verticalHeader()->hide();
    m_rowsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The value takes what the short columns leave; those fit their contents (sampled, so a million
    // rows cost no more than a thousand).
    QHeaderView *header = m_rowsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PreviewRowsModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PreviewRowsModel::OutcomeColumn, QHeaderView::Interactive); // fitOutcomeColumn()
    m_goToRowButton = new QPushButton(m_rowsBox);
    m_goToRowButton->setObjectName(QStringLiteral("goToRowButton"));
    auto *rowsTop = new QHBoxLayout;
    rowsTop->addWidget(m_showCombo);
    rowsTop->addStretch(1);
    rowsTop->addWidget(m_goToRowButton);
    auto *rowsLayout = new QVBoxLayout(m_rowsBox);
    rowsLayout->addLayout(rowsTop);
    rowsLayout->addWidget(m_rowsView, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    // The figures scroll on a short screen (1024x600) rather than push Submit and Close off it.
    auto *figures = new QWidget;
    // Never squeezed below its size hint: the scroll bar appears instead.
    figures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *left = new QVBoxLayout(figures);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_tenantBox);
    left->addWidget(m_summaryBox);
    left->addWidget(m_quotaBox, 1);
    left->addWidget(m_overPanel);
    auto *figuresScroll = new QScrollArea(this);
    figuresScroll->setObjectName(QStringLiteral("figuresScrollArea"));
    figuresScroll->setFrameShape(QFrame::NoFrame);
    figuresScroll->setWidgetResizable(true);
    figuresScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    figuresScroll->setWidget(figures);
    figuresScroll->setMinimumWidth(figures->minimumSizeHint().width()
                                   + figuresScroll->verticalScrollBar()->sizeHint().width());
    auto *columns = new QHBoxLayout;
    columns->addWidget(figuresScroll, 2);
    columns->addWidget(m_rowsBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    ScreenFit::resizeWithin(this, QSize(1100, 760));

    connect(m_refreshButton, &QPushButton::clicked, this, &PreviewDialog::refreshTenant);
    connect(m_activeSpin, &QSpinBox::valueChanged, this, &PreviewDialog::replan);
    connect(m_skipUnchanged, &QCheckBox::toggled, this, &PreviewDialog::replan);
    connect(m_overPanel, &OverLimitPanel::firstRowsToggled, this, &PreviewDialog::replan);
    connect(m_overPanel, &OverLimitPanel::cleanupRequested, this, &PreviewDialog::startCleanup);
    connect(m_rowsModel, &PreviewRowsModel::exclusionChanged, this, &PreviewDialog::replan);
    connect(m_showCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_rowsModel->setShow(static_cast<PreviewRowsModel::Show>(index)); });
    connect(m_goToRowButton, &QPushButton::clicked, this, &PreviewDialog::goToCurrentRow);
    connect(m_rowsView, &QTableView::doubleClicked, this, &PreviewDialog::goToCurrentRow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submitButton, &QPushButton::clicked, this, [this] {
        replan(); // the table as it is at this moment
        if (m_plan.sendable() == 0 || m_plan.overLimitBy() > 0 || !m_client)
            return;
        if (!SubmitConfirmation::ask(this, *m_client, m_profile, m_plan))
            return;
        Q_EMIT submitRequested(rowsToSend(), rowsLeftOut());
        accept();
    });
}

void PreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Preview Import"));
    m_tenantBox->setTitle(tr("Tenant"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Read the tenant's indicators again"));
    m_activeLabel->setText(tr("&Active indicators in the tenant:"));
    m_activeSpin->setAccessibleName(tr("Active indicators in the tenant"));
    m_skipUnchanged->setText(tr("S&kip rows the tenant already holds unchanged"));
    m_skipUnchanged->setAccessibleName(tr("Skip unchanged rows"));
    m_summaryBox->setTitle(tr("Rows and calls"));
    const QStringList labels{tr("Rows in the table:"), tr("To send:"),      tr("Not sent:"),
                             tr("Batches:"),           tr("Import calls:"), tr("Minimum time:")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_summaryForm->itemAt(i, QFormLayout::LabelRole)->widget());
        label->setText(labels[i]);
    }
    m_quotaBox->setTitle(tr("Quota"));
    m_gauge->setAccessibleName(tr("Quota used after the import"));
    m_chart->setAccessibleName(tr("Forecast of active indicators"));
    m_forecastLabel->setText(
        tr("Active indicators over the next %n day(s), as indicators expire:", nullptr, kForecastDays));
    m_chart->setEmptyText(tr("Sign in to see how expirations free the quota over the coming days."));
    m_rowsBox->setTitle(tr("Rows"));
    const int show = std::max(0, m_showCombo->currentIndex());
    const QSignalBlocker blocker(m_showCombo);
    m_showCombo->clear();
    m_showCombo->addItems({tr("All rows"), tr("Rows to send"), tr("Rows not sent")});
    m_showCombo->setCurrentIndex(show);
    m_showCombo->setAccessibleName(tr("Rows to show"));
    m_rowsView->setAccessibleName(tr("Rows and what happens to them"));
    m_goToRowButton->setText(tr("&Go to Row"));
    m_goToRowButton->setAccessibleName(tr("Go to the row in the table"));
    m_submitButton->setText(tr("&Submit..."));
    m_submitButton->setAccessibleName(tr("Submit the rows to send"));
    m_rowsModel->retranslate();
    updateFigures();
}

void PreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitOutcomeColumn();
    }
    QDialog::changeEvent(event);
}

bool PreviewDialog::isReading() const
{
    return m_reader && m_reader->isRunning();
}

const TenantSnapshot *PreviewDialog::snapshot() const
{
    return m_planner.tenant();
}

void PreviewDialog::refreshTenant()
{
    if (!m_reader || m_reader->isRunning())
        return;
    m_planner.setTenant(nullptr);
    m_tenantError.clear();
    m_reader->start();
    updateFigures();
}

void PreviewDialog::onSnapshotRead()
{
    if (std::exchange(m_readAgain, false) && m_online) {
        refreshTenant();
        return;
    }
    if (!m_online) {
        replan(); // signed out meanwhile: the count is typed
        return;
    }
    if (m_reader->error().isError()) {
        // Still useful offline: the user can type the count instead.
        m_tenantError = m_reader->error().message();
        m_activeLabel->show();
        m_activeSpin->show();
    } else {
        m_planner.setTenant(&m_reader->snapshot());
        m_planner.compare(m_model->document().table());
    }
    replan();
}

void PreviewDialog::replan()
{
    if (isReading())
        return; // onSnapshotRead() plans once the tenant is known
    const IndicatorTable &table = m_model->document().table();
    ImportPlanner::Choices choices;
    choices.activeOffline = m_activeSpin->value();
    choices.excludedByUser = m_rowsModel->excludedRows(table);
    choices.skipUnchanged = m_skipUnchanged->isChecked();
    choices.firstRowsOnly = m_overPanel->firstRowsChosen();
    ImportPlanner::Result result = m_planner.plan(table, m_model->outcomes().get(), choices);
    m_plan = std::move(result.plan);
    m_wholeOverBy = result.wholeOverBy;
    m_firstRowsWithinLimit = result.firstRowsWithinLimit;
    m_rowsModel->setTenantOpposing(m_planner.tenant() ? m_planner.comparison().opposing : std::vector<int>(),
                                   m_planner.tenant());
    m_rowsModel->setPlan(&table, m_plan);
    fitOutcomeColumn();
    updateFigures();
    Q_EMIT planUpdated();
}

// The column's texts are few, and the longest may be on a row that fitting to contents never samples
// (it looks at the first thousand): its width comes from every outcome in the plan.
void PreviewDialog::fitOutcomeColumn()
{
    const QFontMetrics metrics = m_rowsView->fontMetrics();
    const int margin = 2 * m_rowsView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_rowsView) + 12;
    const QString header =
        m_rowsModel->headerData(PreviewRowsModel::OutcomeColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    int width = m_rowsView->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 2 * margin;
    for (PlanOutcome outcome : m_rowsModel->outcomesInPlan())
        width = std::max(width, metrics.horizontalAdvance(PreviewRowsModel::outcomeText(outcome)) + margin);
    m_rowsView->horizontalHeader()->resizeSection(PreviewRowsModel::OutcomeColumn, width);
}

void PreviewDialog::updateFigures()
{
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    const BatchPlan &p = m_plan;

    if (!m_online) {
        m_tenantLabel->setText(tr("Not signed in: type how many indicators the tenant holds, or sign in to "
                                  "compare the rows with the tenant."));
    } else if (isReading()) {
        m_tenantLabel->setText(tr("Reading the tenant's indicators..."));
    } else if (!m_tenantError.isEmpty()) {
        m_tenantLabel->setText(tr("The tenant's indicators could not be read: %1").arg(m_tenantError));
    } else if (snapshot()) {
        QString text = tr("Signed in: %Ln active indicator(s), read at %1.", nullptr, snapshot()->size())
                           .arg(LocaleFormat::shortTime(locale, QTime::currentTime()));
        if (const int opposing = m_planner.comparison().opposingRows; opposing > 0)
            text += u' '
                    + tr("%Ln row(s) allow a value the tenant blocks, or block one it allows (see What happens).",
                         nullptr, opposing);
        m_tenantLabel->setText(text);
    }
    m_refreshButton->setEnabled(m_online && !isReading() && !(m_deleter && m_deleter->isRunning()));

    m_rowsValue->setText(n(p.rows));
    m_sendValue->setText(tr("%1 (%2 new, %3 updates)").arg(n(p.sendable()), n(p.newIndicators), n(p.updates)));
    m_notSentValue->setText(tr("%1: %2 invalid, %3 repeats, %4 left out by you, %5 unchanged, %6 beyond the quota")
                                .arg(n(p.excluded()), n(p.excludedInvalid), n(p.excludedDuplicate), n(p.excludedByUser),
                                     n(p.excludedUnchanged), n(p.excludedOverLimit)));
    QStringList sizes;
    constexpr int kShownSizes = 8;
    for (size_t b = 0; b < p.batches.size() && b < size_t(kShownSizes); ++b)
        sizes.append(n(static_cast<qint64>(p.batches[b].size())));
    if (p.batches.size() > size_t(kShownSizes))
        sizes.append(QStringLiteral("..."));
    m_batchesValue->setText(p.batches.empty()
                                ? tr("none")
                                : tr("%Ln batch(es) of %1, in table order", nullptr, static_cast<int>(p.batches.size()))
                                      .arg(sizes.join(QStringLiteral(", "))));
    m_callsValue->setText(n(p.calls));
    const qint64 minutes = p.minimumSeconds / 60;
    m_timeValue->setText(p.minimumSeconds < 60
                             ? tr("%n second(s) at 30 calls a minute", nullptr, static_cast<int>(p.minimumSeconds))
                             : tr("%n minute(s) at 30 calls a minute", nullptr, static_cast<int>(minutes)));

    m_gauge->setValues(p.activeBefore, p.activeAfter, p.limit);
    m_quotaLabel->setText(
        tr("%1 active now, %2 after the import, of %3 allowed.").arg(n(p.activeBefore), n(p.activeAfter), n(p.limit)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (snapshot())
        m_chart->setForecast(QuotaOutlook::activeByDay(*snapshot(), p.activeAfter, now, kForecastDays), p.limit);
    else
        m_chart->setForecast({}, p.limit);

    OverLimitPanel::Figures figures;
    figures.overBy = m_wholeOverBy;
    figures.limit = p.limit;
    figures.firstRows = m_firstRowsWithinLimit;
    figures.cleanupCount = static_cast<int>(cleanupIds().size());
    figures.canPick = snapshot() != nullptr;
    figures.busy = isReading() || (m_deleter && m_deleter->isRunning());
    figures.horizonDays = kCleanupHorizonDays;
    m_overPanel->setFigures(figures);
    m_submitButton->setEnabled(p.sendable() > 0 && p.overLimitBy() == 0 && !isReading()
                               && !(m_deleter && m_deleter->isRunning()));
}

std::vector<RowId> PreviewDialog::rowsToSend() const
{
    return ImportPlanner::rowsToSend(m_model->document().table(), m_plan);
}

std::vector<LeftOutRow> PreviewDialog::rowsLeftOut() const
{
    return ImportPlanner::rowsLeftOut(m_model->document().table(), m_plan);
}

QStringList PreviewDialog::cleanupIds() const
{
    if (!snapshot())
        return {};
    if (m_wholeOverBy == 0)
        return {};
    const std::vector<int> picks =
        QuotaOutlook::cleanupCandidates(*snapshot(), m_planner.comparison().tenantMatched, m_wholeOverBy,
                                        QDateTime::currentMSecsSinceEpoch(), kCleanupHorizonDays);
    QStringList ids;
    for (int index : picks)
        ids.append(snapshot()->at(index).id);
    return ids;
}

void PreviewDialog::startCleanup()
{
    const QStringList ids = cleanupIds();
    if (ids.isEmpty() || !m_deleter)
        return;
    const QLocale locale;
    QStringList lines;
    const std::vector<int> picks =
        QuotaOutlook::cleanupCandidates(*snapshot(), m_planner.comparison().tenantMatched, static_cast<int>(ids.size()),
                                        QDateTime::currentMSecsSinceEpoch(), kCleanupHorizonDays);
    for (int index : picks) {
        const TenantIndicator &item = snapshot()->at(index);
        lines.append(tr("%1  %2  %3  expires %4")
                         .arg(item.id, item.type, item.value,
                              LocaleFormat::shortDateTime(locale, QDateTime::fromMSecsSinceEpoch(item.expiresMs))));
    }
    if (!OverLimitPanel::confirmCleanup(this, lines, kCleanupHorizonDays))
        return;
    m_overPanel->setStatus(tr("Deleting %Ln indicator(s)...", nullptr, static_cast<int>(ids.size())));
    m_deleter->start(ids);
    updateFigures();
}

void PreviewDialog::onCleanupFinished()
{
    const bool ok = !m_deleter->error().isError();
    if (ok)
        m_overPanel->setStatus(tr("Deleted %Ln indicator(s) from the tenant.", nullptr, m_deleter->deleted()));
    else
        m_overPanel->setStatus(tr("Deleting stopped after %Ln indicator(s): %1", nullptr, m_deleter->deleted())
                                   .arg(m_deleter->error().message()));
    Q_EMIT cleanupFinished(ok);
    refreshTenant(); // the numbers as the tenant has them now
}

void PreviewDialog::goToCurrentRow()
{
    const QModelIndex current = m_rowsView->currentIndex();
    if (current.isValid())
        Q_EMIT goToRowRequested(m_rowsModel->rowId(current.row()));
}

} // namespace im
