// SPDX-License-Identifier: GPL-3.0-or-later
// The cropmap binary run as a user runs it: its exit code and everything it printed.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace cropmap::tests {

struct CliResult
{
    int code = -1; //!< −1 when the process crashed or did not finish
    QString output; //!< stdout and stderr, merged
};

/** Runs CROPMAP_CLI with \a arguments and waits up to ten minutes for it. */
inline CliResult runCropmap(const QStringList &arguments)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(CROPMAP_CLI), arguments);
    cli.waitForFinished(600000);
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
            QString::fromUtf8(cli.readAll())};
}

} // namespace cropmap::tests
