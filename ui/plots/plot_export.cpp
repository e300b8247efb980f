// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/plot_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>

#include "io/atomic_output.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

// QCustomPlot has no SVG writer: draw it through its own painter onto Qt's SVG device.
bool saveSvg(QCustomPlot *plot, const QString &path, int width, int height)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(plot->objectName());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, width, height);
    return painter.end();
}

} // namespace

QString plotExportFilter()
{
    return QCoreApplication::translate("cropmap::ui::PlotExport", "PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)");
}

void exportPlot(QCustomPlot *plot, const QString &path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        throw core::Error(QCoreApplication::translate("cropmap::ui::PlotExport", "Cannot export the plot to \"%1\": the name must end in .png, .pdf or .svg").arg(path));
    width = width > 0 ? width : plot->width();
    height = height > 0 ? height : plot->height();
    core::io::AtomicOutput output(path);
    bool written = false;
    if (suffix == QLatin1String("png"))
        written = plot->savePng(output.tempPath(), width, height);
    else if (suffix == QLatin1String("pdf"))
        written = plot->savePdf(output.tempPath(), width, height);
    else
        written = saveSvg(plot, output.tempPath(), width, height);
    if (!written || !QFileInfo::exists(output.tempPath()))
        throw core::Error(QCoreApplication::translate("cropmap::ui::PlotExport", "Cannot write the plot to \"%1\"").arg(output.tempPath()));
    output.commit();
}

} // namespace cropmap::ui
