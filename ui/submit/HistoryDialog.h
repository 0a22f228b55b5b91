// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/submit/ImportHistory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace im {

// The import history: past submissions (when, profile, tenant, file, counts); selecting one reopens
// its report, every row with its outcome, which can be exported again. Clear history empties it.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(ImportHistory *history, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *entryTable() const { return m_entries; }
    [[nodiscard]] QTableWidget *reportTable() const { return m_report; }
    [[nodiscard]] QString problem() const;
    // Shows the report of the entry in this row of the list.
    void openReport(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] static QString statusLabel(RowStatus status);
    void retranslateUi();
    void reload();
    void exportReport(bool json);
    void clearHistory();
    void showProblem(const QString &message);

    ImportHistory *m_history;
    std::vector<HistoryEntry> m_list;
    HistoryReport m_current;
    QLabel *m_problemLabel;
    QTableWidget *m_entries;
    QTableWidget *m_report;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    QPushButton *m_clearButton;
    QPushButton *m_closeButton;
};

} // namespace im
