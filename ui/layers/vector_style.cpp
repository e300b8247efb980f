// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/vector_style.h"

namespace cropmap::ui {

QJsonObject VectorStyle::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("mode")] =
        mode == Mode::Categorized ? QStringLiteral("categorized") : QStringLiteral("outline");
    json[QStringLiteral("outlineColour")] = outlineColour.name();
    json[QStringLiteral("outlineWidth")] = outlineWidth;
    json[QStringLiteral("attribute")] = attribute;
    QJsonObject categoryColours;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        categoryColours[it.key()] = it.value().name();
    json[QStringLiteral("categories")] = categoryColours;
    json[QStringLiteral("otherColour")] = otherColour.name();
    json[QStringLiteral("fillOpacity")] = fillOpacity;
    json[QStringLiteral("labelAttribute")] = labelAttribute;
    json[QStringLiteral("labelColour")] = labelColour.name();
    return json;
}

VectorStyle VectorStyle::fromJson(const QJsonObject &json, const VectorStyle &defaults)
{
    VectorStyle style = defaults;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("categorized"))
        style.mode = Mode::Categorized;
    else if (mode == QLatin1String("outline"))
        style.mode = Mode::Outline;
    const auto colour = [&json](const QString &key, const QColor &fallback) {
        const QColor value(json.value(key).toString());
        return value.isValid() ? value : fallback;
    };
    style.outlineColour = colour(QStringLiteral("outlineColour"), style.outlineColour);
    style.outlineWidth = json.value(QStringLiteral("outlineWidth")).toDouble(style.outlineWidth);
    style.attribute = json.value(QStringLiteral("attribute")).toString(style.attribute);
    const QJsonObject categories = json.value(QStringLiteral("categories")).toObject();
    if (!categories.isEmpty()) {
        style.categories.clear();
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            const QColor value(it.value().toString());
            if (value.isValid())
                style.categories.insert(it.key(), value);
        }
    }
    style.otherColour = colour(QStringLiteral("otherColour"), style.otherColour);
    style.fillOpacity = json.value(QStringLiteral("fillOpacity")).toDouble(style.fillOpacity);
    style.labelAttribute =
        json.value(QStringLiteral("labelAttribute")).toString(style.labelAttribute);
    style.labelColour = colour(QStringLiteral("labelColour"), style.labelColour);
    return style;
}

} // namespace cropmap::ui
