// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace im {

class GridEditor;
class IndicatorTableView;
class TextMatcher;

// Find and replace under the grid: finds in view order from the current cell, replaces the current
// match or every match (one undo step), in all columns, the current column or the selection.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    FindReplaceBar(IndicatorTableView *view, GridEditor *editor, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *findEdit() const { return m_findEdit; }
    [[nodiscard]] QLineEdit *replaceEdit() const { return m_replaceEdit; }

public Q_SLOTS:
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Scope { AllColumns, CurrentColumn, Selection };
    void retranslateUi();
    void open(bool replace);
    bool find(bool backwards);
    [[nodiscard]] TextMatcher matcher() const;
    [[nodiscard]] std::vector<int> columns() const;
    void setStatus(const QString &text);

    IndicatorTableView *m_view;
    GridEditor *m_editor;
    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QLabel *m_replaceLabel;
    QCheckBox *m_matchCaseCheckBox;
    QCheckBox *m_wholeCellCheckBox;
    QComboBox *m_scopeCombo;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_statusLabel;
    QToolButton *m_closeButton;
    QLabel *m_findLabel;
};

} // namespace im
