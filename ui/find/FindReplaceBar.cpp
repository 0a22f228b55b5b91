// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/find/FindReplaceBar.h"

#include "core/model/IndicatorTableModel.h"
#include "core/view/CellFinder.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/IndicatorTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include <set>

namespace im {

FindReplaceBar::FindReplaceBar(IndicatorTableView *view, GridEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_editor(editor)
    , m_findEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_replaceLabel(new QLabel(this))
    , m_matchCaseCheckBox(new QCheckBox(this))
    , m_wholeCellCheckBox(new QCheckBox(this))
    , m_scopeCombo(new QComboBox(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_replaceButton(new QPushButton(this))
    , m_replaceAllButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
    , m_findLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_findLabel->setBuddy(m_findEdit);
    m_replaceLabel->setBuddy(m_replaceEdit);
    m_findEdit->setObjectName(QStringLiteral("findLineEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_replaceEdit->setObjectName(QStringLiteral("replaceLineEdit"));
    m_matchCaseCheckBox->setObjectName(QStringLiteral("matchCaseCheckBox"));
    m_wholeCellCheckBox->setObjectName(QStringLiteral("wholeCellCheckBox"));
    m_scopeCombo->setObjectName(QStringLiteral("findScopeComboBox"));
    for (Scope scope : {Scope::AllColumns, Scope::CurrentColumn, Scope::Selection})
        m_scopeCombo->addItem(QString(), static_cast<int>(scope));
    m_previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    m_previousButton->setIcon(QIcon(QStringLiteral(":/icons/go-up.svg")));
    m_nextButton->setObjectName(QStringLiteral("findNextButton"));
    m_nextButton->setIcon(QIcon(QStringLiteral(":/icons/go-down.svg")));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    m_statusLabel->setObjectName(QStringLiteral("findStatusLabel"));
    m_closeButton->setObjectName(QStringLiteral("closeFindButton"));
    m_closeButton->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_findLabel, 0, 0);
    layout->addWidget(m_findEdit, 0, 1);
    layout->addWidget(m_previousButton, 0, 2);
    layout->addWidget(m_nextButton, 0, 3);
    layout->addWidget(m_matchCaseCheckBox, 0, 4);
    layout->addWidget(m_wholeCellCheckBox, 0, 5);
    layout->addWidget(m_scopeCombo, 0, 6);
    layout->addWidget(m_statusLabel, 0, 7);
    layout->addWidget(m_closeButton, 0, 8);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replaceEdit, 1, 1);
    layout->addWidget(m_replaceButton, 1, 2, 1, 3);
    layout->addWidget(m_replaceAllButton, 1, 5);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(7, 1);

    connect(m_findEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { setStatus(QString()); });
    connect(m_replaceEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_nextButton, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previousButton, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
    retranslateUi();
    hide();
}

void FindReplaceBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindReplaceBar::retranslateUi()
{
    setAccessibleName(tr("Find and replace"));
    m_findLabel->setText(tr("F&ind:"));
    m_replaceLabel->setText(tr("Replace &with:"));
    m_matchCaseCheckBox->setText(tr("Match &case"));
    m_wholeCellCheckBox->setText(tr("W&hole cell"));
    m_replaceButton->setText(tr("&Replace"));
    m_replaceAllButton->setText(tr("Replace &All"));
    m_findEdit->setAccessibleName(tr("Find"));
    m_replaceEdit->setAccessibleName(tr("Replace with"));
    m_wholeCellCheckBox->setToolTip(tr("Match only cells whose whole text is the search text"));
    m_scopeCombo->setAccessibleName(tr("Search in"));
    m_scopeCombo->setItemText(0, tr("All columns"));
    m_scopeCombo->setItemText(1, tr("Current column"));
    m_scopeCombo->setItemText(2, tr("Selected cells"));
    m_previousButton->setToolTip(tr("Find previous (Shift+F3)"));
    m_previousButton->setAccessibleName(tr("Find previous"));
    m_nextButton->setToolTip(tr("Find next (F3)"));
    m_nextButton->setAccessibleName(tr("Find next"));
    m_closeButton->setToolTip(tr("Close (Esc)"));
    m_closeButton->setAccessibleName(tr("Close find and replace"));
}

void FindReplaceBar::open(bool replace)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_replaceLabel, m_replaceEdit, m_replaceButton, m_replaceAllButton})
        w->setVisible(replace);
    show();
    // Start from the selected text when there is a single selected cell.
    const QModelIndex current = m_view->currentIndex();
    if (m_findEdit->text().isEmpty() && current.isValid() && m_view->selectedOrCurrent().size() == 1)
        m_findEdit->setText(current.data(Qt::EditRole).toString().left(200));
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void FindReplaceBar::showFind()
{
    open(false);
}

void FindReplaceBar::showReplace()
{
    open(true);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

TextMatcher FindReplaceBar::matcher() const
{
    return TextMatcher(m_findEdit->text(), m_matchCaseCheckBox->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive,
                       m_wholeCellCheckBox->isChecked());
}

std::vector<int> FindReplaceBar::columns() const
{
    std::vector<int> result;
    const auto scope = static_cast<Scope>(m_scopeCombo->currentData().toInt());
    if (scope == Scope::CurrentColumn && fieldOfColumn(m_view->currentIndex().column())) {
        result.push_back(m_view->currentIndex().column());
        return result;
    }
    if (scope == Scope::Selection) {
        std::set<int> selected;
        for (const QModelIndex &i : m_view->selectedOrCurrent()) {
            if (fieldOfColumn(i.column()))
                selected.insert(i.column());
        }
        return std::vector<int>(selected.begin(), selected.end());
    }
    for (int c = 1; c < ColumnCount; ++c)
        result.push_back(c);
    return result;
}

void FindReplaceBar::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    if (!text.isEmpty())
        Q_EMIT message(text);
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backwards)
{
    if (m_findEdit->text().isEmpty()) {
        showFind();
        return false;
    }
    IndicatorTableModel *model = m_view->indicatorModel();
    const QModelIndex current = m_view->currentIndex();
    const GridCell from{current.isValid() ? current.row() : -1, current.isValid() ? current.column() : -1};
    const auto found =
        CellFinder::find(model->document().table(), model->order(), matcher(), from, backwards, columns());
    if (!found) {
        setStatus(tr("Not found"));
        return false;
    }
    setStatus(QString());
    const QModelIndex index = model->index(found->row, found->column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const TextMatcher m = matcher();
    if (current.isValid() && fieldOfColumn(current.column())) {
        const QString text = current.data(Qt::EditRole).toString();
        if (const auto replaced = m.replaced(text.toUtf8(), m_replaceEdit->text()))
            m_editor->setCell(current, QString::fromUtf8(*replaced));
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    IndicatorTableModel *model = m_view->indicatorModel();
    const auto scope = static_cast<Scope>(m_scopeCombo->currentData().toInt());
    std::vector<int> rows;
    if (scope == Scope::Selection) {
        for (int view : m_view->selectedViewRows())
            rows.push_back(model->tableRow(view));
    } else {
        rows = model->order().visibleRows();
    }
    RowEdits edits =
        CellFinder::replaceAll(model->document().table(), rows, matcher(), m_replaceEdit->text(), columns());
    int cells = 0;
    for (const RowEdit &e : edits)
        cells += static_cast<int>(e.cells.size());
    if (cells == 0) {
        setStatus(tr("Not found"));
        return 0;
    }
    m_editor->applyEdits(std::move(edits), tr("Replace %n cell(s)", nullptr, cells), GridEditor::Apply::InBackground);
    setStatus(tr("Replaced %n cell(s)", nullptr, cells));
    return cells;
}

} // namespace im
