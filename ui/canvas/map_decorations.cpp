// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/map_decorations.h"

#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "canvas/map_settings.h"

namespace cropmap::ui {

namespace {

constexpr double kMargin = 10.0;
constexpr double kPadding = 6.0;
const QColor kBoxFill(255, 255, 255, 215);
const QColor kBoxLine(0, 0, 0, 90);

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::ui::MapDecorations", text);
}

QString lengthLabel(double length, bool degrees)
{
    const QLocale locale;
    if (degrees)
        return tr("%1°").arg(locale.toString(length, 'g', 6));
    if (length >= 1000.0)
        return tr("%1 km").arg(locale.toString(length / 1000.0, 'g', 6));
    return tr("%1 m").arg(locale.toString(length, 'g', 6));
}

} // namespace

double roundScaleBarLength(double maximum)
{
    if (!(maximum > 0.0) || !std::isfinite(maximum))
        return 0.0;
    const double decade = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= maximum * (1.0 + 1e-9))
            return step * decade;
    }
    return decade;
}

void drawScaleBar(QPainter &painter, const MapSettings &settings, const QRectF &viewport)
{
    if (settings.mapUnitsPerPixel <= 0.0 || viewport.width() < 80.0)
        return;
    const bool degrees = settings.crsWkt.startsWith(QLatin1String("GEOG"));
    const double length = roundScaleBarLength(viewport.width() / 4.0 * settings.mapUnitsPerPixel);
    const double barWidth = length / settings.mapUnitsPerPixel;
    if (barWidth < 1.0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(painter.font());
    const QString label = lengthLabel(length, degrees);
    const double barHeight = 6.0;
    const double boxWidth = std::max(barWidth, metrics.horizontalAdvance(label)) + 2 * kPadding;
    const double boxHeight = metrics.height() + barHeight + 3 * kPadding;
    const QRectF box(viewport.left() + kMargin, viewport.bottom() - kMargin - boxHeight, boxWidth,
                     boxHeight);
    painter.setPen(kBoxLine);
    painter.setBrush(kBoxFill);
    painter.drawRoundedRect(box, 3, 3);
    // Two halves, black and white, as on printed maps.
    const QRectF bar(box.left() + kPadding, box.bottom() - kPadding - barHeight, barWidth, barHeight);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() / 2, bar.height()));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(bar.center().x(), bar.top(), bar.width() / 2, bar.height()));
    painter.drawText(QRectF(box.left() + kPadding, box.top() + kPadding, box.width() - 2 * kPadding,
                            metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.restore();
}

void drawLegendOverlay(QPainter &painter, const QList<LegendGroup> &groups, const QRectF &viewport)
{
    if (groups.isEmpty())
        return;
    painter.save();
    const QFont plainFont = painter.font();
    QFont titleFont = plainFont;
    titleFont.setBold(true);
    const QFontMetricsF metrics(painter.font());
    const QFontMetricsF titleMetrics(titleFont);
    const double row = std::ceil(metrics.height() + 2);
    const double swatch = std::floor(metrics.height() * 0.8);
    double width = 0;
    int rows = 0;
    for (const LegendGroup &group : groups) {
        width = std::max(width, titleMetrics.horizontalAdvance(group.title));
        for (const LegendSymbol &symbol : group.symbols)
            width = std::max(width, swatch + kPadding + metrics.horizontalAdvance(symbol.label));
        rows += 1 + int(group.symbols.size());
    }
    width = std::min(width + 2 * kPadding, viewport.width() / 2);
    // Rows beyond the view's height are counted, not drawn.
    const int fitting = std::max(1, int((viewport.height() - 2 * kMargin - 2 * kPadding) / row));
    const int shownRows = std::min(rows, fitting);
    const QRectF box(viewport.right() - kMargin - width, viewport.top() + kMargin, width,
                     shownRows * row + 2 * kPadding);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(kBoxLine);
    painter.setBrush(kBoxFill);
    painter.drawRoundedRect(box, 3, 3);
    const double textWidth = width - 2 * kPadding;
    double y = box.top() + kPadding;
    int drawn = 0;
    const auto lastRow = [&] { return drawn == shownRows - 1 && rows > shownRows; };
    for (const LegendGroup &group : groups) {
        if (drawn >= shownRows || lastRow())
            break;
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + kPadding, y, textWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(group.title, Qt::ElideMiddle, textWidth));
        y += row;
        ++drawn;
        painter.setFont(plainFont);
        for (const LegendSymbol &symbol : group.symbols) {
            if (lastRow())
                break;
            const QRectF swatchRect(box.left() + kPadding, y + (row - swatch) / 2, swatch, swatch);
            painter.setPen(QColor(0, 0, 0, 120));
            painter.setBrush(symbol.colour);
            painter.drawRect(swatchRect);
            painter.setPen(Qt::black);
            const double labelLeft = swatchRect.right() + kPadding;
            const double labelWidth = box.right() - kPadding - labelLeft;
            painter.drawText(QRectF(labelLeft, y, labelWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(symbol.label, Qt::ElideRight, labelWidth));
            y += row;
            ++drawn;
        }
    }
    if (rows > shownRows) {
        painter.setFont(plainFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + kPadding, y, textWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… %1 more").arg(rows - drawn));
    }
    painter.restore();
}

} // namespace cropmap::ui
