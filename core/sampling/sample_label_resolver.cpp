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
                                         QString path)
    : m_classes(std::move(legend))
    , m_labels(labels)
    , m_collect(m_classes.isEmpty())
    , m_path(std::move(path))
{}

int SampleLabelResolver::classIndex(const QString &label, int line)
{
    if (label.isEmpty())
        return -1;
    const auto known = m_cache.constFind(label);
    if (known != m_cache.constEnd())
        return known.value();
    const int index = m_collect ? collect(label, line) : lookUp(label, line);
    m_cache.insert(label, index);
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
        throw Error(tr("\"%1\", line %2: unknown label \"%3\" (classes: %4)")
                        .arg(m_path)
                        .arg(line)
                        .arg(label, m_classes.names().join(u", ")));
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
