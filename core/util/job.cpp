// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/job.h"

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core {

JobResult Job::run(Feedback &feedback) noexcept
{
    try {
        if (feedback.isCanceled())
            return JobResult::canceled();
        execute(feedback);
        return feedback.isCanceled() ? JobResult::canceled() : JobResult::ok();
    } catch (const Canceled &) {
        return JobResult::canceled();
    } catch (const Error &e) {
        return JobResult::failed(e.message());
    } catch (const std::exception &e) { // c10::Error, std::bad_alloc, ...
        return JobResult::failed(tr("%1 failed: %2").arg(name(), QString::fromUtf8(e.what())));
    } catch (...) {
        return JobResult::failed(tr("%1 failed with an unknown error.").arg(name()));
    }
}

} // namespace cropmap::core
