#pragma once

#include "domain/AccessEvent.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// The sync contract's bodies on the wire (docs/sync-api.md), in both of its formats: JSON, which every server
// speaks, and CBOR (RFC 8949), which a server may offer by content negotiation and the console prefers because its
// streaming reader decodes access events several times faster than QJsonDocument, without a document tree in memory
// (docs/sync-api.md, "Choice of wire format"; the end-to-end figure is `custodian-bench sync`). Both carry the same
// data model: objects with text keys, arrays, integers, text, booleans and null.
//
// Decoding treats every byte as hostile: a body that is not exactly one well-formed document, an envelope field
// of the wrong type, a page of another stream or with more items than allowed, and an access-event row that is not
// exactly the contract's eleven values of their types and ranges are refused with a message naming the problem.
// Item objects of the other streams are checked field by field when they are written (SyncItemWriter).
class SyncWire
{
    Q_DECLARE_TR_FUNCTIONS(SyncWire)

public:
    enum class Format { Json, Cbor };

    // One page of a pull stream: the items (or, for the access-event stream, the decoded events), the cursor that
    // continues after them, and whether the server has more now.
    struct Page
    {
        QString stream;
        QString cursor;
        bool more = false;
        QCborArray items;
        std::vector<AccessEvent> events;
    };

    // The version of the sync API both sides speak (the session's "api"). 2: card numbers no longer travel in the
    // records stream, and the service reveals them online (docs/sync-api.md section 1).
    static constexpr int ApiVersion = 2;
    static constexpr int MaxCursorLength = 512;

    [[nodiscard]] static QByteArray contentType(Format format);
    // "application/json; charset=utf-8" → Json; an unknown or missing type → nothing.
    [[nodiscard]] static std::optional<Format> formatOf(QByteArrayView contentType);

    // Small bodies: the session, a change, an audit push, an error.
    [[nodiscard]] static QByteArray encode(const QCborMap& object, Format format);
    [[nodiscard]] static Result<QCborMap> decode(QByteArrayView body, Format format);

    [[nodiscard]] static QByteArray encodeItemsPage(Format format, const QString& stream, const QString& cursor,
                                                    bool more, const QCborArray& items);
    [[nodiscard]] static QByteArray encodeEventsPage(Format format, const QString& stream, const QString& cursor,
                                                     bool more, const std::vector<AccessEvent>& events);
    // `events`: the page is the access-event stream's (rows decoded into Page::events), else items.
    [[nodiscard]] static Result<Page> decodePage(QByteArrayView body, Format format, const QString& expectedStream,
                                                 bool events, int maxItems);
};

} // namespace custodian
