#pragma once

#include "store/SchemaTrack.h"

namespace custodian {

// The central service's tables as a numbered migration series beside the console schema in the same data directory.
// Its version lives in central_meta 'schema' (user_version is the console schema's), so a directory of any earlier
// custodian-central (versions 1 to 3 kept the same key) continues from where it is.
class CentralSchema
{
public:
    CentralSchema() = delete;

    [[nodiscard]] static const SchemaTrack& track();
};

} // namespace custodian
