#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace custodian {

// The data of every pull stream of the sync contract (docs/sync-api.md), declared once: which item types a
// stream carries, which table each fills, and its fields with their wire names, types, limits and columns. The
// central service reads items by it (SyncItemReader), the console checks and writes them by it (SyncItemWriter),
// and the contract's tables of fields are this list. Both sides use the same schema (models/store/schema); the
// only column that differs is the version: the central service's `version` is the console's `server_version`.
class SyncCatalogue
{
public:
    enum class FieldType { Integer, Text, Boolean };

    struct Field
    {
        const char* name; // on the wire, and the column unless consoleColumn says otherwise
        FieldType type = FieldType::Integer;
        bool nullable = false;
        // Integers: the allowed range; text: the longest allowed (in UTF-16 units), minimum unused.
        qint64 minimum = 0;
        qint64 maximum = 0;
        const char* consoleColumn = nullptr; // the console's column where it differs (version → server_version)
        // An integer inside the range that is refused all the same: a withdrawn code (an incident's phase 6, Rev. 2's
        // post-incident activity). 0: none (no range with a withdrawn code starts below 1).
        qint64 withdrawn = 0;
        [[nodiscard]] const char* column(bool console) const { return console && consoleColumn ? consoleColumn : name; }
    };

    // A list inside an item that fills a child table (a role's permissions, an incident's timeline). The console
    // replaces the parent's child rows with the list each time the item arrives. A list of one field is sent as
    // a list of values, otherwise as a list of objects.
    struct ChildList
    {
        const char* name;
        const char* table;
        const char* parentColumn;
        std::vector<Field> fields;
        qint64 maxItems = 0;
        [[nodiscard]] bool scalar() const { return fields.size() == 1; }
    };

    struct ItemType
    {
        const char* name; // the item's "type"
        const char* table;
        std::vector<Field> fields = {}; // fields.front() is the key ("id")
        std::vector<ChildList> children = {};
        // Refreshes the item's full-text entry (search_text, docid = ref_id × 8 + searchKind): one bound parameter,
        // the item's id. Null when the item is not searchable.
        const char* searchSql = nullptr;
        int searchKind = 0;
        // The kind of this console's pushed changes of such an item (sync_outbox.kind, entity_id = the item's id):
        // while one is queued or in conflict, a pulled copy is held back, so that the supervisor's change is not
        // undone before the service has decided on it. Null: items supervisors do not change here.
        const char* localChangeKind = nullptr;
        // Run after the item and its lists are written, each with one bound parameter, the item's id: what is kept
        // from its lists (an incident's observables, IncidentObservableIndex).
        std::vector<const char*> refreshSql = {};
        // A text field unique in its table although each console chooses it until the service's value arrives (an
        // incident's reference, INC-YYYY-NNNN, which the service numbers): before the item is written, another row
        // holding the same value is moved aside by displaceSql, with ?1 the item's id and ?2 the value.
        const char* uniqueField = nullptr;
        const char* displaceSql = nullptr;
    };

    enum class StreamKind {
        Items, // objects of the item types below, applied generically
        Records, // customer records: identifiers the console may hold arrive in clear, card numbers never
        AccessEvents, // positional arrays, the one large stream (AccessEventIngest)
        FindingStatus, // supervisors' decisions on findings, by finding key
        DetectionSettings, // the detections' thresholds, one versioned set
    };

    struct Stream
    {
        const char* name;
        StreamKind kind = StreamKind::Items;
        std::vector<ItemType> types = {};
        int maxPageItems = 2000; // the most items a page may hold (the server's limit and the console's check)
    };

    // In pull order: every stream after the ones it refers to (teams before agents, events before incidents).
    static const std::vector<Stream>& streams();
    static const Stream* stream(QStringView name);
    static const ItemType* itemType(const Stream& stream, QStringView type);

    // The access-event row on the wire: [id, occurred_at, agent_id, record_id, data_class, action, outcome, channel,
    // workstation_id, source_address, session_id]; record, workstation and address may be null.
    static constexpr int AccessEventFields = 11;
    static constexpr int MaxSourceAddressLength = 45; // the longest IPv6 text form
    static constexpr int MaxIdentifierLength = 64;
    // A record's keyed token on the wire: HMAC-SHA256 in lowercase hex.
    static constexpr int TokenHexLength = 64;
};

} // namespace custodian
