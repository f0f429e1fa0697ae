/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#define BILATERAL_INSIDE

#include "bilateral-version.h"
#include "bilateral-enum-types.h"
#include "bilateral-error.h"
#include "bilateral-date.h"
#include "bilateral-citation.h"
#include "bilateral-source.h"
#include "bilateral-actor.h"
#include "bilateral-state.h"
#include "bilateral-organization.h"
#include "bilateral-group.h"
#include "bilateral-person.h"
#include "bilateral-succession.h"
#include "bilateral-impact.h"
#include "bilateral-location.h"
#include "bilateral-participant.h"
#include "bilateral-event-load.h"
#include "bilateral-event.h"
#include "bilateral-cameo-code.h"
#include "bilateral-cameo.h"
#include "bilateral-phase.h"
#include "bilateral-phase-comparison.h"
#include "bilateral-series-params.h"
#include "bilateral-series.h"
#include "bilateral-inference-params.h"
#include "bilateral-relation.h"
#include "bilateral-archive.h"
#include "bilateral-event-filter.h"
#include "bilateral-event-format.h"
#include "bilateral-dyad-panel.h"
#include "bilateral-registry.h"
#include "bilateral-timeline.h"

#undef BILATERAL_INSIDE
