// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "thematic/class_table.h"

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
 * With a legend, a label is looked up by name or by class id (code), and anything else is an
 * error naming the line. Without one, the table defines its classes: one per distinct label
 * in order of appearance, integer codes keeping their value as class id (so a table labelled
 * with a national crop code keeps the codes), names numbered 1, 2, ….
 */
class SampleLabelResolver
{
public:
    SampleLabelResolver(thematic::ClassTable legend, SampleTableLabels labels, QString path);

    /** Class index of \a label read on \a line; −1 (unlabelled) for an empty label. */
    int classIndex(const QString &label, int line);
    /** The legend, or the classes collected so far. */
    const thematic::ClassTable &classes() const { return m_classes; }

private:
    int lookUp(const QString &label, int line) const;
    int collect(const QString &label, int line);

    thematic::ClassTable m_classes;
    SampleTableLabels m_labels;
    bool m_collect;
    QString m_path;
    QHash<QString, int> m_cache;
};

} // namespace cropmap::core::sampling
