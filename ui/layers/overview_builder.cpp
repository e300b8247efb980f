// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/overview_builder.h"

#include <QtConcurrent/QtConcurrentRun>

#include "io/overviews.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::ui {

OverviewBuilder::OverviewBuilder(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_feedback(std::make_unique<core::Feedback>())
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { Q_EMIT finished(m_path, m_watcher.result()); });
}

OverviewBuilder::~OverviewBuilder()
{
    m_feedback->cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool OverviewBuilder::start()
{
    try {
        if (!core::io::needsOverviews(m_path))
            return false;
    } catch (const core::Error &) {
        return false; // the layer reports unreadable files itself
    }
    core::Feedback *feedback = m_feedback.get();
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, feedback]() -> QString {
        try {
            core::io::buildExternalOverviews(path, *feedback);
            return {};
        } catch (const core::Canceled &) {
            return tr("canceled");
        } catch (const core::Error &e) {
            return e.message();
        }
    }));
    return true;
}

} // namespace cropmap::ui
