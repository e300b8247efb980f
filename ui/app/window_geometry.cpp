// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window_geometry.h"

#include <algorithm>

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cropmap::ui {

QRect clampToScreen(const QRect &window, const QRect &available)
{
    if (!available.isValid() || !window.isValid())
        return window;
    const QSize size = window.size().boundedTo(available.size());
    const int x = std::clamp(window.x(), available.left(), available.right() + 1 - size.width());
    const int y = std::clamp(window.y(), available.top(), available.bottom() + 1 - size.height());
    return QRect(QPoint(x, y), size);
}

void clampToAvailableScreen(QWidget *widget)
{
    QScreen *screen = QGuiApplication::screenAt(widget->geometry().center());
    if (!screen)
        screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect clamped = clampToScreen(widget->geometry(), screen->availableGeometry());
    if (clamped != widget->geometry())
        widget->setGeometry(clamped);
}

} // namespace cropmap::ui
