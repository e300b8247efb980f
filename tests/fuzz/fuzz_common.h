// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: every parser under test reports bad input by throwing
// cropmap::core::Error; anything else (a crash, a sanitizer report, another exception, a
// hang) is a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <unistd.h>

#include "util/error.h"

namespace cropmap::fuzz {

/** A broken invariant when the targets are replayed by tst_fuzz_replay (a Qt Test suite that
 *  runs the seed corpora and variants of them through the same entry points in the normal
 *  build): thrown instead of aborting, so that the suite names the input and the check. */
class CheckFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/** An invariant of a parser that accepted its input; a violation stops the fuzzer with the
 *  input saved as a finding (like a crash), naming the broken invariant. Replayed
 *  (CROPMAP_FUZZ_REPLAY), it throws CheckFailure instead. */
#ifdef CROPMAP_FUZZ_REPLAY
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            throw ::cropmap::fuzz::CheckFailure(std::string("FUZZ_CHECK failed: ") + #condition    \
                                                + " (" + __FILE__ + ":" + std::to_string(__LINE__) + ")"); \
    } while (false)
#else
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
#endif

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A file holding \a content, for parsers that read paths (one per process, in memory). */
inline QString scratchFile(const QByteArray &content, const char *suffix)
{
    const QString path = QStringLiteral("/dev/shm/cropmap-fuzz-%1%2").arg(getpid()).arg(QLatin1String(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

/** Runs \a parse; a cropmap::core::Error is the expected answer to bad input. */
template<typename Parse>
void expectErrorsOnly(Parse &&parse)
{
    try {
        parse();
    } catch (const core::Error &) {
    }
}

} // namespace cropmap::fuzz
