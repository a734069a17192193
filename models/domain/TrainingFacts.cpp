#include "domain/TrainingFacts.h"

#include <algorithm>

namespace custodian {

namespace {
template <typename T> const T* byId(const std::vector<T>& items, qint64 id)
{
    const auto found = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}
} // namespace

const TrainingFacts::Module* TrainingFacts::module(qint64 id) const
{
    return byId(modules, id);
}

const TrainingFacts::Campaign* TrainingFacts::campaign(qint64 id) const
{
    return byId(campaigns, id);
}

const TrainingFacts::Role* TrainingFacts::role(qint64 id) const
{
    return byId(roles, id);
}

} // namespace custodian
