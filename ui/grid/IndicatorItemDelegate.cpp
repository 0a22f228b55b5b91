// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/IndicatorItemDelegate.h"

#include "core/indicator/EnumLabels.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/ValueRules.h"
#include "ui/grid/ExpirationEditor.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/ListCellEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSet>
#include <QTimer>

namespace im {
namespace {

std::optional<Field> fieldOf(const QModelIndex &index)
{
    return fieldOfColumn(index.column());
}

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("cellComboBox"));
    combo->setAccessibleName(accessibleName);
    combo->setFrame(false);
    // The list opens at once: arrows move in it, Enter or a click picks and commits.
    QTimer::singleShot(0, combo, [combo] {
        if (combo->isVisible())
            combo->showPopup();
    });
    return combo;
}

void addApiNames(QComboBox *combo, const std::vector<QByteArray> &names)
{
    for (const QByteArray &name : names)
        combo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
}

// Values of a list column already used in the table, as suggestions; a sample keeps this instant.
QStringList usedListItems(const IndicatorTableModel &model, Field field)
{
    const IndicatorTable &table = model.document().table();
    QSet<QString> seen;
    const int rows = std::min(table.rowCount(), 100000);
    for (int r = 0; r < rows && seen.size() < 500; ++r) {
        const QByteArrayView cell = table.cell(r, field);
        if (!cell.isEmpty())
            for (const QString &item : Indicator::splitList(QString::fromUtf8(cell)))
                seen.insert(item);
    }
    QStringList items(seen.begin(), seen.end());
    items.sort(Qt::CaseInsensitive);
    return items;
}

} // namespace

IndicatorItemDelegate::IndicatorItemDelegate(GridEditor *editor, QObject *parent)
    : IssueDelegate(parent)
    , m_gridEditor(editor)
{
}

QWidget *IndicatorItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QWidget *editor = createFieldEditor(parent, option, index);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        auto *self = const_cast<IndicatorItemDelegate *>(this); // Qt's delegates emit from const hooks too
        connect(combo, &QComboBox::activated, self, [self, combo] { self->commitAndClose(combo); });
    }
    return editor;
}

QWidget *IndicatorItemDelegate::createFieldEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    const auto field = fieldOf(index);
    if (!field || m_gridEditor->isLocked())
        return nullptr;
    const QString columnName = IndicatorTableModel::columnTitle(index.column());
    switch (*field) {
    case Field::IndicatorType: {
        QComboBox *combo = makeCombo(parent, columnName);
        for (int t = 1; t < IndicatorTypeCount; ++t)
            addApiNames(combo, {QByteArray(apiName(static_cast<IndicatorType>(t)))});
        return combo;
    }
    case Field::Action: {
        // Only the actions the row's type allows (shared/spec §1.5).
        QComboBox *combo = makeCombo(parent, columnName);
        const QModelIndex typeIndex = index.siblingAtColumn(columnOfField(Field::IndicatorType));
        const IndicatorType type = parseIndicatorType(typeIndex.data(Qt::EditRole).toString().toUtf8());
        for (Action a : {Action::Allowed, Action::Audit, Action::Warn, Action::Block, Action::BlockAndRemediate}) {
            if (isActionAllowedForType(a, type))
                combo->addItem(EnumLabels::choice(a), QString::fromLatin1(apiName(a)));
        }
        return combo;
    }
    case Field::Severity: {
        QComboBox *combo = makeCombo(parent, columnName);
        //: Severity not set in the severity editor
        combo->addItem(tr("(not set)"), QString());
        for (int s = 1; s < SeverityCount; ++s) {
            const auto severity = static_cast<Severity>(s);
            combo->addItem(EnumLabels::choice(severity), QString::fromLatin1(apiName(severity)));
        }
        return combo;
    }
    case Field::Category: {
        QComboBox *combo = makeCombo(parent, columnName);
        combo->addItem(tr("(not set)"), QString());
        for (const char *category : rules::knownCategories())
            addApiNames(combo, {QByteArray(category)});
        return combo;
    }
    case Field::GenerateAlert: {
        QComboBox *combo = makeCombo(parent, columnName);
        combo->addItem(tr("(not set)"), QString());
        combo->addItem(QStringLiteral("true"), QStringLiteral("true"));
        combo->addItem(QStringLiteral("false"), QStringLiteral("false"));
        return combo;
    }
    case Field::ExpirationTime: return new ExpirationEditor(parent);
    case Field::RbacGroupNames:
    case Field::MitreTechniques: {
        auto *editor =
            new ListCellEditor(*field == Field::RbacGroupNames ? tr("device group") : tr("technique"), parent);
        editor->setAccessibleName(columnName);
        if (auto *model = qobject_cast<const IndicatorTableModel *>(index.model()))
            editor->setSuggestions(usedListItems(*model, *field));
        return editor;
    }
    default: {
        QWidget *editor = IssueDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(columnName);
        return editor;
    }
    }
}

void IndicatorItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(text);
        if (i < 0) {
            // Keep what the cell holds selectable, so opening the editor never changes it.
            combo->insertItem(0, text.isEmpty() ? tr("(not set)") : text, text);
            i = 0;
        }
        combo->setCurrentIndex(i);
    } else if (auto *expiration = qobject_cast<ExpirationEditor *>(editor)) {
        expiration->setText(text);
    } else if (auto *list = qobject_cast<ListCellEditor *>(editor)) {
        list->setText(text);
    } else {
        IssueDelegate::setEditorData(editor, index);
    }
}

void IndicatorItemDelegate::commitAndClose(QWidget *editor)
{
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void IndicatorItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    Q_UNUSED(model)
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        text = combo->currentData().toString();
    else if (auto *expiration = qobject_cast<ExpirationEditor *>(editor))
        text = expiration->text();
    else if (auto *list = qobject_cast<ListCellEditor *>(editor))
        text = list->text();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        text = line->text();
    else
        return;
    if (text != index.data(Qt::EditRole).toString())
        m_gridEditor->setCell(index, text);
}

void IndicatorItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    // The list and date editors need more room than a cell; they open over the cells below it.
    if (qobject_cast<ListCellEditor *>(editor) || qobject_cast<ExpirationEditor *>(editor)) {
        const QSize hint = editor->sizeHint();
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), hint.width()));
        const bool list = qobject_cast<ListCellEditor *>(editor) != nullptr;
        rect.setHeight(list ? std::max(hint.height(), 7 * option.rect.height())
                            : std::max(rect.height(), hint.height()));
        if (const QWidget *viewport = editor->parentWidget()) {
            if (rect.bottom() > viewport->height())
                rect.moveBottom(std::max(rect.height(), viewport->height()) - 1);
            if (rect.right() > viewport->width())
                rect.moveRight(std::max(rect.width(), viewport->width()) - 1);
        }
        editor->setGeometry(rect);
        return;
    }
    IssueDelegate::updateEditorGeometry(editor, option, index);
}

bool IndicatorItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (fieldOf(index) != Field::GenerateAlert)
        return IssueDelegate::editorEvent(event, model, option, index);
    // The check box toggles through the GridEditor (an undo step), not through setData.
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
        toggle = mouse->button() == Qt::LeftButton && check.contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        // Swallow the second click on the box so it does not open the editor.
        return style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget)
            .contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (!toggle)
        return false;
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_gridEditor->setCell(index, checked ? QStringLiteral("false") : QStringLiteral("true"));
    return true;
}

} // namespace im
