// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/HistoryDialog.h"

#include "core/i18n/LocaleFormat.h"
#include "core/io/ReportWriter.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace im {

HistoryDialog::HistoryDialog(ImportHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_problemLabel(new QLabel(this))
    , m_entries(new QTableWidget(0, 7, this))
    , m_report(new QTableWidget(0, 5, this))
    , m_csvButton(new QPushButton(this))
    , m_jsonButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_problemLabel->setObjectName(QStringLiteral("historyProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    for (QTableWidget *table : {m_entries, m_report}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
    }
    m_entries->setObjectName(QStringLiteral("historyEntryTableView"));
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_report->setObjectName(QStringLiteral("historyReportTableView"));
    m_csvButton->setObjectName(QStringLiteral("historyExportCsvButton"));
    m_jsonButton->setObjectName(QStringLiteral("historyExportJsonButton"));
    m_clearButton->setObjectName(QStringLiteral("clearHistoryButton"));
    m_closeButton->setObjectName(QStringLiteral("historyCloseButton"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entries);
    splitter->addWidget(m_report);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_csvButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_jsonButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clearButton, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    // Enter must never clear the history: only Close may be the default button.
    for (QPushButton *button : {m_csvButton, m_jsonButton, m_clearButton})
        button->setAutoDefault(false);
    m_closeButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_entries, &QTableWidget::currentCellChanged, this, [this](int row) { openReport(row); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_clearButton, &QPushButton::clicked, this, &HistoryDialog::clearHistory);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    reload();
    ScreenFit::resizeWithin(this, QSize(900, 600));
}

QString HistoryDialog::problem() const
{
    return m_problemLabel->isVisibleTo(this) ? m_problemLabel->text() : QString();
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Import History"));
    m_entries->setAccessibleName(tr("Past submissions"));
    m_report->setAccessibleName(tr("Report of the selected submission"));
    m_entries->setHorizontalHeaderLabels(
        {tr("When"), tr("Profile"), tr("Tenant"), tr("File"), tr("Succeeded"), tr("Failed"), tr("Not sent")});
    m_report->setHorizontalHeaderLabels({tr("Type"), tr("Value"), tr("Status"), tr("Id"), tr("Reason")});
    m_csvButton->setText(tr("Export CSV..."));
    m_csvButton->setAccessibleName(tr("Export the selected report as CSV"));
    m_jsonButton->setText(tr("Export JSON..."));
    m_jsonButton->setAccessibleName(tr("Export the selected report as JSON"));
    m_clearButton->setText(tr("Clear History..."));
    m_clearButton->setAccessibleName(tr("Clear the import history"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
}

void HistoryDialog::showProblem(const QString &message)
{
    m_problemLabel->setText(message);
    m_problemLabel->setVisible(!message.isEmpty());
}

void HistoryDialog::reload()
{
    QString error;
    m_list = m_history->entries(&error);
    showProblem(error);
    m_entries->setRowCount(static_cast<int>(m_list.size()));
    const QLocale locale;
    for (int r = 0; r < static_cast<int>(m_list.size()); ++r) {
        const HistoryEntry &e = m_list[static_cast<size_t>(r)];
        const QStringList cells{LocaleFormat::shortDateTime(locale, e.when.toLocalTime()),
                                e.profile,
                                e.tenant,
                                QFileInfo(e.file).fileName(),
                                locale.toString(e.succeeded),
                                locale.toString(e.failed),
                                locale.toString(e.notSent)};
        for (int c = 0; c < cells.size(); ++c)
            m_entries->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_entries->resizeColumnsToContents();
    m_clearButton->setEnabled(!m_list.empty());
    if (!m_list.empty())
        m_entries->setCurrentCell(0, 0);
    else
        openReport(-1);
}

QString HistoryDialog::statusLabel(RowStatus status)
{
    // The history keeps the report's data values; the dialog shows them in the UI language.
    switch (status) {
    case RowStatus::Succeeded: return tr("Succeeded");
    case RowStatus::Failed: return tr("Failed");
    case RowStatus::NotSent: return tr("Not sent");
    case RowStatus::None:
    case RowStatus::Pending: break;
    }
    return RowOutcome::statusName(status);
}

void HistoryDialog::openReport(int row)
{
    m_current = HistoryReport();
    if (row >= 0 && row < static_cast<int>(m_list.size())) {
        QString error;
        if (!m_history->report(m_list[static_cast<size_t>(row)].id, &m_current, &error))
            showProblem(error);
    }
    const int rows = m_current.table.rowCount();
    m_report->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const RowOutcome &o = m_current.outcomes[static_cast<size_t>(r)];
        const QStringList cells{m_current.table.text(r, Field::IndicatorType),
                                m_current.table.text(r, Field::IndicatorValue), statusLabel(o.status), o.id,
                                o.reason()};
        for (int c = 0; c < cells.size(); ++c)
            m_report->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_csvButton->setEnabled(rows > 0);
    m_jsonButton->setEnabled(rows > 0);
}

void HistoryDialog::exportReport(bool json)
{
    const QString path = FileDialog::instance().saveFileName(
        this, tr("Export Report"), QDir::homePath(), json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const auto outcome = [this](int row) { return m_current.outcomes[static_cast<size_t>(row)]; };
    const bool ok = file.open(QIODevice::WriteOnly)
                    && (json ? ReportWriter::writeJson(m_current.table, outcome, file)
                             : ReportWriter::writeCsv(m_current.table, outcome, file))
                    && file.commit();
    if (!ok)
        showProblem(tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

void HistoryDialog::clearHistory()
{
    MessageBox::Question question;
    question.icon = QMessageBox::Question;
    question.title = tr("Clear History");
    question.text = tr("Remove every past submission and its report from the history? The indicators in "
                       "the tenant are not touched.");
    question.objectName = QStringLiteral("clearHistoryConfirmation");
    question.standardButtons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::No;
    question.escapeButton = QMessageBox::No;
    if (MessageBox::instance().ask(this, question) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_history->clear(&error))
        showProblem(error);
    reload();
}

} // namespace im
