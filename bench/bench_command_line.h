// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' command line, shared by every bench_* executable.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <QHash>
#include <QString>
#include <QStringList>

namespace cropmap::bench {

/**
 * \brief A benchmark's arguments, checked before any work starts: `--help` or `-h` prints the
 * usage and exits 0; an unknown option, an option without its value, a positional argument
 * that is not a whole number ≥ 1, or one too many prints why and the usage on stderr and
 * exits 2 (a usage error), so a typo never runs a benchmark with 0 pixels or 0 steps.
 */
class BenchCommandLine
{
public:
    BenchCommandLine(const QStringList &arguments, QString usage, const QStringList &valueOptions,
                     int maxPositionals)
        : m_usage(std::move(usage))
    {
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments[i];
            if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
                std::printf("%s\n", qPrintable(m_usage));
                std::exit(0);
            }
        }
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments[i];
            if (argument.startsWith(u'-')) {
                if (!valueOptions.contains(argument))
                    fail(QStringLiteral("unknown option %1").arg(argument));
                if (i + 1 >= arguments.size())
                    fail(QStringLiteral("%1 needs a value").arg(argument));
                m_values.insert(argument, arguments[++i]);
                continue;
            }
            bool ok = false;
            const int number = argument.toInt(&ok);
            if (!ok || number < 1)
                fail(QStringLiteral("\"%1\" is not a whole number >= 1").arg(argument));
            if (m_positionals.size() >= maxPositionals)
                fail(QStringLiteral("unexpected argument \"%1\"").arg(argument));
            m_positionals << number;
        }
    }

    //! Positional argument \a index, or \a fallback where it was not given.
    int number(qsizetype index, int fallback) const { return m_positionals.value(index, fallback); }
    bool isSet(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    //! Exits 2 with \a why and the usage: for option values the caller finds wrong.
    [[noreturn]] void fail(const QString &why) const
    {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(why), qPrintable(m_usage));
        std::exit(2);
    }

private:
    QString m_usage;
    QList<int> m_positionals;
    QHash<QString, QString> m_values;
};

} // namespace cropmap::bench
