// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "check/check_options.h"
#include "check/parcel_pixel_reader.h"
#include "check/parcel_verdicts.h"
#include "check/series_envelope.h"
#include "pipeline/project.h"
#include "layers/vector_layer.h"
#include "sampling/sample_set.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cropmap::ui {

class LayerTreeModel;
class MapCanvas;
class ParcelFilterModel;
class ParcelSeriesPlot;
class ParcelTableModel;
class VectorLayer;

/**
 * \brief The Parcels dock: the declaration check of the open project, parcel by parcel.
 *
 * Reads `<output>/check/parcels.gpkg` into a sortable, filterable table whose statuses follow
 * the thresholds set here (no re-run: agreement and mapped pixels are in the GeoPackage), and
 * shows the parcels on the map coloured by status. Selecting a parcel zooms to it, outlines it
 * and plots its monthly series (median of its pixels in the tile's stack) against the
 * envelopes of the declared class and of the class the map proposes, taken from the reliable
 * samples (`select/final_train.samples`). N / P (or Ctrl+Down / Ctrl+Up) step through the
 * doubtful and disagreeing parcels in the table's order.
 *
 * Verdicts and notes, keyed by the stable parcel key, and the thresholds are written to the
 * project file at once (its "verdicts" and "check" sections, every other key as it was read
 * from the file); "Export verdicts" writes them into parcels.gpkg, which the check step also
 * does on every run.
 */
class ParcelsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParcelsPanel(QWidget *parent = nullptr);
    ~ParcelsPanel() override;

    //! The map the overlay and the zoom go to (none: the panel keeps its layer to itself).
    void setMap(MapCanvas *canvas, LayerTreeModel *layers);
    //! Shows the check of \a project: its thresholds, verdicts and parcels.gpkg.
    void setProject(const core::pipeline::Project &project);
    //! Re-reads parcels.gpkg (after a run of the check step), keeping the selection.
    void reload();

    ParcelTableModel *model() const { return m_model; }
    ParcelFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ParcelSeriesPlot *seriesPlot() const { return m_plot; }
    VectorLayer *overlay() const { return m_overlay; }
    //! Index in model() of the selected parcel, or −1.
    int currentParcel() const;
    void selectParcel(int modelRow);
    //! Moves to the next (previous) doubtful or disagreeing parcel in the table's order.
    bool stepFlagged(bool forward);
    void setThresholds(const core::check::CheckOptions &thresholds);
    void setVerdict(core::check::Verdict verdict);
    void setNote(const QString &note);
    //! Writes the verdicts into parcels.gpkg; false after telling the user.
    bool exportVerdicts();
    QString plottedSeries() const;
    void setPlottedSeries(const QString &name);
    QString message() const;

Q_SIGNALS:
    //! The project file was rewritten (thresholds or verdicts): the Pipeline dock's copy follows.
    void projectSaved(const core::pipeline::Project &project);

private:
    void buildThresholds(QWidget *box);
    void buildDetails(QWidget *box);
    void thresholdsEdited();
    void saveProject(bool withThresholds);
    void updateCounts();
    void recolourOverlay();
    void showCurrent();
    void showVerdictOf(int row);
    void plotCurrent();
    const core::sampling::SampleSet *reliableSamples();
    core::check::SeriesEnvelope classEnvelope(int classId, const QString &series);
    QString gpkgPath() const;

    std::optional<core::pipeline::Project> m_project;
    ParcelTableModel *m_model = nullptr;
    ParcelFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_counts = nullptr;
    QDoubleSpinBox *m_agree = nullptr;
    QDoubleSpinBox *m_disagree = nullptr;
    QSpinBox *m_minPixels = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_details = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_export = nullptr;
    QComboBox *m_series = nullptr;
    ParcelSeriesPlot *m_plot = nullptr;
    QPointer<MapCanvas> m_canvas;
    QPointer<LayerTreeModel> m_layers;
    QPointer<VectorLayer> m_overlay;
    std::unique_ptr<VectorLayer> m_ownOverlay; //!< without a map
    bool m_filling = false;
    // Read on first use, per project: the reliable samples and their envelopes.
    std::optional<core::sampling::SampleSet> m_samples;
    bool m_samplesTried = false;
    QHash<QString, core::check::SeriesEnvelope> m_envelopes;
    QString m_pixelsKey; //!< the parcel whose pixels m_pixels holds
    core::check::ParcelPixels m_pixels;
};

} // namespace cropmap::ui
