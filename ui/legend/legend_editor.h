// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "thematic/parcel_layer.h"

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace cropmap::core::thematic {
class ClassTable;
}

namespace cropmap::ui {

class DeclaredValueModel;
class LegendDocument;
class PriorChart;
class TargetClassModel;

/**
 * \brief The legend editor dock: declared values → target classes, the classes themselves,
 * and the live prior chart of the sampling plan.
 *
 * Every edit (assigning values, adding, renaming, recolouring, merging or deleting classes,
 * importing) is one step of undoStack(). The declared values of the parcel layer are counted
 * on a pool thread (ParcelLayer::declaredValues), so a large layer never blocks the window.
 * Import errors (a bad CSV row) go through ErrorReporter naming the file and line, and leave
 * the legend as it was.
 */
class LegendEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LegendEditor(QWidget *parent = nullptr);
    ~LegendEditor() override;

    LegendDocument *document() const { return m_document; }
    QUndoStack *undoStack() const;
    DeclaredValueModel *valueModel() const { return m_values; }
    TargetClassModel *classModel() const { return m_classes; }
    QSortFilterProxyModel *valueProxy() const { return m_proxy; }
    QTableView *valueView() const { return m_valueView; }
    QTableView *classView() const { return m_classView; }
    QLineEdit *filterEdit() const { return m_filter; }
    PriorChart *chart() const { return m_chart; }

    /** The parcel file whose declared values are edited, and its attribute names. */
    void setParcelSource(const QString &path, const QStringList &fields);
    const QString &parcelPath() const { return m_parcelPath; }
    /** Counts the declared values of \a field on a pool thread; the table fills when done. */
    void setField(const QString &field);
    QString field() const;
    bool isLoading() const { return m_watcher.isRunning(); }

    /** Replaces the legend (undoably) by the file \a path; false after telling the user. */
    bool importLegend(const QString &path);
    bool exportLegend(const QString &path);
    /** Starts editing the legend file \a path (no undo history). False after telling the user. */
    bool openLegend(const QString &path);
    const QString &legendPath() const { return m_legendPath; }
    /** Writes the legend back to legendPath() (atomically); false after telling the user. */
    bool saveLegend();

    //! Assigns the selected declared values (after filtering) to class \a classId (0 = ignore).
    void assignSelection(int classId);
    //! Merges the classes selected in the class table into the first of them.
    void mergeSelectedClasses();
    void deleteSelectedClasses();

    //! "ignore" (data 0) and each class of \a classes with its colour (data: the id).
    static void fillClassCombo(QComboBox *combo, const core::thematic::ClassTable &classes);

Q_SIGNALS:
    //! The legend or the declared values changed: recolour the parcels.
    void legendChanged();
    void declaredValuesLoaded();
    //! The legend file \a path was written (the steps that read it are now out of date).
    void legendSaved(const QString &path);

private:
    struct Count
    {
        QVector<core::thematic::DeclaredValue> values;
        QString error;
    };
    QWidget *createValuePane();
    QWidget *createClassPane();
    void addClassInteractively();
    void pickColour(const QModelIndex &index);
    void chooseAndImport();
    void chooseAndExport();
    void countFinished();
    QList<int> selectedClassIds() const;

    LegendDocument *m_document = nullptr;
    DeclaredValueModel *m_values = nullptr;
    TargetClassModel *m_classes = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_valueView = nullptr;
    QTableView *m_classView = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_fieldCombo = nullptr;
    QComboBox *m_assignCombo = nullptr;
    PriorChart *m_chart = nullptr;
    QString m_parcelPath;
    QString m_legendPath;
    QFutureWatcher<Count> m_watcher;
};

} // namespace cropmap::ui
