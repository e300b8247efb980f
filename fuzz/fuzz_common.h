// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets. Each target is a check function, Outcome check<Name>(data, size),
// that parses the input, tests the parser's invariants on what it accepted, and returns what
// happened: accepted or refused (with the cropmap::core::Error message; the expected answer to
// bad input), the invariants that broke, and a summary of what was read. Two callers use it:
//  - libFuzzer (scripts/fuzz.sh): CROPMAP_FUZZ_TARGET defines LLVMFuzzerTestOneInput, which
//    stops the fuzzer on a broken invariant (saved as a finding like a crash); a crash, a
//    sanitizer report, another exception or a hang are findings by themselves;
//  - tst_fuzz_replay (the normal build, CROPMAP_FUZZ_REPLAY): QVERIFYs that no invariant broke on
//    the seed corpora and variants of them, and QCOMPAREs each seed's summary with what the
//    seed holds, worked out by hand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <unistd.h>

#include "util/error.h"

namespace cropmap::fuzz {

/** What one input did to a parser. */
struct Outcome
{
    bool accepted = false; //!< the parser read the input
    QString refusal;       //!< its error message when it did not
    QStringList broken;    //!< invariants that failed (file:line: condition)
    QString summary;       //!< what an accepted input held ("3 rows: 3|3|1")

    /** Records \a condition failing at \a where. */
    void expect(bool condition, const char *text, const char *file, int line)
    {
        if (!condition)
            broken.append(QStringLiteral("%1:%2: %3").arg(QLatin1String(file)).arg(line).arg(QLatin1String(text)));
    }
    /** Runs \a parse: accepted when it returns, refused when it throws cropmap::core::Error (any
     *  other exception is a finding and propagates). */
    template<typename Parse>
    void run(Parse &&parse)
    {
        try {
            parse();
            accepted = true;
        } catch (const core::Error &e) {
            accepted = false;
            refusal = QString::fromUtf8(e.what());
        }
    }
};

/** An invariant of what the parser accepted. */
#define FUZZ_EXPECT(outcome, condition) (outcome).expect(bool(condition), #condition, __FILE__, __LINE__)

#ifdef CROPMAP_FUZZ_REPLAY
#define CROPMAP_FUZZ_TARGET(check)
#else
/** The libFuzzer entry point of a check function: a broken invariant aborts with its text. */
#define CROPMAP_FUZZ_TARGET(check)                                                                 \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        const ::cropmap::fuzz::Outcome outcome = check(data, size);                               \
        if (!outcome.broken.isEmpty()) {                                                           \
            std::fprintf(stderr, "broken invariants:\n%s\n", qPrintable(outcome.broken.join(u'\n'))); \
            std::abort();                                                                          \
        }                                                                                          \
        return 0;                                                                                  \
    }
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

// The targets (fuzz/fuzz_<name>.cpp).
Outcome checkProject(const std::uint8_t *data, std::size_t size);
Outcome checkLegend(const std::uint8_t *data, std::size_t size);
Outcome checkSampleTable(const std::uint8_t *data, std::size_t size);
Outcome checkModelHeader(const std::uint8_t *data, std::size_t size);
Outcome checkCsvRows(const std::uint8_t *data, std::size_t size);
Outcome checkL2AMetadata(const std::uint8_t *data, std::size_t size);

} // namespace cropmap::fuzz
