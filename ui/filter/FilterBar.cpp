// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/filter/FilterBar.h"

#include "core/document/IssueStatistics.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/IssueMessages.h"

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace im {
namespace {

constexpr int kAnyType = -1;
constexpr int kAnyProblem = -1;
constexpr int kRowsRole = Qt::UserRole + 1;   // problem list: rows with the problem
constexpr int kReasonItem = -2;               // the result combo's entry for one failure reason
constexpr int kReasonRole = Qt::UserRole + 1; // that entry's reason, verbatim

} // namespace

FilterBar::FilterBar(IndicatorTableModel *grid, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_textEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_typeCombo(new QComboBox(this))
    , m_problemCombo(new QComboBox(this))
    , m_resultCombo(new QComboBox(this))
    , m_clearButton(new QToolButton(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_textEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->addAction(QIcon(QStringLiteral(":/icons/filter.svg")), QLineEdit::LeadingPosition);

    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    for (StatusFilter status :
         {StatusFilter::All, StatusFilter::Errors, StatusFilter::Warnings, StatusFilter::Problems, StatusFilter::Clean})
        m_statusCombo->addItem(QString(), static_cast<int>(status));

    m_typeCombo->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_typeCombo->addItem(QString(), kAnyType);
    for (int t = 1; t < IndicatorTypeCount; ++t)
        m_typeCombo->addItem(QString::fromLatin1(apiName(static_cast<IndicatorType>(t))), t);
    m_typeCombo->addItem(QString(), static_cast<int>(IndicatorType::Unknown));

    m_problemCombo->setObjectName(QStringLiteral("problemFilterComboBox"));
    m_problemCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problemCombo->setMinimumContentsLength(18);
    m_problemCombo->addItem(QString(), kAnyProblem);

    m_resultCombo->setObjectName(QStringLiteral("resultFilterComboBox"));
    m_resultCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resultCombo->setMinimumContentsLength(14);
    for (ResultFilter result : {ResultFilter::Any, ResultFilter::Succeeded, ResultFilter::Failed, ResultFilter::NotSent,
                                ResultFilter::Unsuccessful})
        m_resultCombo->addItem(QString(), static_cast<int>(result));

    m_clearButton->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearButton->setAutoRaise(true);
    m_countLabel->setObjectName(QStringLiteral("filterCountLabel"));

    // Each takes the width its texts need where there is room, and gives it up on a narrow window, so that
    // the bar never makes the window wider than the screen (the texts elide, the lists open full width).
    m_textEdit->setMinimumWidth(120);
    for (QComboBox *combo : {m_statusCombo, m_typeCombo, m_problemCombo, m_resultCombo})
        combo->setMinimumWidth(72);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_textEdit, 3);
    layout->addWidget(m_statusCombo);
    layout->addWidget(m_typeCombo);
    layout->addWidget(m_problemCombo, 1);
    layout->addWidget(m_resultCombo);
    layout->addWidget(m_clearButton);
    layout->addWidget(m_countLabel);

    connect(m_textEdit, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (QComboBox *combo : {m_statusCombo, m_typeCombo, m_problemCombo, m_resultCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    // A filter by result reads the outcomes it was made with: new ones need it made again.
    connect(m_grid, &IndicatorTableModel::outcomesChanged, this, [this] {
        if (m_resultCombo->currentIndex() > 0)
            apply();
    });
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_grid, &IndicatorTableModel::orderChanged, this, &FilterBar::updateCount);
    connect(m_grid, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(m_grid, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    retranslateUi();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    setAccessibleName(tr("Filter"));
    m_textEdit->setPlaceholderText(tr("Filter rows by any text..."));
    m_textEdit->setAccessibleName(tr("Filter text"));
    m_statusCombo->setAccessibleName(tr("Filter by status"));
    m_statusCombo->setItemText(0, tr("All rows"));
    m_statusCombo->setItemText(1, tr("Rows with errors"));
    m_statusCombo->setItemText(2, tr("Rows with warnings"));
    m_statusCombo->setItemText(3, tr("Rows with problems"));
    m_statusCombo->setItemText(4, tr("Rows without problems"));
    m_typeCombo->setAccessibleName(tr("Filter by indicator type"));
    m_typeCombo->setItemText(0, tr("All types"));
    //: Filter entry for rows whose indicator type is missing or misspelt
    m_typeCombo->setItemText(m_typeCombo->count() - 1, tr("Unknown type"));
    m_problemCombo->setAccessibleName(tr("Filter by problem"));
    for (int i = 0; i < m_problemCombo->count(); ++i)
        m_problemCombo->setItemText(i, problemText(i));
    m_resultCombo->setAccessibleName(tr("Filter by submission result"));
    m_resultCombo->setItemText(0, tr("Any result"));
    m_resultCombo->setItemText(1, tr("Succeeded"));
    m_resultCombo->setItemText(2, tr("Failed"));
    m_resultCombo->setItemText(3, tr("Not sent"));
    m_resultCombo->setItemText(4, tr("Failed or not sent"));
    if (const int i = m_resultCombo->findData(kReasonItem); i >= 0)
        m_resultCombo->setItemText(i, reasonText(m_resultCombo->itemData(i, kReasonRole).toString()));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Show all rows"));
    m_clearButton->setAccessibleName(tr("Clear the filter"));
    updateCount();
}

// The result list's entry for the rows that failed, or were not sent, for one reason.
QString FilterBar::reasonText(const QString &reason)
{
    //: Filter entry for the rows that failed or were not sent for one reason; %1 is the reason
    return tr("Reason: %1").arg(reason);
}

QString FilterBar::problemText(int i) const
{
    const int code = m_problemCombo->itemData(i).toInt();
    if (code == kAnyProblem)
        return tr("Any problem");
    const QString title = IssueMessages::ruleTitle(static_cast<IssueCode>(code));
    const QVariant rows = m_problemCombo->itemData(i, kRowsRole);
    //: Problem filter entry: %1 a problem such as "Upper-case hash", %2 the number of rows
    return rows.isValid() ? tr("%1 (%2)").arg(title, QLocale().toString(rows.toInt())) : title;
}

RowFilter FilterBar::filter() const
{
    RowFilter f;
    f.text = m_textEdit->text();
    f.status = static_cast<StatusFilter>(m_statusCombo->currentData().toInt());
    if (const int type = m_typeCombo->currentData().toInt(); type != kAnyType)
        f.type = static_cast<IndicatorType>(type);
    if (const int problem = m_problemCombo->currentData().toInt(); problem != kAnyProblem)
        f.problem = static_cast<IssueCode>(problem);
    if (const int result = m_resultCombo->currentData().toInt(); result == kReasonItem) {
        f.result = ResultFilter::Failed;
        f.failureReason = m_resultCombo->currentData(kReasonRole).toString();
    } else {
        f.result = static_cast<ResultFilter>(result);
    }
    if (f.result != ResultFilter::Any)
        f.outcomes = m_grid->outcomes();
    return f;
}

void FilterBar::apply()
{
    const bool big = m_grid->document().rowCount() > 200000;
    if (big)
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_grid->setFilter(filter());
    if (big)
        QGuiApplication::restoreOverrideCursor();
    updateCount();
}

void FilterBar::clear()
{
    const QSignalBlocker a(m_textEdit), b(m_statusCombo), c(m_typeCombo), d(m_problemCombo), e(m_resultCombo);
    m_textEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_typeCombo->setCurrentIndex(0);
    m_problemCombo->setCurrentIndex(0);
    m_resultCombo->setCurrentIndex(0);
    apply();
}

void FilterBar::showResult(ResultFilter result)
{
    clear();
    m_resultCombo->setCurrentIndex(m_resultCombo->findData(static_cast<int>(result)));
}

void FilterBar::showFailureReason(const QString &reason)
{
    int i = m_resultCombo->findData(kReasonItem);
    if (i < 0) {
        m_resultCombo->addItem(QString(), kReasonItem);
        i = m_resultCombo->count() - 1;
    }
    m_resultCombo->setItemText(i, reasonText(reason));
    m_resultCombo->setItemData(i, reason, kReasonRole);
    m_resultCombo->setItemData(i, reason, Qt::ToolTipRole);
    clear();
    m_resultCombo->setCurrentIndex(i);
}

void FilterBar::showProblem(IssueCode code)
{
    int i = m_problemCombo->findData(static_cast<int>(code));
    if (i < 0) {
        m_problemCombo->addItem(IssueMessages::ruleTitle(code), static_cast<int>(code));
        i = m_problemCombo->count() - 1;
    }
    const QSignalBlocker a(m_textEdit), b(m_statusCombo), c(m_typeCombo), d(m_problemCombo), e(m_resultCombo);
    m_textEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_typeCombo->setCurrentIndex(0);
    m_resultCombo->setCurrentIndex(0);
    m_problemCombo->setCurrentIndex(i);
    apply();
}

void FilterBar::updateProblems(const IssueStatistics &statistics)
{
    const int selected = m_problemCombo->currentData().toInt();
    const QSignalBlocker block(m_problemCombo);
    m_problemCombo->clear();
    m_problemCombo->addItem(tr("Any problem"), kAnyProblem);
    for (IssueCode code : statistics.presentCodes()) {
        const bool error = issueInfo(code).severity == IssueSeverity::Error;
        m_problemCombo->addItem(
            QIcon(error ? QStringLiteral(":/icons/error.svg") : QStringLiteral(":/icons/warning.svg")), QString(),
            static_cast<int>(code));
        const int i = m_problemCombo->count() - 1;
        m_problemCombo->setItemData(i, statistics.rowsWithCode(code), kRowsRole);
        m_problemCombo->setItemText(i, problemText(i));
    }
    // A problem that was just fixed everywhere stays selected, so the rows on screen stay explained.
    int i = m_problemCombo->findData(selected);
    if (i < 0) {
        m_problemCombo->addItem(IssueMessages::ruleTitle(static_cast<IssueCode>(selected)), selected);
        i = m_problemCombo->count() - 1;
    }
    m_problemCombo->setCurrentIndex(i);
}

void FilterBar::updateCount()
{
    const int shown = m_grid->rowCount();
    const int total = m_grid->document().rowCount();
    m_countLabel->setText(shown == total ? tr("%n row(s)", nullptr, total)
                                         : tr("%1 of %n row(s)", nullptr, total).arg(QLocale().toString(shown)));
    m_clearButton->setEnabled(!filter().isEmpty());
}

} // namespace im
