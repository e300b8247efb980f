// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QPointF>
#include <QVector>

#include "synth/scene_options.h"
#include "synth/spectral_model.h"

namespace cropmap::core::synth {

//! A polygon as its vertices in order (QPolygonF lives in QtGui, which core does not use).
using Polygon = QVector<QPointF>;

/** \brief One cell of the layout: a parcel (declared crop) or a background patch. */
struct Field
{
    int id = 0;            //!< FS_KENNUNG for parcels (1…), unique over the scene
    QPointF site;          //!< power-diagram site in scene pixels
    double weight = 0;     //!< power-diagram weight (px²): larger cells for larger weights
    Polygon polygon;       //!< convex cell in scene pixels (x east, y south from the NW corner)
    double area = 0;       //!< px²
    int trueCrop = -1;     //!< index into CropCatalogue::crops(); -1 for background
    int declaredCrop = -1; //!< what the farmer declared (≠ trueCrop's class when wrong)
    bool wrong = false;
    FieldTraits traits;

    bool isParcel() const { return trueCrop >= 0; }
};

/** \brief The dominant field of a pixel and the neighbour that shares a border pixel with it. */
struct PixelCover
{
    int field = -1;
    int neighbour = -1;
    float neighbourWeight = 0; //!< share of the pixel covered by the neighbour (0…0.5)
};

/**
 * \brief The fields of the whole study area: a power diagram (weighted Voronoi partition).
 *
 * Sites sit on a jittered grid of spacing SceneOptions::fieldSpacing() with random weights,
 * so cells are convex polygons of varying size (some small) with straight borders, as fields
 * are. A pixel belongs to the cell whose site has the least power distance from the pixel
 * centre, which is also the cell a rasterizer burns there (pixel-centre rule). Covers are
 * drawn so that each seed class gets its share of the parcel area; a set share of the crop
 * parcels carries a declaration of another class.
 */
class FieldLayout
{
public:
    static FieldLayout generate(const SceneOptions &options);

    int width() const { return m_width; }   //!< scene width in pixels (all tiles)
    int height() const { return m_height; }
    const QVector<Field> &fields() const { return m_fields; }

    /**
     * Fills \a out (width × height, row-major) with the cover of each pixel of the window
     * whose top-left scene pixel is (\a x0, \a y0). Thread-safe.
     */
    void render(int x0, int y0, int width, int height, std::vector<PixelCover> &out) const;

    /** Realised share of the parcel area per seed class (order of seedClasses()). */
    QVector<double> classAreaShares() const;

private:
    void buildIndex(const std::vector<int> &alive);
    void computePolygons();
    template<typename Visit>
    void forEachCandidate(double x, double y, Visit visit) const;

    int m_width = 0;
    int m_height = 0;
    double m_spacing = 1;
    int m_cellsX = 0;
    int m_cellsY = 0;
    QVector<Field> m_fields;
    std::vector<std::vector<int>> m_cellSites; //!< field indices per grid cell
};

} // namespace cropmap::core::synth
