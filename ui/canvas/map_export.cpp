// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/map_export.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimer>

#include "canvas/map_canvas.h"
#include "io/atomic_output.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::ui::MapExport", text);
}

// The canvas renders on a pool thread; give it a bounded time to finish the current view.
void waitForRender(MapCanvas &canvas)
{
    if (!canvas.isRendering())
        return;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&canvas, &MapCanvas::renderFinished, &loop, [&] {
        if (!canvas.isRendering())
            loop.quit();
    });
    timeout.start(30000);
    loop.exec();
}

bool writePng(const MapCanvas &canvas, const QString &path, double scale)
{
    const QSize size = (QSizeF(canvas.size()) * scale).toSize();
    QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    canvas.paintView(painter);
    painter.end();
    return image.save(path, "PNG");
}

bool writePdf(const MapCanvas &canvas, const QString &path)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("cropmap"));
    writer.setTitle(tr("Map"));
    // One logical pixel per point: the page is the view, at 72 dpi.
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(QSizeF(canvas.size()), QPageSize::Point, QString(),
                                 QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    canvas.paintView(painter);
    return painter.end();
}

} // namespace

QString mapExportFilter()
{
    return tr("PNG image (*.png);;PDF document (*.pdf)");
}

void exportMap(MapCanvas &canvas, const QString &path, double scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        throw core::Error(tr("Cannot export the map to \"%1\": the name must end in .png or .pdf").arg(path));
    waitForRender(canvas);
    core::io::AtomicOutput output(path);
    const bool written = suffix == QLatin1String("png") ? writePng(canvas, output.tempPath(), scale)
                                                         : writePdf(canvas, output.tempPath());
    if (!written || !QFileInfo::exists(output.tempPath()))
        throw core::Error(tr("Cannot write the map to \"%1\"").arg(output.tempPath()));
    output.commit();
}

} // namespace cropmap::ui
