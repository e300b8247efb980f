// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QMap>
#include <QObject>
#include <QVector>

#include "thematic/legend_aggregation.h"
#include "thematic/parcel_layer.h"

class QUndoStack;

namespace cropmap::ui {

/**
 * \brief The legend being edited: the aggregation table, the declared values of the parcel
 * layer it is for (parcel count and area), and the undo stack of every edit.
 *
 * Each edit replaces the whole LegendAggregation by an edited copy inside one QUndoCommand:
 * legends hold hundreds of rows at most, so snapshots are cheap and undo can never drift
 * from what the edit did. Invalid edits (a duplicate class name, no free class id) change
 * nothing and emit editRejected() with a translated reason.
 */
class LegendDocument : public QObject
{
    Q_OBJECT

public:
    using LegendAggregation = core::thematic::LegendAggregation;

    explicit LegendDocument(QObject *parent = nullptr);
    ~LegendDocument() override;

    const LegendAggregation &legend() const { return m_legend; }
    QUndoStack *undoStack() const { return m_undo; }

    /** Starts editing \a legend afresh: the undo history is cleared. */
    void reset(const LegendAggregation &legend);
    /** The parcels' declared values (from ParcelLayer::declaredValues), for counts and areas. */
    void setDeclaredValues(const QVector<core::thematic::DeclaredValue> &values);
    const QVector<core::thematic::DeclaredValue> &declaredValues() const { return m_declared; }

    //! Every value to show: the parcels' declared values, then legend rows no parcel has.
    QStringList allValues() const;
    //! Parcel count and area of \a value (zero when no parcel declares it).
    core::thematic::DeclaredValue statistics(const QString &value) const;
    //! Parcel count and area of the values mapped to class \a id.
    core::thematic::DeclaredValue classStatistics(int id) const;
    //! Fill colour of each mapped value, for the parcel layer (ignored values are left out).
    QMap<QString, QColor> valueColours() const;

    // Undoable edits; each one is one step of the undo stack.
    void assign(const QStringList &values, int classId);
    //! Adds a class with the smallest free id; returns it, or 0 when rejected.
    int addClass(const QString &name, const QColor &colour);
    bool renameClass(int id, const QString &name);
    bool recolourClass(int id, const QColor &colour);
    //! Maps the values of \a mergedIds to \a keptId and removes those classes.
    bool mergeClasses(int keptId, const QList<int> &mergedIds);
    //! Removes class \a id; its values become "ignore".
    bool deleteClass(int id);
    //! Replaces the whole legend (an import), undoably.
    void replace(const LegendAggregation &legend, const QString &description);

Q_SIGNALS:
    void changed();
    void editRejected(const QString &reason);

private:
    class EditCommand;
    void apply(const LegendAggregation &legend); //!< used by the commands
    void push(const LegendAggregation &after, const QString &description);
    bool reject(const QString &reason);

    LegendAggregation m_legend;
    QVector<core::thematic::DeclaredValue> m_declared;
    QUndoStack *m_undo = nullptr;
};

} // namespace cropmap::ui
