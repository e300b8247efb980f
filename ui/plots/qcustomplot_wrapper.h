// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Debian's qcustomplot.h spells Qt's bare keywords, which QT_NO_KEYWORDS (needed because
// LibTorch uses the identifier `slots`) switches off. Map them for this include only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
