// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/class_table.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "util/error.h"

namespace cropmap::core::thematic {

ClassTable::ClassTable(QVector<TargetClass> classes)
    : m_classes(std::move(classes))
{}

int ClassTable::indexOfId(int id) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_classes[i].id == id)
            return i;
    }
    return -1;
}

int ClassTable::indexOfName(const QString &name) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_classes[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList ClassTable::names() const
{
    QStringList result;
    for (const TargetClass &c : m_classes)
        result << c.name;
    return result;
}

QJsonArray ClassTable::toJson() const
{
    QJsonArray array;
    for (const TargetClass &c : m_classes)
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("colour"), c.colour}});
    return array;
}

ClassTable ClassTable::fromJson(const QJsonArray &array, const QString &context)
{
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QVector<TargetClass> classes;
    QSet<int> ids;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        TargetClass c;
        c.id = o.value(QStringLiteral("id")).toInt(-1);
        c.name = o.value(QStringLiteral("name")).toString();
        c.colour = o.value(QStringLiteral("colour")).toString(QStringLiteral("#808080"));
        if (c.id < 1 || c.id > 255 || c.name.isEmpty() || !colourPattern.match(c.colour).hasMatch()) {
            throw Error(QCoreApplication::translate(
                            "cropmap::core::thematic",
                            "%1: class %2 needs an id in 1…255, a name and a colour #rrggbb")
                            .arg(context)
                            .arg(i + 1));
        }
        if (ids.contains(c.id)) {
            throw Error(QCoreApplication::translate("cropmap::core::thematic",
                                                    "%1: class id %2 appears twice")
                            .arg(context)
                            .arg(c.id));
        }
        ids.insert(c.id);
        classes.push_back(c);
    }
    return ClassTable(classes);
}

ClassTable ClassTable::seedClasses()
{
    // The 15 classes of the seed's Table 1, in its order; colours chosen to stay apart.
    const QVector<TargetClass> classes = {
        {1, QStringLiteral("Legumes"), QStringLiteral("#a6cee3")},
        {2, QStringLiteral("Grassland"), QStringLiteral("#33a02c")},
        {3, QStringLiteral("Maize"), QStringLiteral("#ffd92f")},
        {4, QStringLiteral("Potato"), QStringLiteral("#b15928")},
        {5, QStringLiteral("Sunflower"), QStringLiteral("#ff7f00")},
        {6, QStringLiteral("Soybean"), QStringLiteral("#cab2d6")},
        {7, QStringLiteral("Winter Barley"), QStringLiteral("#1f78b4")},
        {8, QStringLiteral("Winter Caraway"), QStringLiteral("#6a3d9a")},
        {9, QStringLiteral("Rapeseed"), QStringLiteral("#ffff99")},
        {10, QStringLiteral("Winter Sugar Beet"), QStringLiteral("#e31a1c")},
        {11, QStringLiteral("Beet"), QStringLiteral("#fb9a99")},
        {12, QStringLiteral("Spring Cereals"), QStringLiteral("#fdbf6f")},
        {13, QStringLiteral("Winter Wheat"), QStringLiteral("#b2df8a")},
        {14, QStringLiteral("Triticale"), QStringLiteral("#8dd3c7")},
        {15, QStringLiteral("Permanent Plantations"), QStringLiteral("#1b9e77")},
    };
    return ClassTable(classes);
}

void ClassTable::requireSame(const ClassTable &data, const QString &modelName,
                             const QString &dataName) const
{
    if (*this == data)
        return;
    const auto describe = [](const ClassTable &table) {
        QStringList items;
        for (const TargetClass &c : table.classes())
            items << QStringLiteral("%1 %2").arg(c.id).arg(c.name);
        return items.join(QStringLiteral(", "));
    };
    throw Error(QCoreApplication::translate("cropmap::core::thematic",
                                            "%1 and %2 have different class tables (ids, names "
                                            "or order): %3 / %4")
                    .arg(modelName, dataName, describe(*this), describe(data)));
}

} // namespace cropmap::core::thematic
