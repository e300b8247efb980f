// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/map_identifier.h"

#include <cmath>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <ogr_spatialref.h>

#include "io/gdal_handles.h"
#include "layers/raster_layer.h"
#include "layers/vector_layer.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::ui::MapIdentifier", text);
}

QString number(double value, int decimals)
{
    return std::isnan(value) ? tr("no data") : QLocale().toString(value, 'f', decimals);
}

QString hectares(double value)
{
    return tr("%1 ha").arg(QLocale().toString(value, 'f', 2));
}

// Band descriptions core writes (tile_classifier.cpp, pipeline_selection.cpp).
bool isPosterior(const RasterLayer &layer)
{
    return layer.bandLayout().bandNames == QStringList{QStringLiteral("posterior x 255")};
}

bool isReliableSamples(const RasterLayer &layer)
{
    return layer.bandLayout().bandNames.value(0).startsWith(QLatin1String("1 kept"))
           || layer.source().endsWith(QLatin1String("_reliable.tif"));
}

QString reliableStatus(double code)
{
    if (std::isnan(code) || code == 0)
        return tr("not in the sample pool");
    if (code == 1)
        return tr("kept (reliable)");
    if (code == 2)
        return tr("dropped: the weak model predicts another class");
    return tr("dropped: low confidence");
}

//! "<folder>/<tile>_posterior.tif" beside "<folder>/<tile>_classes.tif", if it exists.
QString posteriorBeside(const QString &classMap)
{
    if (!classMap.endsWith(QLatin1String("_classes.tif")))
        return {};
    const QString posterior = classMap.chopped(int(sizeof("_classes.tif") - 1))
                              + QStringLiteral("_posterior.tif");
    return QFileInfo::exists(posterior) ? posterior : QString();
}

//! Value of band 1 of \a path at (\a column, \a row); NaN for nodata. Throws core::Error.
double readPixel(const QString &path, int column, int row)
{
    const core::io::DatasetPtr file = core::io::openRaster(path);
    GDALRasterBand *band = file->GetRasterBand(1);
    double value = 0;
    CPLErrorReset();
    if (column >= file->GetRasterXSize() || row >= file->GetRasterYSize()
        || band->RasterIO(GF_Read, column, row, 1, 1, &value, 1, 1, GDT_Float64, 0, 0, nullptr)
               != CE_None)
        throw core::Error(tr("Cannot read raster \"%1\": %2").arg(path, core::io::lastGdalError()));
    int hasNodata = 0;
    const double nodata = band->GetNoDataValue(&hasNodata);
    return hasNodata && value == nodata ? std::nan("") : value;
}

bool isMetricCrs(const QString &wkt)
{
    OGRSpatialReference crs;
    return !wkt.isEmpty() && crs.importFromWkt(wkt.toUtf8().constData()) == OGRERR_NONE
           && crs.IsProjected() && std::abs(crs.GetLinearUnits() - 1.0) < 1e-9;
}

} // namespace

QString IdentifyResult::value(const QString &field) const
{
    for (const Section &section : sections) {
        for (const auto &[name, value] : section.rows) {
            if (name == field)
                return value;
        }
    }
    return {};
}

MapIdentifier::MapIdentifier(QList<MapLayer *> layers, core::thematic::LegendAggregation legend,
                             const QString &canvasCrsWkt)
    : m_layers(std::move(layers))
    , m_legend(std::move(legend))
    , m_metres(isMetricCrs(canvasCrsWkt))
{}

IdentifyResult MapIdentifier::identify(QPointF mapPoint) const
{
    IdentifyResult result;
    // The series comes from the stack of the tile clicked: the selected one if it covers the
    // point, else the topmost visible one, else any.
    RasterLayer *stack = nullptr;
    for (MapLayer *layer : m_layers) {
        auto *raster = qobject_cast<RasterLayer *>(layer);
        if (!raster || raster->stepCount() < 2 || !raster->extent().contains(mapPoint))
            continue;
        if (raster == m_preferred || !stack || (raster->isVisible() && !stack->isVisible()))
            stack = raster;
        if (raster == m_preferred)
            break;
    }
    QStringList posteriorsRead;
    for (MapLayer *layer : m_layers) {
        if (!layer->extent().contains(mapPoint))
            continue;
        try {
            if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
                identifyVector(*vector, mapPoint, result);
            } else if (auto *raster = qobject_cast<RasterLayer *>(layer)) {
                if (raster->stepCount() < 2)
                    identifyRaster(*raster, mapPoint, posteriorsRead, result);
                else if (raster == stack) {
                    result.series = raster->pixelSeries(mapPoint);
                    result.seriesSource = raster->name();
                    const QString shown = raster->bandLayout().stepLabels.value(raster->step());
                    result.sections << IdentifyResult::Section{
                        raster->name(),
                        {{tr("Pixel"), tr("column %1, row %2").arg(result.series.column).arg(result.series.row)},
                         {tr("Month shown"), shown}}};
                }
            }
        } catch (const core::Error &error) {
            result.errors << error.message();
        }
    }
    return result;
}

void MapIdentifier::identifyVector(const VectorLayer &layer, QPointF point, IdentifyResult &result) const
{
    const int index = layer.featureAt(point);
    if (index < 0)
        return;
    IdentifyResult::Section section{layer.name(), {}};
    const VectorFeature &feature = layer.feature(index);
    const QList<QPair<QString, QString>> attributes = layer.attributes(index);
    const QString field = m_legend.field();
    if (!field.isEmpty() && layer.fields().contains(field)) {
        const QString declared = feature.values.value(layer.fields().indexOf(field));
        const int id = m_legend.classIdOf(declared);
        const int classIndex = m_legend.classes().indexOfId(id);
        section.rows << qMakePair(tr("Declared value"), declared);
        section.rows << qMakePair(tr("Declared class"),
                                  classIndex >= 0 ? m_legend.classes().at(classIndex).name
                                  : id == core::thematic::LegendAggregation::Ignore ? tr("ignored by the legend")
                                                                                     : tr("not in the legend"));
    }
    if (m_metres && feature.area > 0)
        section.rows << qMakePair(tr("Area"), hectares(feature.area / 10000.0));
    for (const auto &[name, value] : attributes) {
        // Areas stored in hectares ("SL_FLAECHE_BRUTTO_HA") read as such, to the are.
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        if (isNumber && name.endsWith(QLatin1String("_HA"), Qt::CaseInsensitive))
            section.rows << qMakePair(name, hectares(number));
        else
            section.rows << qMakePair(name, value);
    }
    result.sections << section;
    // The first field found (the topmost layer's) is the one outlined and listed.
    if (result.featureSource.isEmpty()) {
        result.featureSource = layer.name();
        result.attributes = attributes;
        result.outline = feature.path;
    }
}

void MapIdentifier::identifyRaster(const RasterLayer &layer, QPointF point, QStringList &posteriorsRead,
                                   IdentifyResult &result) const
{
    if (posteriorsRead.contains(layer.source()))
        return;
    const PixelSeries pixel = layer.pixelSeries(point);
    if (!pixel.isValid())
        return;
    const QVector<double> &values = pixel.values.front();
    const double value = values.value(0, std::nan(""));
    IdentifyResult::Section section{layer.name(), {}};
    if (!layer.classNames().isEmpty()) {
        const int id = std::isnan(value) ? 0 : int(value);
        section.rows << qMakePair(tr("Class"), std::isnan(value) ? tr("no data")
                                                   : tr("%1 (%2)").arg(layer.classNames().value(id, tr("unnamed")))
                                                                    .arg(id));
        const QString posterior = posteriorBeside(layer.source());
        if (!posterior.isEmpty()) {
            // Its own layer (hidden by default) is not listed a second time.
            posteriorsRead << posterior;
            section.rows << qMakePair(tr("Posterior"), number(readPixel(posterior, pixel.column, pixel.row) / 255.0, 2));
        }
    } else if (isPosterior(layer)) {
        section.rows << qMakePair(tr("Posterior"), number(value / 255.0, 2));
    } else if (isReliableSamples(layer)) {
        section.rows << qMakePair(tr("Reliable sample"), reliableStatus(value));
    } else {
        for (qsizetype band = 0; band < values.size(); ++band)
            section.rows << qMakePair(pixel.bandNames.value(band), number(values[band], values[band] == std::round(values[band]) ? 0 : 3));
    }
    result.sections << section;
}

} // namespace cropmap::ui
