// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legend_document.h"

#include <functional>

#include <QUndoCommand>
#include <QUndoStack>

namespace cropmap::ui {

using core::thematic::ClassTable;
using core::thematic::DeclaredValue;
using core::thematic::LegendAggregation;
using core::thematic::TargetClass;

namespace {

/** \a legend with the classes \a classes and each mapped id passed through \a remap. */
LegendAggregation rebuilt(const LegendAggregation &legend, const QVector<TargetClass> &classes,
                          const std::function<int(int)> &remap)
{
    LegendAggregation result(legend.field(), ClassTable(classes));
    for (const QString &value : legend.values())
        result.setMapping(value, remap(legend.classIdOf(value)));
    return result;
}

int identity(int id)
{
    return id;
}

} // namespace

/** \brief One edit of the legend: the table before and after. */
class LegendDocument::EditCommand : public QUndoCommand
{
public:
    EditCommand(LegendDocument *document, LegendAggregation before, LegendAggregation after,
                const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }

private:
    LegendDocument *m_document;
    LegendAggregation m_before;
    LegendAggregation m_after;
};

LegendDocument::LegendDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

LegendDocument::~LegendDocument() = default;

void LegendDocument::reset(const LegendAggregation &legend)
{
    m_undo->clear();
    apply(legend);
}

void LegendDocument::setDeclaredValues(const QVector<DeclaredValue> &values)
{
    m_declared = values;
    Q_EMIT changed();
}

void LegendDocument::apply(const LegendAggregation &legend)
{
    m_legend = legend;
    Q_EMIT changed();
}

void LegendDocument::push(const LegendAggregation &after, const QString &description)
{
    m_undo->push(new EditCommand(this, m_legend, after, description));
}

bool LegendDocument::reject(const QString &reason)
{
    Q_EMIT editRejected(reason);
    return false;
}

QStringList LegendDocument::allValues() const
{
    QStringList values;
    for (const DeclaredValue &d : m_declared)
        values << d.value.trimmed();
    for (const QString &value : m_legend.values()) {
        if (!values.contains(value))
            values << value;
    }
    return values;
}

DeclaredValue LegendDocument::statistics(const QString &value) const
{
    for (const DeclaredValue &d : m_declared) {
        if (d.value.trimmed() == value.trimmed())
            return d;
    }
    return DeclaredValue{value, 0, 0, {}};
}

DeclaredValue LegendDocument::classStatistics(int id) const
{
    DeclaredValue sum;
    for (const DeclaredValue &d : m_declared) {
        if (m_legend.classIdOf(d.value) == id) {
            sum.parcels += d.parcels;
            sum.areaHa += d.areaHa;
        }
    }
    return sum;
}

QMap<QString, QColor> LegendDocument::valueColours() const
{
    QMap<QString, QColor> colours;
    const ClassTable &classes = m_legend.classes();
    for (const QString &value : allValues()) {
        const int index = classes.indexOfId(m_legend.classIdOf(value));
        if (index >= 0)
            colours.insert(value, QColor(classes.at(index).colour));
    }
    return colours;
}

void LegendDocument::assign(const QStringList &values, int classId)
{
    if (values.isEmpty())
        return;
    LegendAggregation after = m_legend;
    for (const QString &value : values)
        after.setMapping(value, classId);
    const int index = m_legend.classes().indexOfId(classId);
    const QString target = index >= 0 ? m_legend.classes().at(index).name : tr("ignore");
    push(after, values.size() == 1 ? tr("Assign \"%1\" to %2").arg(values.first(), target)
                                   : tr("Assign %n values to %1", nullptr, int(values.size())).arg(target));
}

int LegendDocument::addClass(const QString &name, const QColor &colour)
{
    const ClassTable &classes = m_legend.classes();
    if (name.trimmed().isEmpty())
        return reject(tr("A class needs a name")), 0;
    if (classes.indexOfName(name.trimmed()) >= 0)
        return reject(tr("There is already a class named \"%1\"").arg(name.trimmed())), 0;
    int id = 1;
    while (classes.indexOfId(id) >= 0)
        ++id;
    // Class ids are burnt into 8-bit rasters where 0 means "no class".
    if (id > 255)
        return reject(tr("A legend holds at most 255 classes")), 0;
    QVector<TargetClass> list = classes.classes();
    list.push_back({id, name.trimmed(), colour.name()});
    push(rebuilt(m_legend, list, identity), tr("Add class \"%1\"").arg(name.trimmed()));
    return id;
}

bool LegendDocument::renameClass(int id, const QString &name)
{
    const ClassTable &classes = m_legend.classes();
    const int index = classes.indexOfId(id);
    const QString trimmed = name.trimmed();
    if (index < 0 || trimmed == classes.at(index).name)
        return false;
    if (trimmed.isEmpty())
        return reject(tr("A class needs a name"));
    const int other = classes.indexOfName(trimmed);
    if (other >= 0 && other != index)
        return reject(tr("There is already a class named \"%1\"").arg(trimmed));
    QVector<TargetClass> list = classes.classes();
    const QString old = list[index].name;
    list[index].name = trimmed;
    push(rebuilt(m_legend, list, identity), tr("Rename class \"%1\" to \"%2\"").arg(old, trimmed));
    return true;
}

bool LegendDocument::recolourClass(int id, const QColor &colour)
{
    const int index = m_legend.classes().indexOfId(id);
    if (index < 0 || !colour.isValid() || QColor(m_legend.classes().at(index).colour) == colour)
        return false;
    QVector<TargetClass> list = m_legend.classes().classes();
    list[index].colour = colour.name();
    push(rebuilt(m_legend, list, identity), tr("Change the colour of \"%1\"").arg(list[index].name));
    return true;
}

bool LegendDocument::mergeClasses(int keptId, const QList<int> &mergedIds)
{
    const ClassTable &classes = m_legend.classes();
    const int keptIndex = classes.indexOfId(keptId);
    QList<int> merged = mergedIds;
    merged.removeAll(keptId);
    if (keptIndex < 0 || merged.isEmpty())
        return reject(tr("Select at least two classes to merge"));
    QVector<TargetClass> list;
    QStringList names;
    for (const TargetClass &c : classes.classes()) {
        if (merged.contains(c.id))
            names << c.name;
        else
            list.push_back(c);
    }
    push(rebuilt(m_legend, list, [&](int id) { return merged.contains(id) ? keptId : id; }),
         tr("Merge %1 into \"%2\"").arg(names.join(QStringLiteral(", ")), classes.at(keptIndex).name));
    return true;
}

bool LegendDocument::deleteClass(int id)
{
    const int index = m_legend.classes().indexOfId(id);
    if (index < 0)
        return false;
    QVector<TargetClass> list = m_legend.classes().classes();
    const QString name = list[index].name;
    list.removeAt(index);
    push(rebuilt(m_legend, list, [id](int old) { return old == id ? LegendAggregation::Ignore : old; }),
         tr("Delete class \"%1\"").arg(name));
    return true;
}

void LegendDocument::replace(const LegendAggregation &legend, const QString &description)
{
    push(legend, description);
}

} // namespace cropmap::ui
