// SPDX-License-Identifier: GPL-3.0-or-later
// bench_composite: monthly median composites of a synthetic tile against numpy nanmedian.
//
// For each tile size it writes a synthetic archive (tiff-folder layout, uint16 B04 and B08 and
// a byte SCL with ~35 % clouds, `perMonth` acquisitions a month over 2017-09 … 2018-08),
// composites it in a child process (so each size's peak RSS is its own) and, at every size
// (`--peer first`: the first only), times Debian's numpy nanmedian (/usr/bin/python3, not a
// pyenv one) over the very same values written as .npy (NaN where cloudy). Ours runs
// `--repeat` times (3), each from inputs in the page cache after a sync, and the median run is
// reported; the peer runs once, its data in memory. Rates are px·obs/s: pixels × acquisitions
// × bands. Options: --sizes 1024,2048 --per-month 6 --threads 0 --repeat 3 --peer first
// --work DIR (keeps the stacks for reruns).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QPair>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include "bench_command_line.h"
#include "composite/composite_job.h"
#include "composite/monthly_median.h"
#include "io/gdal_handles.h"
#include "io/raster_writer.h"
#include "util/feedback.h"

using namespace cropmap::core;

namespace {

constexpr int kBands = 2; // B04, B08

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
           + usage.ru_stime.tv_usec / 1e6;
}

// This process's peak RSS (VmHWM). Not ru_maxrss: Linux carries the parent's peak across
// fork and exec into it, so a child forked from the bench after it generated a large stack
// reported the bench's memory, not its own.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0; // kB
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

struct Rng
{
    std::uint64_t state;
    std::uint32_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return std::uint32_t(state >> 11);
    }
};

// Writes one acquisition's B04, B08 and SCL row band by row band; returns (for the peer) the
// values with NaN where cloudy when \a keep is set.
void writeAcquisition(const QString &folder, const io::TileGrid &grid, std::uint64_t seed,
                      std::vector<std::vector<float>> *keep)
{
    QDir().mkpath(folder);
    io::RasterWriteOptions reflectance;
    reflectance.dataType = GDT_UInt16;
    reflectance.nodata = 0;
    reflectance.compression = QStringLiteral("NONE");
    io::RasterWriteOptions classes = reflectance;
    classes.dataType = GDT_Byte;
    classes.nodata.reset();
    io::RasterWriter b04(folder + QStringLiteral("/B04.tif"), grid, reflectance);
    io::RasterWriter b08(folder + QStringLiteral("/B08.tif"), grid, reflectance);
    io::RasterWriter scl(folder + QStringLiteral("/SCL.tif"), grid, classes);
    const int w = grid.width();
    const int rows = 64;
    std::vector<float> red(std::size_t(w) * rows), nir(red.size()), cls(red.size());
    Rng rng{seed * 0x9E3779B97F4A7C15ull + 1};
    for (int y = 0; y < grid.height(); y += rows) {
        const io::Window window{0, y, w, rows};
        for (std::size_t i = 0; i < red.size(); ++i) {
            const std::uint32_t r = rng.next();
            const bool cloud = (r & 1023u) < 360u; // ~35 % cloudy or shadowed
            red[i] = cloud ? 6000.f + float(r >> 22) : 200.f + float((r >> 10) % 1500u);
            nir[i] = cloud ? 6500.f : 1500.f + float((r >> 16) % 3000u);
            cls[i] = cloud ? ((r >> 12) & 1u ? 9.f : 3.f) : 4.f;
        }
        b04.writeWindow(1, window, red.data());
        b08.writeWindow(1, window, nir.data());
        scl.writeWindow(1, window, cls.data());
        if (keep) {
            for (std::size_t i = 0; i < red.size(); ++i) {
                const std::size_t at = std::size_t(y) * std::size_t(w) + i;
                (*keep)[0][at] = cls[i] == 4.f ? red[i] : NAN;
                (*keep)[1][at] = cls[i] == 4.f ? nir[i] : NAN;
            }
        }
    }
    b04.commit();
    b08.commit();
    scl.commit();
}

// A minimal .npy (version 1.0) writer for a C-ordered float32 array.
void writeNpy(const QString &path, const std::vector<std::vector<float>> &planes, int rows, int cols)
{
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2, %3), }")
                            .arg(planes.size()).arg(rows).arg(cols).toLatin1();
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("\x93NUMPY\x01\x00", 8);
    const quint16 length = quint16(header.size());
    file.write(reinterpret_cast<const char *>(&length), 2);
    file.write(header);
    for (const auto &plane : planes)
        file.write(reinterpret_cast<const char *>(plane.data()), qint64(plane.size() * sizeof(float)));
}

void generate(const QString &root, int size, int perMonth, const QString &npyFolder)
{
    const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                    QPointF(600000, 5400000), 10, size, size);
    const composite::Period period;
    std::uint64_t seed = 1;
    for (int step = 0; step < period.stepCount(); ++step) {
        // acquisitions × pixels per band, for the peer
        std::vector<std::vector<std::vector<float>>> month;
        for (int k = 0; k < perMonth; ++k) {
            const QDate date = period.monthStart(step).addDays(1 + 5 * k);
            const QString folder = root + QStringLiteral("/T33UVP/") + date.toString(QStringLiteral("yyyyMMdd"));
            std::vector<std::vector<float>> keep;
            if (!npyFolder.isEmpty())
                keep.assign(kBands, std::vector<float>(std::size_t(grid.pixelCount())));
            writeAcquisition(folder, grid, seed++, npyFolder.isEmpty() ? nullptr : &keep);
            if (!npyFolder.isEmpty())
                month.push_back(std::move(keep));
        }
        for (int b = 0; !npyFolder.isEmpty() && b < kBands; ++b) {
            std::vector<std::vector<float>> planes;
            for (auto &acquisition : month)
                planes.push_back(std::move(acquisition[std::size_t(b)]));
            writeNpy(QStringLiteral("%1/stack_%2_%3.npy").arg(npyFolder).arg(step, 2, 10, QLatin1Char('0')).arg(b),
                     planes, size, size);
        }
    }
}

// The same median over the same in-memory stacks as the peer (one thread, median only), for a
// like-for-like figure next to the end-to-end one.
QPair<double, double> timeMedianKernel(const QString &npyFolder)
{
    double seconds = 0;
    double pxObs = 0;
    for (const QString &name : QDir(npyFolder).entryList({QStringLiteral("stack_*.npy")}, QDir::Files, QDir::Name)) {
        QFile file(QDir(npyFolder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        const QByteArray bytes = file.readAll();
        const int headerLength = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
        const QByteArray header = bytes.mid(10, headerLength);
        const int open = header.indexOf("(");
        const QList<QByteArray> shape = header.mid(open + 1, header.indexOf(")") - open - 1).split(',');
        const int k = shape[0].trimmed().toInt();
        const std::size_t pixels = std::size_t(shape[1].trimmed().toLongLong() * shape[2].trimmed().toLongLong());
        const float *stack = reinterpret_cast<const float *>(bytes.constData() + 10 + headerLength);
        std::vector<float> median(pixels, NAN);
        // The compositor's path: invalid (NaN) observations become +inf and a sorting network
        // runs across the k rows of all pixels (composite::medianAcrossRows). The copy into
        // rows and the count of valid values are timed too: the compositor does both.
        std::vector<float> work(std::size_t(k) * pixels);
        std::vector<std::uint16_t> counts(pixels);
        std::vector<float *> rows(static_cast<std::size_t>(k));
        // CPU time, like the peer's process_time(): wall clock means little on a loaded machine.
        const double start = cpuSeconds();
        std::fill(counts.begin(), counts.end(), std::uint16_t(0));
        for (int a = 0; a < k; ++a) {
            const float *in = stack + std::size_t(a) * pixels;
            float *row = work.data() + std::size_t(a) * pixels;
            for (std::size_t p = 0; p < pixels; ++p) {
                const bool ok = !std::isnan(in[p]);
                row[p] = ok ? in[p] : INFINITY;
                counts[p] = std::uint16_t(counts[p] + ok);
            }
            rows[std::size_t(a)] = row;
        }
        if (k <= composite::kMaxNetworkRows) {
            composite::medianAcrossRows(rows.data(), k, pixels, counts.data(), median.data());
        } else {
            std::vector<float> scratch(static_cast<std::size_t>(k));
            for (std::size_t p = 0; p < pixels; ++p) {
                int n = 0;
                for (int a = 0; a < k; ++a) {
                    scratch[std::size_t(n)] = stack[std::size_t(a) * pixels + p];
                    n += !std::isnan(scratch[std::size_t(n)]);
                }
                if (n)
                    median[p] = composite::medianInPlace(scratch.data(), n);
            }
        }
        seconds += cpuSeconds() - start;
        pxObs += double(k) * double(pixels);
        volatile float sink = median[pixels / 2];
        (void)sink;
    }
    return {seconds, pxObs};
}

// Wall time spent under each leading word of the progress messages: Scanning, Compositing,
// Writing (the COG conversion).
class PhaseClock final : public Feedback
{
public:
    PhaseClock()
        : m_start(std::chrono::steady_clock::now())
    {}
    void finish() { switchTo(QString()); }
    const QMap<QString, double> &phases() const { return m_phases; }

protected:
    void onProgress(double, const QString &message) override
    {
        std::lock_guard lock(m_mutex);
        switchTo(message.section(u' ', 0, 0));
    }

private:
    void switchTo(const QString &phase)
    {
        if (phase == m_phase)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!m_phase.isEmpty())
            m_phases[m_phase] += std::chrono::duration<double>(now - m_start).count();
        m_phase = phase;
        m_start = now;
    }

    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_start;
    QString m_phase;
    QMap<QString, double> m_phases;
};

// Child: composite the archive and print seconds, px·obs and this process's peak RSS.
int runChild(const QString &archive, const QString &out, int threads)
{
    // GDAL's cache stays at its default (5 % of RAM), as in the command line: reads bypass it,
    // written blocks leave it window by window and the COG conversion lowers it to 4 MB a
    // thread, so the peak RSS shows whether memory follows the tile.
    io::ensureGdalRegistered();
    composite::CompositeOptions options;
    options.bands = {QStringLiteral("B04"), QStringLiteral("B08")};
    options.threads = threads;
    composite::CompositeJob job(archive, out, options);
    PhaseClock feedback;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    const JobResult result = job.run(feedback);
    feedback.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpuStart;
    if (!result.succeeded()) {
        std::fprintf(stderr, "composite failed: %s\n", qPrintable(result.message));
        return 1;
    }
    std::printf("seconds %.6f\ncpu_seconds %.6f\npx_obs %lld\npeak_rss_mib %.1f\n", seconds, cpu,
                (long long)job.results().front().pixelObservations * kBands, peakRssMiB());
    for (auto it = feedback.phases().cbegin(); it != feedback.phases().cend(); ++it)
        std::printf("phase_%s %.6f\n", qPrintable(it.key()), it.value());
    return 0;
}

// Reads every file under \a root once, so that the timed run finds them in the page cache as
// the peer finds its arrays in memory: the sizes before, and the peer's gigabytes of .npy, may
// have pushed them out, and then the run measured the disk.
void warmPageCache(const QString &root)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    std::vector<char> chunk(std::size_t(4) << 20);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            while (file.read(chunk.data(), qint64(chunk.size())) > 0) {
            }
        }
    }
}

QMap<QString, double> parseFigures(const QByteArray &output)
{
    QMap<QString, double> figures;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            figures.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
    }
    return figures;
}

QMap<QString, double> runAndParse(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return parseFigures(process.readAllStandardOutput());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QStringLiteral("--child"))
        return runChild(args[2], args[3], args[4].toInt());
    if (args.size() == 3 && args[1] == QStringLiteral("--kernel")) {
        const auto kernel = timeMedianKernel(args[2]);
        std::printf("median kernel: %.2f s CPU, %.1f M px.obs per CPU-second\n", kernel.first,
                    kernel.second / kernel.first / 1e6);
        return 0;
    }

    const cropmap::bench::BenchCommandLine arguments(
        args,
        QStringLiteral(
            "usage: bench_composite [--sizes 1024,2048] [--per-month 6] [--threads 0] [--repeat 3]\n"
            "                       [--peer every|first] [--work DIR]\n"
            "Monthly median composites of a synthetic tile (each size x size px, PER-MONTH\n"
            "acquisitions a month over 12 months) against numpy nanmedian (/usr/bin/python3)\n"
            "on the same values. --threads 0: all cores; --repeat: runs of ours, the median\n"
            "reported; --peer first: time the peer at the first size only; --work DIR keeps\n"
            "the synthetic stacks for reruns.\n"
            "bench_composite --kernel DIR/SIZE/npy: the median kernel alone (one thread) on the\n"
            "stacks a --work run kept."),
        {QStringLiteral("--sizes"), QStringLiteral("--per-month"), QStringLiteral("--threads"),
         QStringLiteral("--repeat"), QStringLiteral("--peer"), QStringLiteral("--work")},
        0);
    auto whole = [&](const QString &option, int fallback, int minimum) {
        if (!arguments.isSet(option))
            return fallback;
        bool ok = false;
        const int value = arguments.value(option).toInt(&ok);
        if (!ok || value < minimum)
            arguments.fail(QStringLiteral("%1 takes a whole number >= %2").arg(option).arg(minimum));
        return value;
    };
    QList<int> sizes = {1024, 2048};
    if (arguments.isSet(QStringLiteral("--sizes"))) {
        sizes.clear();
        for (const QString &s : arguments.value(QStringLiteral("--sizes")).split(u',')) {
            bool ok = false;
            sizes << s.toInt(&ok);
            if (!ok || sizes.constLast() < 1)
                arguments.fail(QStringLiteral("--sizes takes whole numbers >= 1, such as 1024,2048"));
        }
    }
    const int perMonth = whole(QStringLiteral("--per-month"), 6, 1);
    const int threads = whole(QStringLiteral("--threads"), 0, 0);
    const int repeat = whole(QStringLiteral("--repeat"), 3, 1);
    const QString peer = arguments.value(QStringLiteral("--peer"), QStringLiteral("every"));
    if (peer != QStringLiteral("every") && peer != QStringLiteral("first"))
        arguments.fail(QStringLiteral("--peer takes every or first"));
    const bool peerAtEverySize = peer == QStringLiteral("every");
    const QString work = arguments.value(QStringLiteral("--work"));
    io::ensureGdalRegistered();
    std::printf("bench_composite: 12 months x %d acquisitions, %d bands + SCL (~35 %% cloudy), "
                "GDAL's default cache, inputs read once beforehand (page cache), threads %s\n",
                perMonth, kBands, threads > 0 ? qPrintable(QString::number(threads)) : "all cores");
    for (int i = 0; i < sizes.size(); ++i) {
        const int size = sizes[i];
        QTemporaryDir temporary;
        // --work keeps the synthetic stacks for reruns (profiling); otherwise a temporary folder.
        const QString dir = work.isEmpty() ? temporary.path() : QStringLiteral("%1/%2").arg(work).arg(size);
        const QString archive = dir + QStringLiteral("/archive");
        // The peer runs at every size unless --peer first: fixed costs (the archive scan, the
        // last COG to finish) weigh on small tiles, and real tiles are 10980².
        const QString npy = (i == 0 || peerAtEverySize) ? dir + QStringLiteral("/npy") : QString();
        if (!QFileInfo::exists(archive) || (!npy.isEmpty() && !QFileInfo::exists(npy))) {
            if (!npy.isEmpty())
                QDir().mkpath(npy);
            const auto start = std::chrono::steady_clock::now();
            generate(archive, size, perMonth, npy);
            // Written back before timing: neither side should compete with the kernel
            // flushing the gigabytes just generated.
            ::sync();
            std::printf("%d x %d: synthetic stack written in %.1f s\n", size, size,
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            std::fflush(stdout);
        }
        // --repeat runs: this machine's speed drifts by ±15 % from one run to the next, so the
        // run of median wall time is reported, with the range.
        QList<QMap<QString, double>> runs;
        for (int r = 0; r < repeat; ++r) {
            warmPageCache(archive);
            // Nor should it be throttled writing back what earlier runs left dirty.
            ::sync();
            runs << runAndParse(app.applicationFilePath(),
                                {QStringLiteral("--child"), archive, dir + QStringLiteral("/out"),
                                 QString::number(threads)});
        }
        std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) {
            return a.value(QStringLiteral("seconds")) < b.value(QStringLiteral("seconds"));
        });
        const QMap<QString, double> ours = runs[runs.size() / 2];
        if (repeat > 1) {
            std::printf("%d x %d: %d runs, %.2f–%.2f s wall; the median run:\n", size, size, repeat,
                        runs.front().value(QStringLiteral("seconds")),
                        runs.back().value(QStringLiteral("seconds")));
        }
        const double pxObs = ours.value(QStringLiteral("px_obs"));
        const double wall = ours.value(QStringLiteral("seconds"));
        const double cpu = ours.value(QStringLiteral("cpu_seconds"));
        std::printf("%d x %d: cropmap composite (end to end: read GeoTIFFs, mask, median, fill, write "
                    "COGs) %.2f s wall, %.2f s CPU: %.1f M px.obs/s, %.1f M px.obs per CPU-second; "
                    "peak RSS %.0f MiB\n",
                    size, size, wall, cpu, pxObs / wall / 1e6, pxObs / cpu / 1e6,
                    ours.value(QStringLiteral("peak_rss_mib")));
        QStringList phases;
        for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
            if (it.key().startsWith(QStringLiteral("phase_")))
                phases << QStringLiteral("%1 %2 s").arg(it.key().mid(6)).arg(it.value(), 0, 'f', 2);
        }
        std::printf("%d x %d: of which %s\n", size, size, qPrintable(phases.join(QStringLiteral(", "))));
        std::fflush(stdout);
        if (npy.isEmpty())
            continue;
        const auto peer = runAndParse(QStringLiteral("/usr/bin/python3"),
                                      {QStringLiteral(CROPMAP_BENCH_DIR "/composite_peer.py"), npy});
        const double peerObs = peer.value(QStringLiteral("peer_px_obs"));
        const double peerWall = peer.value(QStringLiteral("peer_seconds"));
        const double peerCpu = peer.value(QStringLiteral("peer_cpu_seconds"));
        std::printf("%d x %d: numpy nanmedian (median only, data in memory) %.2f s wall, %.2f s CPU: "
                    "%.1f M px.obs/s, %.1f M px.obs per CPU-second\n",
                    size, size, peerWall, peerCpu, peerObs / peerWall / 1e6, peerObs / peerCpu / 1e6);
        std::printf("%d x %d: ratio cropmap / numpy: %.1fx wall-clock, %.1fx per CPU-second (target >= 10x)\n",
                    size, size, (pxObs / wall) / (peerObs / peerWall), (pxObs / cpu) / (peerObs / peerCpu));
        const auto kernel = timeMedianKernel(npy);
        std::printf("%d x %d: cropmap median kernel alone (one thread, same in-memory stacks) %.2f s CPU: "
                    "%.1f M px.obs per CPU-second, %.1fx numpy per CPU-second\n",
                    size, size, kernel.first, kernel.second / kernel.first / 1e6,
                    (kernel.second / kernel.first) / (peerObs / peerCpu));
        std::fflush(stdout);
    }
    return 0;
}
