#include "demo/DemoGenerator.h"

#include "store/Store.h"

namespace custodian {

Result<DemoGenerator::Summary> DemoGenerator::generate(Store&, const Options&)
{
    return Error(Error::Code::InvalidArgument, QStringLiteral("seeding is being written"));
}

} // namespace custodian
