// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "thematic/class_table.h"
#include "thematic/legend_aggregation.h"

namespace cropmap::core::sampling {

/** \brief How the label column of a sample table names a class. */
enum class SampleTableLabels {
    Auto, //!< a class name, else an integer class id
    Name, //!< class names only (case-insensitive)
    Code  //!< integer class ids only
};

/**
 * \brief Turns the labels of a sample table into class indices.
 *
 * With a legend, a label goes through the legend's mapping first, exactly as a parcel's
 * declared value does (a table labelled with crop codes or declared crop names needs no
 * rewriting): a mapped value gives its class, a value mapped to "ignore" leaves the sample
 * unlabelled (−1). A label the mapping does not list is looked up by class name or class id
 * (code), and anything else is an error naming the line. Without classes, the table defines
 * them: one per distinct label in order of appearance, integer codes keeping their value as
 * class id (so a table labelled with a national crop code keeps the codes), names numbered
 * 1, 2, ….
 */
class SampleLabelResolver
{
public:
    /** \a mapping's class ids are looked up in \a legend (by id, else by the class's name). */
    SampleLabelResolver(thematic::ClassTable legend, SampleTableLabels labels, QString path,
                        thematic::LegendAggregation mapping = {});

    /** Class index of \a label read on \a line; −1 (unlabelled) for an empty label or one
     *  the mapping sends to "ignore". */
    int classIndex(const QString &label, int line);
    /** The legend, or the classes collected so far. */
    const thematic::ClassTable &classes() const { return m_classes; }
    /** How many labels read so far the mapping sent to "ignore". */
    qint64 ignoredCount() const { return m_ignored; }

private:
    int mapped(const QString &label, int line) const;
    int lookUp(const QString &label, int line) const;
    int collect(const QString &label, int line);

    static constexpr int kNotMapped = -2;

    thematic::ClassTable m_classes;
    SampleTableLabels m_labels;
    bool m_collect;
    QString m_path;
    thematic::LegendAggregation m_mapping;
    QHash<QString, int> m_cache;
    qint64 m_ignored = 0;
};

} // namespace cropmap::core::sampling
