// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace cropmap::ui {

/**
 * \brief The style of a vector (parcel) layer: outlines, or fills by a categorical attribute.
 *
 * In Categorized mode each feature is filled with categories[value of attribute]; the
 * values come from a legend (declared value → class colour). Labels show labelAttribute
 * where a feature is wide enough on screen for its text, so they appear when zoomed in.
 */
struct VectorStyle
{
    enum class Mode { Outline, Categorized };

    Mode mode = Mode::Outline;
    QColor outlineColour = QColor(255, 230, 0);
    double outlineWidth = 1.5; //!< logical pixels
    QString attribute;
    QMap<QString, QColor> categories;
    QColor otherColour = QColor(180, 180, 180); //!< values without a category
    double fillOpacity = 0.6;
    QString labelAttribute;
    QColor labelColour = Qt::white;

    QJsonObject toJson() const;
    static VectorStyle fromJson(const QJsonObject &json, const VectorStyle &defaults);
};

} // namespace cropmap::ui
