// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace im {

// The files opened or saved most recently (kept in QSettings), as a menu.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    [[nodiscard]] QStringList files() const;
    void add(const QString &path);
    void clear();

    static constexpr int kMaximum = 10;

Q_SIGNALS:
    void openRequested(const QString &path);

protected:
    // Rewords the menu on its QEvent::LanguageChange.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace im
