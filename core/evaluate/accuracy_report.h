// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "evaluate/accuracy_metrics.h"
#include "evaluate/area_estimate.h"
#include "evaluate/confusion_matrix.h"
#include "select/selection_summary.h"
#include "thematic/class_table.h"

namespace cropmap::core::evaluate {

/** \brief Another model's (or another set's) confusion matrix shown beside the main one. */
struct ModelComparison
{
    QString label; //!< e.g. "weak model, test" or "final model, validation"
    ConfusionMatrix matrix;

    bool operator==(const ModelComparison &) const = default;
};

/** \brief A section a later step adds to the report (the declaration check's tables). */
struct ReportSection
{
    QString id;    //!< replaces an earlier section with the same id
    QString title;
    QString xhtml; //!< well-formed XHTML fragment, shown under the title
    bool operator==(const ReportSection &) const = default;
};

/**
 * \brief Everything an accuracy report shows; written as JSON, CSV and a self-contained HTML page.
 *
 * Only inputs are stored (matrices, mapped areas, the selection summary); metrics and area
 * estimates are derived, written into the JSON for readers and recomputed on reading, so a
 * report can never disagree with its own matrix.
 */
struct AccuracyReport
{
    QString title;
    QString referenceLabel; //!< what the rows are: "declarations", "synthetic truth", …
    thematic::ClassTable classes;
    ConfusionMatrix matrix; //!< rows = reference, columns = map
    //! The map's area per class (empty: no area-adjusted section) and its unit.
    std::vector<double> mappedArea;
    QString areaUnit;
    //! How the mapped areas were measured and the test pixels drawn (shown under the areas).
    QString areaNote;
    //! The test pixels' clusters (whole parcels), when known: the area estimates' standard
    //! errors are then computed at cluster level (AreaEstimate); empty: at pixel level.
    ClusterCounts clusters;
    std::vector<ModelComparison> comparisons;
    std::optional<select::SelectionSummary> selection;
    std::vector<ReportSection> sections; //!< shown after the selection, in order
    QJsonObject metadata; //!< free-form: inputs, model file, date, …

    AccuracyMetrics metrics() const { return AccuracyMetrics::compute(matrix); }
    /** Adds \a section, or replaces the one with its id. */
    void setSection(ReportSection section);
    //! Olofsson et al. (2014) estimates, when mappedArea is set.
    std::optional<AreaEstimate> areaEstimate() const;

    QJsonObject toJson() const;
    /** Reads toJson(); throws Error naming \a context when malformed or inconsistent. */
    static AccuracyReport fromJson(const QJsonObject &json, const QString &context);
    /** Per-class table; undefined values are written "n/a". */
    QByteArray toCsv() const;
    /** The HTML page (see renderAccuracyHtml()). */
    QByteArray toHtml() const;

    /** Paths written by write(). */
    struct Files
    {
        QString json;
        QString csv;
        QString html;
    };
    /**
     * Writes <folder>/<baseName>.json, .csv and .html, each atomically (a failed write leaves
     * any earlier report intact); throws Error naming the file.
     */
    Files write(const QString &folder, const QString &baseName = QStringLiteral("accuracy")) const;
};

} // namespace cropmap::core::evaluate
