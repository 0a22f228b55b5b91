// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace im::ScreenFit {

void resizeWithin(QWidget *window, QSize wanted)
{
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    // Room for the window frame and title bar the window manager adds around the client area.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    window->resize(wanted.boundedTo(room).expandedTo(QSize(1, 1)));
}

} // namespace im::ScreenFit
