#pragma once
// What a message opens (common/kind.h), as triage names it.
#include "common/kind.h"

namespace billet::triage {

using billet::Kind;

}  // namespace billet::triage
