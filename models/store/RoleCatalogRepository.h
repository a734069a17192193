#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The roles catalog as supervisors read it: each role with its permissions, the data classes it opens, the
// training it requires, its maximum duration and how many agents hold it now; the separation-of-duties rules; and
// the look-ups by the names people type (role code, agent employee number).
class RoleCatalogRepository
{
public:
    struct Role
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString description;
        bool sensitive = false;
        std::optional<qint64> maxDurationDays;
        bool trainingBlocks = true;
        QStringList permissions; // codes
        std::vector<DataClass> dataClasses;
        QStringList training; // module titles
        qint64 holders = 0; // agents holding it in force at the time asked
        qint64 pending = 0; // requests waiting for approval
    };

    struct SodRule
    {
        qint64 id = 0;
        QString name;
        QString roleA;
        QString roleB;
        bool allowException = false;
        QString controlRef;
        QString rationale;
    };

    explicit RoleCatalogRepository(Database& database);

    [[nodiscard]] Result<std::vector<Role>> roles(qint64 at);
    [[nodiscard]] Result<std::vector<SodRule>> sodRules();
    // Nothing when there is no such role / agent.
    [[nodiscard]] Result<std::optional<qint64>> roleIdByCode(const QString& code);
    [[nodiscard]] Result<std::optional<qint64>> agentIdByEmployeeNo(const QString& employeeNo);

private:
    Database& m_database;
};

} // namespace custodian
