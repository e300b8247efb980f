// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/sample_label_resolver.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

} // namespace

SampleLabelResolver::SampleLabelResolver(thematic::ClassTable legend, SampleTableLabels labels,
                                         QString path, thematic::LegendAggregation mapping)
    : m_classes(std::move(legend))
    , m_labels(labels)
    , m_collect(m_classes.isEmpty())
    , m_path(std::move(path))
    , m_mapping(std::move(mapping))
{}

int SampleLabelResolver::classIndex(const QString &label, int line)
{
    if (label.isEmpty())
        return -1;
    auto known = m_cache.constFind(label);
    if (known == m_cache.constEnd()) {
        int index = mapped(label, line);
        if (index == kNotMapped)
            index = m_collect ? collect(label, line) : lookUp(label, line);
        known = m_cache.insert(label, index);
    }
    // A non-empty label is unlabelled only when the mapping says "ignore".
    if (known.value() < 0)
        ++m_ignored;
    return known.value();
}

int SampleLabelResolver::mapped(const QString &label, int line) const
{
    const int id = m_mapping.size() > 0 ? m_mapping.classIdOf(label)
                                        : thematic::LegendAggregation::Unknown;
    if (id == thematic::LegendAggregation::Unknown)
        return kNotMapped;
    if (id == thematic::LegendAggregation::Ignore)
        return -1;
    // The classes may be a model's rather than the legend's own: the class name is the key
    // they share, the id the fallback.
    const thematic::ClassTable &own = m_mapping.classes();
    const int ownIndex = own.indexOfId(id);
    int index = ownIndex >= 0 ? m_classes.indexOfName(own.at(ownIndex).name) : -1;
    if (index < 0)
        index = m_classes.indexOfId(id);
    if (index < 0)
        throw Error(tr("\"%1\", line %2: the legend maps label \"%3\" to class %4, which is not "
                       "among the classes (%5)")
                        .arg(m_path)
                        .arg(line)
                        .arg(label, ownIndex >= 0 ? own.at(ownIndex).name : QString::number(id),
                             m_classes.names().join(u", ")));
    return index;
}

int SampleLabelResolver::lookUp(const QString &label, int line) const
{
    int index = -1;
    if (m_labels != SampleTableLabels::Code)
        index = m_classes.indexOfName(label);
    bool isCode = false;
    const int code = label.toInt(&isCode);
    if (index < 0 && isCode && m_labels != SampleTableLabels::Name)
        index = m_classes.indexOfId(code);
    if (index < 0)
        throw Error(tr("\"%1\", line %2: unknown label \"%3\": %4 (classes: %5)")
                        .arg(m_path)
                        .arg(line)
                        .arg(label,
                             m_mapping.size() > 0 ? tr("neither a value of the legend's mapping nor a class")
                                                  : tr("not a class"),
                             m_classes.names().join(u", ")));
    return index;
}

int SampleLabelResolver::collect(const QString &label, int line)
{
    bool isCode = false;
    const int code = label.toInt(&isCode);
    if (m_labels == SampleTableLabels::Code && !isCode)
        throw Error(tr("\"%1\", line %2: label \"%3\" is not an integer class code")
                        .arg(m_path)
                        .arg(line)
                        .arg(label));
    int id = isCode && code >= 1 && code <= 255 && m_classes.indexOfId(code) < 0 ? code : 1;
    while (m_classes.indexOfId(id) >= 0)
        ++id;
    if (id > 255)
        throw Error(tr("\"%1\", line %2: more than 255 distinct labels").arg(m_path).arg(line));
    QVector<thematic::TargetClass> classes = m_classes.classes();
    const thematic::ClassTable palette = thematic::ClassTable::seedClasses();
    classes.append({id, label, palette.at(int(classes.size()) % palette.size()).colour});
    m_classes = thematic::ClassTable(classes);
    return int(classes.size()) - 1;
}

} // namespace cropmap::core::sampling
