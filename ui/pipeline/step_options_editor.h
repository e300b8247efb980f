// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"

class QLineEdit;
class QTableWidget;

namespace cropmap::ui {

/**
 * \brief The options of one pipeline step, as the project file holds them: one row per key
 * the file may hold in the step's sections (Project::allowedKeys), the value as JSON text,
 * empty for the default.
 *
 * An edit is checked the way `cropmap run` checks the file (Project::fromJson for the keys,
 * the training and selection option parsers for their values), then the project file is
 * rewritten atomically and projectChanged() carries the new project. A rejected value is
 * reported with the core's message and the file is left as it was.
 *
 * The training section alone holds two dozen keys: a filter above the table keeps the rows
 * whose section, option or value contains its text (case-insensitive), and the options the
 * project sets are shown in bold, so they stand out from the defaults.
 */
class StepOptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StepOptionsEditor(QWidget *parent = nullptr);

    void setProject(const std::optional<core::pipeline::Project> &project);
    void setStep(core::pipeline::PipelineStep step);
    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

    /** Sets \a key of \a section to the JSON value \a text (empty: back to the default).
     *  False (after telling the user) when the project would not load or run. */
    bool setOption(const QString &section, const QString &key, const QString &text);

    //! The project-file sections that hold \a step's options.
    static QStringList sections(core::pipeline::PipelineStep step);

Q_SIGNALS:
    void projectChanged(const core::pipeline::Project &project);

private:
    void fill();
    void applyFilter();

    std::optional<core::pipeline::Project> m_project;
    core::pipeline::PipelineStep m_step = core::pipeline::PipelineStep::Composite;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    bool m_filling = false;
};

} // namespace cropmap::ui
