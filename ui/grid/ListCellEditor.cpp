// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/ListCellEditor.h"

#include "core/indicator/Indicator.h"

#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>

namespace im {

ListCellEditor::ListCellEditor(const QString &itemLabel, QWidget *parent)
    : QFrame(parent)
    , m_listWidget(new QListWidget(this))
    , m_addLineEdit(new QLineEdit(this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("listCellEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_listWidget->setObjectName(QStringLiteral("itemsListWidget"));
    m_listWidget->setAccessibleName(tr("Items"));
    m_listWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addLineEdit->setObjectName(QStringLiteral("addItemLineEdit"));
    //: %1 names one item, such as "device group"
    m_addLineEdit->setPlaceholderText(tr("Add a %1...").arg(itemLabel));
    m_addLineEdit->setAccessibleName(tr("New %1").arg(itemLabel));
    m_addButton->setObjectName(QStringLiteral("addItemButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    m_addButton->setToolTip(tr("Add"));
    m_addButton->setAccessibleName(tr("Add %1").arg(itemLabel));
    m_removeButton->setObjectName(QStringLiteral("removeItemButton"));
    m_removeButton->setIcon(QIcon(QStringLiteral(":/icons/list-remove.svg")));
    m_removeButton->setToolTip(tr("Remove the selected items"));
    m_removeButton->setAccessibleName(tr("Remove the selected items"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_listWidget, 0, 0, 1, 3);
    layout->addWidget(m_addLineEdit, 1, 0);
    layout->addWidget(m_addButton, 1, 1);
    layout->addWidget(m_removeButton, 1, 2);
    setFocusProxy(m_addLineEdit);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_addLineEdit, &QLineEdit::returnPressed, this, &ListCellEditor::addTyped);
    connect(m_addButton, &QToolButton::clicked, this, &ListCellEditor::addTyped);
    connect(m_removeButton, &QToolButton::clicked, this, &ListCellEditor::removeSelected);
    m_listWidget->installEventFilter(this);
}

void ListCellEditor::setSuggestions(const QStringList &suggestions)
{
    auto *completer = new QCompleter(suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_addLineEdit->setCompleter(completer);
}

void ListCellEditor::setText(const QString &cell)
{
    m_original = cell;
    m_listWidget->clear();
    for (const QString &item : Indicator::splitList(cell)) {
        auto *entry = new QListWidgetItem(item, m_listWidget);
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    }
}

QStringList ListCellEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_listWidget->count(); ++i) {
        const QString item = m_listWidget->item(i)->text().trimmed();
        if (!item.isEmpty())
            result.append(item);
    }
    return result;
}

QString ListCellEditor::text() const
{
    // Typed but not yet added counts too: Enter commits what the analyst sees.
    QStringList current = items();
    for (const QString &typed : Indicator::splitList(m_addLineEdit->text())) {
        if (!current.contains(typed))
            current.append(typed);
    }
    if (current == Indicator::splitList(m_original))
        return m_original;
    return Indicator::joinList(current);
}

bool ListCellEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_listWidget && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ListCellEditor::addTyped()
{
    for (const QString &item : Indicator::splitList(m_addLineEdit->text())) {
        if (items().contains(item))
            continue;
        auto *entry = new QListWidgetItem(item, m_listWidget);
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    }
    m_addLineEdit->clear();
}

void ListCellEditor::removeSelected()
{
    const auto selected = m_listWidget->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
}

} // namespace im
