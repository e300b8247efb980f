// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "pipeline/input_snapshot.h"

namespace cropmap::core::pipeline {

/** \brief Whether a step's record still holds, and if not, why (for a tooltip or the log). */
struct StepCheck
{
    bool upToDate = false;
    QString reason; //!< empty when up to date
};

/**
 * \brief Remembers that a pipeline step finished, and with what, so a re-run can skip it.
 *
 * A step is up to date when its record exists, its options are those recorded, its inputs
 * have the recorded content (InputSnapshot: portable paths and content hashes, so a copied
 * project stays up to date), and all its outputs exist. Records live as small JSON files in
 * `<output>/.state/`; they keep the options and the input snapshot, so check() can say what
 * changed. Records written before snapshots (by fingerprint alone) are still honoured.
 */
class StepRecord
{
public:
    StepRecord(QString stateDir, QString step);

    /** Hash of \a options and of the absolute paths, sizes and times of \a inputs (the
     *  records of earlier versions, and the experiments' cached columns). */
    static QByteArray fingerprint(const QJsonObject &options, const QStringList &inputs);

    /** Up to date for \a options, \a inputs and \a outputs, or the reason it is not. */
    StepCheck check(const QJsonObject &options, const QStringList &inputs,
                    const QStringList &outputs, const InputSnapshot::Folders &folders) const;
    /** Writes the record (atomically) after the step's outputs were committed. */
    void markDone(const QJsonObject &options, const QStringList &inputs, const QStringList &outputs,
                  const InputSnapshot::Folders &folders, const QJsonObject &summary = {}) const;
    void invalidate() const;
    bool exists() const;
    //! The summary stored with the last successful run (empty if none).
    QJsonObject summary() const;
    QString path() const;

    /** The options that differ between \a recorded and \a current ("train.epochs: 6 → 5"). */
    static QStringList optionDifferences(const QJsonObject &recorded, const QJsonObject &current);

private:
    QString m_stateDir;
    QString m_step;
};

} // namespace cropmap::core::pipeline
