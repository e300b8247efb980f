// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace cropmap::core::thematic {

/** \brief A target class of the map legend: id burnt into rasters, name and colour. */
struct TargetClass
{
    int id = 0;       //!< 1…255; 0 means "no class" (nodata) in every raster
    QString name;
    QString colour;   //!< "#rrggbb"

    bool operator==(const TargetClass &) const = default;
};

/**
 * \brief The ordered list of target classes a map, a sample set or a model speaks about.
 *
 * Models predict class *indices* 0…U−1 in this order; rasters store class *ids*.
 */
class ClassTable
{
public:
    ClassTable() = default;
    explicit ClassTable(QVector<TargetClass> classes);

    const QVector<TargetClass> &classes() const { return m_classes; }
    int size() const { return int(m_classes.size()); }
    bool isEmpty() const { return m_classes.isEmpty(); }
    const TargetClass &at(int index) const { return m_classes.at(index); }

    //! Index of the class with \a id, or -1.
    int indexOfId(int id) const;
    //! Index of the class named \a name (case-insensitive), or -1.
    int indexOfName(const QString &name) const;
    QStringList names() const;

    QJsonArray toJson() const;
    /** Reads [{"id":…,"name":…,"colour":…}, …]; throws Error (naming \a context) when malformed. */
    static ClassTable fromJson(const QJsonArray &array, const QString &context);

    /** The 15 classes of the seed (Weikmann et al.), ids 1…15, with distinct colours. */
    static ClassTable seedClasses();

    bool operator==(const ClassTable &) const = default;

    /**
     * Throws Error naming \a modelName, \a dataName and both tables (ids, names, order)
     * unless \a data equals this table: a model's class indices mean nothing on samples
     * labelled by another table, even one of the same size.
     */
    void requireSame(const ClassTable &data, const QString &modelName, const QString &dataName) const;

private:
    QVector<TargetClass> m_classes;
};

} // namespace cropmap::core::thematic
