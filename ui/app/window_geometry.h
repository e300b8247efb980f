// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QWidget;

namespace cropmap::ui {

/**
 * \a window moved, and shrunk where it is larger, so that it lies inside \a available (a
 * screen's available geometry). A saved geometry from a larger or another screen would
 * otherwise open the window partly off screen where no window manager puts it back.
 */
QRect clampToScreen(const QRect &window, const QRect &available);

//! Applies clampToScreen() to the top-level \a widget on the screen it is on.
void clampToAvailableScreen(QWidget *widget);

} // namespace cropmap::ui
