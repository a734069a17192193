#include "store/AssignmentInForce.h"

#include "domain/Enums.h"

namespace custodian {

QString AssignmentInForce::condition(QStringView alias, int parameter)
{
    return QStringLiteral("%1.status = %2 AND %1.valid_from <= ?%3 AND (%1.valid_until IS NULL OR "
                          "%1.valid_until > ?%3)")
        .arg(alias)
        .arg(int(AssignmentStatus::Active))
        .arg(parameter);
}

} // namespace custodian
