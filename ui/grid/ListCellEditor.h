// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QToolButton;

namespace im {

// Edits a comma list cell (device groups, MITRE techniques) as a list: one item per line, a field to
// add items (with suggestions from the rest of the table) and a button to remove the selected ones.
// Enter in the add field adds what was typed and commits; Escape cancels.
class ListCellEditor : public QFrame
{
    Q_OBJECT

public:
    // itemLabel names one item for screen readers ("device group").
    ListCellEditor(const QString &itemLabel, QWidget *parent = nullptr);

    void setSuggestions(const QStringList &suggestions);
    void setText(const QString &cell);
    // The original text when the items did not change, so spacing the analyst chose is kept.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QStringList items() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped();
    void removeSelected();

    QListWidget *m_listWidget;
    QLineEdit *m_addLineEdit;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QString m_original;
};

} // namespace im
