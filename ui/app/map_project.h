// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace cropmap::ui {

/** \brief One layer of a project file: what to open and how to draw it. */
struct ProjectLayer
{
    QString type; //!< "raster" or "vector"
    QString source; //!< absolute path (stored relative to the project file)
    QString name;
    bool visible = true;
    double opacity = 1.0;
    QJsonObject style;
};

/** \brief The view saved with a project. */
struct ProjectView
{
    QPointF centre;
    double mapUnitsPerPixel = 1.0;
};

/**
 * \brief A project file: JSON with the layers under "layers" (topmost first) and the view
 * under "view".
 *
 * Other parts of cropmap keep their own keys in the same file (pipeline options, legend);
 * the document keeps every key it read, so saving the map never loses them.
 */
class MapProject
{
public:
    /** Reads \a path; throws core::Error naming the file when it is not a project. */
    static MapProject read(const QString &path);
    /** Writes to \a path atomically, sources relative to its folder. Throws core::Error. */
    void write(const QString &path) const;

    QList<ProjectLayer> layers; //!< topmost first
    std::optional<ProjectView> view;
    QJsonObject document; //!< the whole file as read, for keys this class does not know
};

} // namespace cropmap::ui
