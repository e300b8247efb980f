// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include "canvas/layer_renderer.h"
#include "canvas/map_settings.h"

namespace cropmap::ui {

/**
 * \brief Renders a snapshot of the canvas settings and layer renderers into a QImage on a
 * pool thread (QtConcurrent), like QgsMapRendererParallelJob.
 *
 * The job owns everything the worker touches (settings by value, renderers holding copies),
 * in a state shared with the worker, so cancel() never blocks: a canceled job finishes its
 * current step in the background and then reports stopped() without an image.
 */
class MapRenderJob : public QObject
{
    Q_OBJECT

public:
    MapRenderJob(const MapSettings &settings,
                 std::vector<std::unique_ptr<LayerRenderer>> renderersBottomFirst,
                 QObject *parent = nullptr);
    ~MapRenderJob() override;

    void start();
    //! Asks the worker to stop; returns at once.
    void cancel();
    void waitForFinished();
    bool isActive() const { return m_watcher.isRunning(); }
    bool isCanceled() const;
    const MapSettings &settings() const;

    //! Number of finished layer passes since start (for tests).
    static int renderCount();
    //! Number of renders that ran on the GUI thread; must stay 0 (for tests).
    static int rendersOnGuiThread();

Q_SIGNALS:
    //! Emitted on the GUI thread when the image is complete (not after cancel()).
    void finished(const QImage &image);
    //! Emitted on the GUI thread when the worker stopped, finished or canceled.
    void stopped();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFutureWatcher<QImage> m_watcher;
};

} // namespace cropmap::ui
