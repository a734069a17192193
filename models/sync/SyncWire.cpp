#include "sync/SyncWire.h"

#include "domain/AccessEventId.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

namespace {
Error protocol(const QString& message)
{
    return Error(Error::Code::Protocol, message);
}

constexpr int EventFields = 11;
constexpr int MaxAddressLength = 45;
enum EventField {
    Id,
    OccurredAt,
    Agent,
    Record,
    DataClassField,
    Action,
    Outcome,
    ChannelField,
    Workstation,
    Address,
    Session
};

// One access-event row as either decoder reads it, before the checks that are the same for both formats.
struct EventCells
{
    qint64 numbers[EventFields] = {};
    bool null[EventFields] = {};
    QString address;
};

QString rowError(qsizetype row, const QString& problem)
{
    return SyncWire::tr("access event %1 of the page: %2").arg(row + 1).arg(problem);
}

Result<AccessEvent> toEvent(const EventCells& c, qsizetype row)
{
    static const char* const names[EventFields]
        = { "id",      "occurred_at", "agent_id",       "record_id",      "data_class", "action",
            "outcome", "channel",     "workstation_id", "source_address", "session_id" };
    for (int f : { Id, OccurredAt, Agent, DataClassField, Action, Outcome, ChannelField, Session }) {
        if (c.null[f])
            return protocol(rowError(row, SyncWire::tr("'%1' must not be null").arg(QLatin1String(names[f]))));
    }
    auto outside = [&](int f, qint64 minimum, qint64 maximum) -> std::optional<Error> {
        if (c.null[f] || (c.numbers[f] >= minimum && c.numbers[f] <= maximum))
            return std::nullopt;
        return protocol(rowError(row,
                                 SyncWire::tr("'%1' is %2, outside %3 to %4")
                                     .arg(QLatin1String(names[f]))
                                     .arg(c.numbers[f])
                                     .arg(minimum)
                                     .arg(maximum)));
    };
    constexpr qint64 MaxTime = 32'503'680'000'000; // 3000-01-01
    constexpr qint64 MaxRef = qint64(1) << 32;
    for (auto check :
         { outside(OccurredAt, 0, MaxTime), outside(Agent, 1, MaxRef - 1), outside(Record, 1, MaxRef * 64),
           outside(DataClassField, 0, 3), outside(Action, 1, 8), outside(Outcome, 1, 3), outside(ChannelField, 1, 4),
           outside(Workstation, 1, MaxRef - 1), outside(Session, 0, std::numeric_limits<qint64>::max()) }) {
        if (check)
            return *check;
    }
    // The access page reads time ranges as id ranges (AccessEventId): an id that does not encode its own time would
    // put the event at the wrong place in every view.
    if (c.numbers[Id] < 1 || !AccessEventId::isConsistent(c.numbers[Id], c.numbers[OccurredAt]))
        return protocol(rowError(row,
                                 SyncWire::tr("the id %1 does not encode the event's time %2 (id = time × 65536 + n)")
                                     .arg(c.numbers[Id])
                                     .arg(c.numbers[OccurredAt])));
    AccessEvent e;
    e.id = c.numbers[Id];
    e.occurredAt = c.numbers[OccurredAt];
    e.agentId = c.numbers[Agent];
    e.recordId = c.null[Record] ? 0 : c.numbers[Record];
    e.dataClass = DataClass(c.numbers[DataClassField]);
    e.action = AccessAction(c.numbers[Action]);
    e.outcome = AccessOutcome(c.numbers[Outcome]);
    e.channel = Channel(c.numbers[ChannelField]);
    e.workstationId = c.null[Workstation] ? 0 : c.numbers[Workstation];
    e.sourceAddress = c.address;
    e.sessionId = c.numbers[Session];
    return e;
}

// --- CBOR ------------------------------------------------------------------------------------------------------

Result<QString> readCborString(QCborStreamReader& reader, qsizetype maxLength)
{
    if (!reader.isString())
        return protocol(SyncWire::tr("a text value was expected"));
    QString text;
    auto chunk = reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        text += chunk.data;
        if (text.size() > maxLength)
            return protocol(SyncWire::tr("a text value is longer than %1 characters").arg(maxLength));
        chunk = reader.readString();
    }
    if (chunk.status == QCborStreamReader::Error)
        return protocol(SyncWire::tr("malformed CBOR text"));
    return text;
}

Result<qint64> readCborInteger(QCborStreamReader& reader)
{
    if (reader.isUnsignedInteger()) {
        const quint64 value = quint64(reader.toUnsignedInteger());
        if (value > quint64(std::numeric_limits<qint64>::max()))
            return protocol(SyncWire::tr("a number is too large"));
        reader.next();
        return qint64(value);
    }
    if (reader.isNegativeInteger()) {
        const quint64 magnitude = quint64(reader.toNegativeInteger());
        if (magnitude > quint64(std::numeric_limits<qint64>::max()))
            return protocol(SyncWire::tr("a number is too small"));
        reader.next();
        return -qint64(magnitude);
    }
    return protocol(SyncWire::tr("a whole number was expected"));
}

Error cborError(QCborStreamReader& reader)
{
    return protocol(SyncWire::tr("the CBOR body is malformed or cut short at byte %1 (%2)")
                        .arg(reader.currentOffset())
                        .arg(reader.lastError().toString()));
}

Status readCborEventRow(QCborStreamReader& reader, qsizetype row, EventCells& cells)
{
    if (!reader.isArray())
        return protocol(rowError(row, SyncWire::tr("each access event must be a list of %1 values").arg(EventFields)));
    if (reader.isLengthKnown() && reader.length() != EventFields)
        return protocol(
            rowError(row, SyncWire::tr("it has %1 values instead of %2").arg(reader.length()).arg(EventFields)));
    if (!reader.enterContainer())
        return cborError(reader);
    int field = 0;
    while (reader.hasNext()) {
        if (field >= EventFields)
            return protocol(rowError(row, SyncWire::tr("it has more than %1 values").arg(EventFields)));
        cells.null[field] = false;
        if (reader.isNull()) {
            cells.null[field] = true;
            reader.next();
        } else if (field == Address) {
            auto text = readCborString(reader, MaxAddressLength);
            if (!text)
                return protocol(rowError(
                    row, SyncWire::tr("'source_address' must be text of at most %1 characters").arg(MaxAddressLength)));
            cells.address = *text;
        } else {
            auto number = readCborInteger(reader);
            if (!number)
                return protocol(rowError(row, SyncWire::tr("value %1 must be a whole number").arg(field + 1)));
            cells.numbers[field] = *number;
        }
        if (reader.lastError() != QCborError::NoError)
            return cborError(reader);
        ++field;
    }
    if (field != EventFields)
        return protocol(rowError(row, SyncWire::tr("it has %1 values instead of %2").arg(field).arg(EventFields)));
    if (cells.null[Address])
        cells.address.clear();
    if (!reader.leaveContainer())
        return cborError(reader);
    return {};
}

Result<SyncWire::Page> decodeCborEventsPage(QByteArrayView body, const QString& expectedStream, int maxItems,
                                            bool& sawItems, bool& sawStream)
{
    SyncWire::Page page;
    QCborStreamReader reader(body.data(), body.size());
    if (!reader.isMap())
        return protocol(SyncWire::tr("the page is not a CBOR map"));
    if (!reader.enterContainer())
        return cborError(reader);
    while (reader.hasNext() && reader.lastError() == QCborError::NoError) {
        auto key = readCborString(reader, 64);
        if (!key)
            return protocol(SyncWire::tr("the page's keys must be text"));
        if (*key == QLatin1String("items")) {
            if (!reader.isArray())
                return protocol(SyncWire::tr("'items' must be a list"));
            if (reader.isLengthKnown() && reader.length() > quint64(maxItems))
                return protocol(SyncWire::tr("the page holds %1 items, more than the %2 allowed")
                                    .arg(reader.length())
                                    .arg(maxItems));
            if (reader.isLengthKnown())
                page.events.reserve(std::size_t(reader.length()));
            if (!reader.enterContainer())
                return cborError(reader);
            EventCells cells;
            while (reader.hasNext()) {
                if (qsizetype(page.events.size()) >= maxItems)
                    return protocol(SyncWire::tr("the page holds more than the %1 items allowed").arg(maxItems));
                if (auto status = readCborEventRow(reader, qsizetype(page.events.size()), cells); !status)
                    return status.error();
                auto event = toEvent(cells, qsizetype(page.events.size()));
                if (!event)
                    return event.error();
                page.events.push_back(std::move(event).value());
            }
            if (!reader.leaveContainer())
                return cborError(reader);
            sawItems = true;
        } else if (*key == QLatin1String("stream")) {
            auto stream = readCborString(reader, 64);
            if (!stream)
                return protocol(SyncWire::tr("'stream' must be text"));
            page.stream = *stream;
            sawStream = true;
        } else if (*key == QLatin1String("cursor")) {
            auto cursor = readCborString(reader, SyncWire::MaxCursorLength);
            if (!cursor)
                return protocol(
                    SyncWire::tr("'cursor' must be text of at most %1 characters").arg(SyncWire::MaxCursorLength));
            page.cursor = *cursor;
        } else if (*key == QLatin1String("more")) {
            if (!reader.isBool())
                return protocol(SyncWire::tr("'more' must be true or false"));
            page.more = reader.toBool();
            reader.next();
        } else {
            reader.next(); // a field a later version added
        }
    }
    if (reader.lastError() != QCborError::NoError)
        return cborError(reader);
    if (!reader.leaveContainer())
        return cborError(reader);
    if (reader.currentOffset() != body.size())
        return protocol(
            SyncWire::tr("the body goes on after the page (%1 extra bytes)").arg(body.size() - reader.currentOffset()));
    Q_UNUSED(expectedStream)
    return page;
}

// --- JSON ------------------------------------------------------------------------------------------------------

Result<QCborValue> parseJson(QByteArrayView body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return protocol(
            SyncWire::tr("the JSON body is malformed at byte %1 (%2)").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return protocol(SyncWire::tr("the JSON body is not an object"));
    return QCborValue::fromJsonValue(document.object());
}

Result<QCborValue> parseCbor(QByteArrayView body)
{
    QCborStreamReader reader(body.data(), body.size());
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return cborError(reader);
    if (reader.currentOffset() != body.size())
        return protocol(SyncWire::tr("the body goes on after the document (%1 extra bytes)")
                            .arg(body.size() - reader.currentOffset()));
    if (!value.isMap())
        return protocol(SyncWire::tr("the CBOR body is not a map"));
    return value;
}

Result<AccessEvent> jsonEventRow(const QCborValue& value, qsizetype row)
{
    if (!value.isArray())
        return protocol(rowError(row, SyncWire::tr("each access event must be a list of %1 values").arg(EventFields)));
    const QCborArray cellsArray = value.toArray();
    if (cellsArray.size() != EventFields)
        return protocol(
            rowError(row, SyncWire::tr("it has %1 values instead of %2").arg(cellsArray.size()).arg(EventFields)));
    EventCells cells;
    for (int f = 0; f < EventFields; ++f) {
        const QCborValue cell = cellsArray.at(f);
        if (cell.isNull()) {
            cells.null[f] = true;
        } else if (f == Address) {
            if (!cell.isString() || cell.toString().size() > MaxAddressLength)
                return protocol(rowError(
                    row, SyncWire::tr("'source_address' must be text of at most %1 characters").arg(MaxAddressLength)));
            cells.address = cell.toString();
        } else if (cell.isInteger()) {
            cells.numbers[f] = cell.toInteger();
        } else {
            return protocol(rowError(row, SyncWire::tr("value %1 must be a whole number").arg(f + 1)));
        }
    }
    return toEvent(cells, row);
}

void writeJsonString(QByteArray& out, const QString& text)
{
    out += QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}
} // namespace

QByteArray SyncWire::contentType(Format format)
{
    return format == Format::Cbor ? QByteArrayLiteral("application/cbor") : QByteArrayLiteral("application/json");
}

std::optional<SyncWire::Format> SyncWire::formatOf(QByteArrayView contentType)
{
    QByteArray type = contentType.toByteArray();
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    if (type == "application/json")
        return Format::Json;
    if (type == "application/cbor")
        return Format::Cbor;
    return std::nullopt;
}

QByteArray SyncWire::encode(const QCborMap& object, Format format)
{
    if (format == Format::Cbor)
        return object.toCborValue().toCbor();
    return QJsonDocument(object.toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<QCborMap> SyncWire::decode(QByteArrayView body, Format format)
{
    auto value = format == Format::Cbor ? parseCbor(body) : parseJson(body);
    if (!value)
        return value.error();
    return value->toMap();
}

QByteArray SyncWire::encodeItemsPage(Format format, const QString& stream, const QString& cursor, bool more,
                                     const QCborArray& items)
{
    QCborMap page;
    page.insert(QLatin1String("stream"), stream);
    page.insert(QLatin1String("cursor"), cursor);
    page.insert(QLatin1String("more"), more);
    page.insert(QLatin1String("items"), items);
    return encode(page, format);
}

QByteArray SyncWire::encodeEventsPage(Format format, const QString& stream, const QString& cursor, bool more,
                                      const std::vector<AccessEvent>& events)
{
    // Written by hand in both formats: this is the one page large enough for the general encoders to show.
    QByteArray out;
    out.reserve(qsizetype(events.size()) * (format == Format::Cbor ? 48 : 96) + 128);
    if (format == Format::Cbor) {
        QCborStreamWriter writer(&out);
        writer.startMap(4);
        writer.append(QLatin1String("stream"));
        writer.append(stream);
        writer.append(QLatin1String("cursor"));
        writer.append(cursor);
        writer.append(QLatin1String("more"));
        writer.append(more);
        writer.append(QLatin1String("items"));
        writer.startArray(quint64(events.size()));
        for (const AccessEvent& e : events) {
            writer.startArray(EventFields);
            writer.append(e.id);
            writer.append(e.occurredAt);
            writer.append(e.agentId);
            if (e.recordId)
                writer.append(e.recordId);
            else
                writer.append(nullptr);
            writer.append(qint64(e.dataClass));
            writer.append(qint64(e.action));
            writer.append(qint64(e.outcome));
            writer.append(qint64(e.channel));
            if (e.workstationId)
                writer.append(e.workstationId);
            else
                writer.append(nullptr);
            if (e.sourceAddress.isEmpty())
                writer.append(nullptr);
            else
                writer.append(e.sourceAddress);
            writer.append(e.sessionId);
            writer.endArray();
        }
        writer.endArray();
        writer.endMap();
        return out;
    }
    out += "{\"stream\":";
    writeJsonString(out, stream);
    out += ",\"cursor\":";
    writeJsonString(out, cursor);
    out += more ? ",\"more\":true,\"items\":[" : ",\"more\":false,\"items\":[";
    bool first = true;
    QString lastAddress;
    QByteArray lastAddressJson = "null";
    for (const AccessEvent& e : events) {
        if (!first)
            out += ',';
        first = false;
        if (e.sourceAddress != lastAddress) {
            lastAddress = e.sourceAddress;
            lastAddressJson.clear();
            if (lastAddress.isEmpty())
                lastAddressJson = "null";
            else
                writeJsonString(lastAddressJson, lastAddress);
        }
        out += '[';
        out += QByteArray::number(e.id) + ',' + QByteArray::number(e.occurredAt) + ',' + QByteArray::number(e.agentId)
            + ',';
        out += e.recordId ? QByteArray::number(e.recordId) : QByteArrayLiteral("null");
        out += ',' + QByteArray::number(int(e.dataClass)) + ',' + QByteArray::number(int(e.action)) + ','
            + QByteArray::number(int(e.outcome)) + ',' + QByteArray::number(int(e.channel)) + ',';
        out += e.workstationId ? QByteArray::number(e.workstationId) : QByteArrayLiteral("null");
        out += ',' + lastAddressJson + ',' + QByteArray::number(e.sessionId) + ']';
    }
    out += "]}";
    return out;
}

Result<SyncWire::Page> SyncWire::decodePage(QByteArrayView body, Format format, const QString& expectedStream,
                                            bool events, int maxItems)
{
    Page page;
    bool sawItems = false;
    bool sawStream = false;
    if (events && format == Format::Cbor) {
        auto decoded = decodeCborEventsPage(body, expectedStream, maxItems, sawItems, sawStream);
        if (!decoded)
            return decoded.error();
        page = std::move(decoded).value();
    } else {
        auto document = format == Format::Cbor ? parseCbor(body) : parseJson(body);
        if (!document)
            return document.error();
        const QCborMap map = document->toMap();
        const QCborValue stream = map.value(QLatin1String("stream"));
        if (!stream.isUndefined()) {
            if (!stream.isString())
                return protocol(tr("'stream' must be text"));
            page.stream = stream.toString();
            sawStream = true;
        }
        const QCborValue cursor = map.value(QLatin1String("cursor"));
        if (!cursor.isUndefined() && (!cursor.isString() || cursor.toString().size() > MaxCursorLength))
            return protocol(tr("'cursor' must be text of at most %1 characters").arg(MaxCursorLength));
        page.cursor = cursor.toString();
        const QCborValue more = map.value(QLatin1String("more"));
        if (!more.isUndefined() && !more.isBool())
            return protocol(tr("'more' must be true or false"));
        page.more = more.toBool();
        const QCborValue items = map.value(QLatin1String("items"));
        if (!items.isUndefined()) {
            if (!items.isArray())
                return protocol(tr("'items' must be a list"));
            sawItems = true;
            page.items = items.toArray();
            if (page.items.size() > maxItems)
                return protocol(
                    tr("the page holds %1 items, more than the %2 allowed").arg(page.items.size()).arg(maxItems));
            if (events) {
                page.events.reserve(std::size_t(page.items.size()));
                for (qsizetype i = 0; i < page.items.size(); ++i) {
                    auto event = jsonEventRow(page.items.at(i), i);
                    if (!event)
                        return event.error();
                    page.events.push_back(std::move(event).value());
                }
                page.items = {};
            }
        }
    }
    if (!sawStream)
        return protocol(tr("the page does not say which stream it belongs to ('stream' is missing)"));
    if (page.stream != expectedStream)
        return protocol(tr("the server answered a request for the stream '%1' with a page of '%2'")
                            .arg(expectedStream, page.stream.left(64)));
    if (!sawItems)
        return protocol(tr("the page has no 'items'"));
    if (page.more && page.cursor.isEmpty())
        return protocol(tr("the page says there is more but gives no cursor to continue from"));
    return page;
}

} // namespace custodian
