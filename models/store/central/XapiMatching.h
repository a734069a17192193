#pragma once

#include <QString>

namespace custodian {

// How statements find their agent and module (docs/xapi.md). An actor's mbox "mailto:LOCAL@mailDomain" is the
// agent whose employee number is LOCAL (case-insensitive); an account {homePage, name} with homePage equal to
// accountHomePage is the agent whose employee number is name. An activity id activityPrefix + CODE is the
// training_module with that code. An empty mailDomain or accountHomePage matches nothing of that form.
struct XapiMatching
{
    QString mailDomain;
    QString accountHomePage;
    QString activityPrefix;
};

} // namespace custodian
