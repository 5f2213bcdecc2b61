using System.Data.Common;
using Timeline.Data.Entities;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>The rows an article adds, gathered and inserted with one statement per table.</summary>
public sealed partial class TimelineStore
{
    /// <summary>Rows an article adds, kept in the order they were found so row ids come out as with one insert each.</summary>
    private sealed class AddedRows
    {
        public JsonRows Events { get; } = new();
        public JsonRows Actors { get; } = new();
        public JsonRows Systems { get; } = new();
        public JsonRows Evidence { get; } = new();

        /// <summary>The event's own row, with the scalars as <see cref="EntityMapping.CopyScalars"/> stores them.</summary>
        public void Event(TimelineEvent ev)
        {
            var row = new EventEntity { Id = ev.Id, Title = ev.Title };
            EntityMapping.CopyScalars(ev, row);
            Events.Row(row);
        }

        public void Insert(TimelineStore store, DbTransaction t)
        {
            var inserts = store._dialect.Inserts;
            if (Events.Count > 0)
            {
                store.Execute(t, inserts.Events, ("@rows", Events.ToJson()));
            }
            if (Actors.Count > 0)
            {
                store.Execute(t, inserts.Actors, ("@rows", Actors.ToJson()));
            }
            if (Systems.Count > 0)
            {
                store.Execute(t, inserts.Systems, ("@rows", Systems.ToJson()));
            }
            if (Evidence.Count > 0)
            {
                store.Execute(t, inserts.Evidence, ("@rows", Evidence.ToJson()));
            }
        }
    }

    /// <summary>A JSON array of row arrays, written directly: a serializer would pay reflection and JIT on a cold run.</summary>
    private sealed class JsonRows
    {
        private static readonly System.Text.Json.JsonWriterOptions Options = new()
        {
            // Only read back by the database: no need to escape HTML-sensitive or non-ASCII characters.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new();
        private readonly System.Text.Json.Utf8JsonWriter _writer;

        public JsonRows()
        {
            _writer = new System.Text.Json.Utf8JsonWriter(_buffer, Options);
            _writer.WriteStartArray();
        }

        public int Count { get; private set; }

        public void Row(string eventId, int id)
        {
            _writer.WriteStartArray();
            _writer.WriteStringValue(eventId);
            _writer.WriteNumberValue(id);
            _writer.WriteEndArray();
            Count++;
        }

        /// <summary>Dates as EF stores them (yyyy-MM-dd), enums by name, booleans as 0/1, like the parameters of the other statements.</summary>
        public void Row(EventEntity e)
        {
            _writer.WriteStartArray();
            _writer.WriteStringValue(e.Id);
            _writer.WriteStringValue(Date(e.Date));
            if (e.EndDate is { } endDate) _writer.WriteStringValue(Date(endDate)); else _writer.WriteNullValue();
            _writer.WriteStringValue(Date(e.LastDay));
            _writer.WriteStringValue(e.Precision.ToString());
            _writer.WriteNumberValue(e.Approximate ? 1 : 0);
            _writer.WriteNumberValue(e.Confidence);
            _writer.WriteStringValue(e.Type.ToString());
            _writer.WriteStringValue(e.Title);
            _writer.WriteStringValue(e.Summary);
            if (e.Location is { } location) _writer.WriteStringValue(location); else _writer.WriteNullValue();
            _writer.WriteStringValue(e.SearchText);
            _writer.WriteNumberValue(e.SourceCount);
            _writer.WriteNumberValue(e.Rejected ? 1 : 0);
            if (e.Curation is { } curation) _writer.WriteStringValue(curation); else _writer.WriteNullValue();
            _writer.WriteEndArray();
            Count++;
        }

        private static string Date(DateOnly d) => StoreDialect.Date(d);

        public void Row(string eventId, int articleId, Evidence v)
        {
            _writer.WriteStartArray();
            _writer.WriteStringValue(eventId);
            _writer.WriteNumberValue(articleId);
            _writer.WriteNumberValue(v.Start);
            _writer.WriteNumberValue(v.End);
            _writer.WriteStringValue(v.Quote);
            _writer.WriteStringValue(v.DateResolution);
            if (v.DatePhrase is { } phrase) _writer.WriteStringValue(phrase); else _writer.WriteNullValue();
            if (v.Resolved is { } resolved)
            {
                _writer.WriteStringValue(Date(resolved.Start));
                _writer.WriteStringValue(resolved.Precision.ToString());
            }
            else
            {
                _writer.WriteNullValue();
                _writer.WriteNullValue();
            }
            _writer.WriteStringValue(v.Basis.ToString());
            if (v.Type is { } type) _writer.WriteStringValue(type.ToString()); else _writer.WriteNullValue();
            _writer.WriteEndArray();
            Count++;
        }

        public string ToJson()
        {
            _writer.WriteEndArray();
            _writer.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
