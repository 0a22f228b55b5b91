// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/XlsxReader.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;

namespace im {

// Asks which sheet of a workbook to read when more than one has content. Empty sheets are listed but
// cannot be chosen; the first sheet with an indicator column is chosen to begin with.
class SheetPickerDialog : public QDialog
{
    Q_OBJECT

public:
    SheetPickerDialog(const QString &fileName, const std::vector<XlsxReader::SheetSummary> &sheets,
                      QWidget *parent = nullptr);

    // 0-based index of the chosen sheet in the workbook.
    [[nodiscard]] int chosenSheet() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_fileName;
    std::vector<XlsxReader::SheetSummary> m_sheets;
    QLabel *m_question;
    QListWidget *m_list;
};

} // namespace im
