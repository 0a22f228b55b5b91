// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/view/RowFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace im {

class IndicatorTableModel;
struct IssueStatistics;

// The filter bar above the grid: text (any cell), status, indicator type, problem and submission result. The grid model
// filters in the core on every change, fast enough to follow typing on a million rows.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(IndicatorTableModel *grid, QWidget *parent = nullptr);

    [[nodiscard]] RowFilter filter() const;
    [[nodiscard]] QLineEdit *textEdit() const { return m_textEdit; }

public Q_SLOTS:
    void showProblem(im::IssueCode code);
    // Only the rows with this result (or the failed rows with this reason), the rest of the filter cleared.
    void showResult(im::ResultFilter result);
    void showFailureReason(const QString &reason);
    void clear();
    // The problem list offers the problems that occur, with their counts.
    void updateProblems(const im::IssueStatistics &statistics);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] QString problemText(int i) const;
    [[nodiscard]] static QString reasonText(const QString &reason);
    void apply();
    void updateCount();

    IndicatorTableModel *m_grid;
    QLineEdit *m_textEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_typeCombo;
    QComboBox *m_problemCombo;
    QComboBox *m_resultCombo;
    QToolButton *m_clearButton;
    QLabel *m_countLabel;
};

} // namespace im
