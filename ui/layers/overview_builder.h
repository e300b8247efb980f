// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace cropmap::core {
class Feedback;
}

namespace cropmap::ui {

/**
 * \brief Builds the external overviews (<file>.ovr) of a raster that has none, on a worker
 * thread, so the canvas can read large rasters at the resolution of the view (issue 7).
 *
 * The raster itself is never modified. Destroying the builder cancels a running build and
 * waits for it (GDAL stops at its next progress call), leaving no partial .ovr behind.
 */
class OverviewBuilder : public QObject
{
    Q_OBJECT

public:
    OverviewBuilder(QString path, QObject *parent = nullptr);
    ~OverviewBuilder() override;

    /** Starts building when the raster needs overviews; returns false (and does nothing)
     *  when it is small or already has them. */
    bool start();
    const QString &path() const { return m_path; }

Q_SIGNALS:
    /** \a error is empty on success. */
    void finished(const QString &path, const QString &error);

private:
    QString m_path;
    std::unique_ptr<core::Feedback> m_feedback;
    QFutureWatcher<QString> m_watcher;
};

} // namespace cropmap::ui
