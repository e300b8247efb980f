// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

namespace cropmap::ui {

class LayerRenderer;
struct MapSettings;

/** \brief One entry of a layer's legend: a colour swatch and what it stands for. */
struct LegendSymbol
{
    QColor colour;
    QString label;
};

/**
 * \brief A layer of the map: a data source, a style and a visibility flag.
 *
 * Layers live on the GUI thread. Drawing goes through createRenderer(), which copies what
 * the worker thread needs, so a layer may change or disappear while an image renders.
 * A layer knows the canvas CRS (destinationCrs) and reports its extent in it.
 */
class MapLayer : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Raster, Vector };

    ~MapLayer() override;

    virtual Kind kind() const = 0;
    //! The file the layer reads.
    const QString &source() const { return m_source; }
    const QString &name() const { return m_name; }
    void setName(const QString &name);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);

    //! WKT of the layer's own CRS.
    virtual QString crsWkt() const = 0;
    //! Extent in the canvas CRS (normalised, y up).
    virtual QRectF extent() const = 0;
    //! A snapshot renderer for one image of \a settings (GUI thread).
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const = 0;

    //! What the colours mean (class layers); empty for layers drawn without a class legend.
    virtual QList<LegendSymbol> legend() const { return {}; }
    //! The style as JSON, for project files.
    virtual QJsonObject styleToJson() const = 0;
    //! Applies a style read from a project; unknown keys are ignored.
    virtual void styleFromJson(const QJsonObject &style) = 0;

Q_SIGNALS:
    //! Something that changes the drawing: style, visibility, opacity.
    void changed();
    void nameChanged();

protected:
    MapLayer(const QString &source, const QString &name, QObject *parent);

private:
    QString m_source;
    QString m_name;
    bool m_visible = true;
    double m_opacity = 1.0;
};

} // namespace cropmap::ui
