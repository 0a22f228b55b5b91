// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace im {

// View > Language: System, English, 简体中文, 繁體中文. A choice applies at once (new translators, every
// widget retranslates on QEvent::LanguageChange, QLocale's default follows) and is remembered.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Checks the entry of a choice ("" = System) without applying it, e.g. the one --lang made.
    void showChoice(const QString &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(const QString &choice);

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace im
