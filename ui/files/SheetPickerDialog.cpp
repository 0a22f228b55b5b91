// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/SheetPickerDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace im {

SheetPickerDialog::SheetPickerDialog(const QString &fileName, const std::vector<XlsxReader::SheetSummary> &sheets,
                                     QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_sheets(sheets)
    , m_question(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sheetPickerDialog"));
    m_question->setWordWrap(true);
    m_question->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("sheetList"));
    for (size_t i = 0; i < m_sheets.size(); ++i) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        if (!m_sheets[i].hasRows)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    m_list->setCurrentRow(XlsxReader::preferredSheet(m_sheets));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("readSheetButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    retranslateUi();
}

int SheetPickerDialog::chosenSheet() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : XlsxReader::preferredSheet(m_sheets);
}

void SheetPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SheetPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Choose a Sheet"));
    m_question->setText(tr("\"%1\" has several sheets with content. Which one should be read?").arg(m_fileName));
    for (int row = 0; row < m_list->count(); ++row) {
        const XlsxReader::SheetSummary &sheet = m_sheets[static_cast<size_t>(row)];
        QString text = sheet.name;
        if (!sheet.hasRows)
            //: A sheet in the list of a workbook's sheets; %1 is its name
            text = tr("%1 (empty)").arg(sheet.name);
        else if (!sheet.hasIndicatorColumn)
            //: A sheet whose first row names no column of indicator values; %1 is its name
            text = tr("%1 (no indicator column)").arg(sheet.name);
        m_list->item(row)->setText(text);
    }
}

} // namespace im
