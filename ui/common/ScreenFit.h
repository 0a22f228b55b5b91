// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace im::ScreenFit {

// Resizes a top-level window to `wanted`, but never larger than the screen it opens on leaves room
// for (a 1024x600 netbook included), so that its buttons stay on screen.
void resizeWithin(QWidget *window, QSize wanted);

} // namespace im::ScreenFit
