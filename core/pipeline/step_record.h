// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cropmap::core::pipeline {

/**
 * \brief Remembers that a pipeline step finished, and with what, so a re-run can skip it.
 *
 * A step is up to date when its record exists, the fingerprint of its options and inputs
 * (paths, sizes and modification times; folders recursively) is unchanged, and all its
 * outputs exist. Records live as small JSON files in `<output>/.state/`.
 */
class StepRecord
{
public:
    StepRecord(QString stateDir, QString step);

    /** Hash of \a options and of the files and folders in \a inputs. */
    static QByteArray fingerprint(const QJsonObject &options, const QStringList &inputs);

    bool isUpToDate(const QByteArray &fingerprint, const QStringList &outputs) const;
    /** Writes the record (atomically) after the step's outputs were committed. */
    void markDone(const QByteArray &fingerprint, const QStringList &outputs,
                  const QJsonObject &summary = {}) const;
    void invalidate() const;
    //! The summary stored with the last successful run (empty if none).
    QJsonObject summary() const;
    QString path() const;

private:
    QString m_stateDir;
    QString m_step;
};

} // namespace cropmap::core::pipeline
