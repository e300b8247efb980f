// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <vector>

#include <QJsonObject>
#include <QtGlobal>

#include "evaluate/confusion_matrix.h"
#include "thematic/class_table.h"

namespace cropmap::core::evaluate {

/** \brief Per-class accuracy; NaN marks a value that is undefined ("n/a" in reports). */
struct ClassAccuracy
{
    qint64 referenceCount = 0; //!< row sum
    qint64 predictedCount = 0; //!< column sum
    qint64 correct = 0;        //!< diagonal
    //! PA (recall) = correct / referenceCount; NaN when the class is absent from the reference
    double producersAccuracy = std::numeric_limits<double>::quiet_NaN();
    //! UA (precision) = correct / predictedCount; NaN when the class is never predicted
    double usersAccuracy = std::numeric_limits<double>::quiet_NaN();
    //! F1 = 2·correct / (referenceCount + predictedCount); NaN when absent from the reference
    double f1 = std::numeric_limits<double>::quiet_NaN();

    bool inReference() const { return referenceCount > 0; }
};

/**
 * \brief The accuracy figures of a confusion matrix (DESIGN.md §2 "Evaluation").
 *
 * Conventions, chosen so that a class the map misses entirely is punished and a class the test
 * set lacks is not invented:
 * - A class present in the reference but never predicted has UA undefined (NaN, "n/a") and
 *   F1 = 0 (from F1 = 2·n_uu / (n_u· + n_·u), which equals the harmonic mean of PA and UA
 *   wherever both exist), and it counts in macro and minimum F1.
 * - A class absent from the reference has PA and F1 undefined and is left out of macro and
 *   minimum F1; if the map predicts it, those pixels still lower OA, kappa and the PA of their
 *   true classes, and its own UA is 0.
 * - Macro F1 is the unweighted mean of F1 over the classes present in the reference; minimum
 *   F1 the smallest of them. An empty matrix gives NaN everywhere.
 * - Kappa = (p_o − p_e) / (1 − p_e), p_e = Σ_u n_u· n_·u / n² (Cohen 1960); NaN when p_e = 1.
 */
struct AccuracyMetrics
{
    qint64 total = 0;
    double overallAccuracy = std::numeric_limits<double>::quiet_NaN();
    double kappa = std::numeric_limits<double>::quiet_NaN();
    double macroF1 = std::numeric_limits<double>::quiet_NaN();
    double minF1 = std::numeric_limits<double>::quiet_NaN();
    int minF1Class = -1; //!< class index reaching minF1, −1 if none
    int classesInReference = 0;
    std::vector<ClassAccuracy> perClass;

    static AccuracyMetrics compute(const ConfusionMatrix &matrix);

    /** {"total", "overall_accuracy", "kappa", "macro_f1", "min_f1", "min_f1_class", "classes": [...]} */
    QJsonObject toJson(const thematic::ClassTable &classes) const;
};

//! A finite value as a JSON number, NaN or infinity as null.
QJsonValue jsonNumber(double value);
//! A JSON number, or NaN for null or a missing key.
double numberFromJson(const QJsonValue &value);

} // namespace cropmap::core::evaluate
