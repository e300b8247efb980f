// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/map_render_job.h"

#include <QApplication>
#include <QPainter>
#include <QThread>
#include <QtConcurrent>

#include "util/error.h"

namespace cropmap::ui {

namespace {
std::atomic<int> s_renderCount{0};
std::atomic<int> s_rendersOnGuiThread{0};
} // namespace

struct MapRenderJob::State
{
    MapSettings settings;
    std::vector<std::unique_ptr<LayerRenderer>> renderers;
    std::atomic<bool> canceled{false};
};

namespace {

QImage renderSnapshot(const MapSettings &settings,
                      const std::vector<std::unique_ptr<LayerRenderer>> &renderers,
                      const std::atomic<bool> &canceled)
{
    // Rendering reads files and may take seconds: it must never block the event loop.
    Q_ASSERT(QThread::currentThread() != qApp->thread());
    if (QThread::currentThread() == qApp->thread())
        ++s_rendersOnGuiThread;
    const QSize deviceSize = (QSizeF(settings.outputSize) * settings.devicePixelRatio).toSize();
    QImage image(deviceSize.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    image.fill(settings.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &renderer : renderers) {
        if (canceled.load())
            break;
        painter.save();
        try {
            renderer->render(painter, settings, canceled);
        } catch (const core::Error &error) {
            qWarning("Layer not drawn: %s", qUtf8Printable(error.message()));
        } catch (const std::exception &error) {
            qWarning("Layer not drawn: %s", error.what());
        }
        painter.restore();
    }
    painter.end();
    ++s_renderCount;
    return image;
}

} // namespace

MapRenderJob::MapRenderJob(const MapSettings &settings,
                           std::vector<std::unique_ptr<LayerRenderer>> renderersBottomFirst,
                           QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->settings = settings;
    m_state->renderers = std::move(renderersBottomFirst);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        if (!m_state->canceled.load())
            Q_EMIT finished(m_watcher.result());
        Q_EMIT stopped();
    });
}

MapRenderJob::~MapRenderJob()
{
    // The worker keeps the state alive through its own reference; nothing to wait for.
    m_state->canceled.store(true);
}

void MapRenderJob::start()
{
    Q_ASSERT(!m_watcher.isRunning());
    m_watcher.setFuture(QtConcurrent::run([state = m_state] {
        return renderSnapshot(state->settings, state->renderers, state->canceled);
    }));
}

void MapRenderJob::cancel()
{
    m_state->canceled.store(true);
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

bool MapRenderJob::isCanceled() const
{
    return m_state->canceled.load();
}

const MapSettings &MapRenderJob::settings() const
{
    return m_state->settings;
}

int MapRenderJob::renderCount()
{
    return s_renderCount.load();
}

int MapRenderJob::rendersOnGuiThread()
{
    return s_rendersOnGuiThread.load();
}

} // namespace cropmap::ui
