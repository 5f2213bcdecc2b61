using Timeline.Data.Entities;
using Timeline.Domain.Model;

namespace Timeline.Data.Store;

/// <summary>Between the domain records and the stored rows; one place so the two cannot drift apart.</summary>
public static class EntityMapping
{
    public static Article ToDomain(this ArticleEntity a) => new(
        a.ContentHash, a.FileName, a.Title, a.Url, a.Publisher, a.Language, a.MachineTranslated, a.TranslatedFrom, a.Text,
        new PublicationDate(a.PublishedDate, a.PublishedPrecision, a.PublishedSource, a.PublishedConfidence, a.PublishedEvidence),
        a.Problems.Length == 0 ? [] : a.Problems.Split('\n'))
    {
        Source = a.Source,
        Replaces = a.Replaces.Length == 0 ? [] : a.Replaces.Split('\n'),
    };

    public static ArticleEntity ToEntity(this Article a, DateTime importedAt) => new()
    {
        ContentHash = a.ContentHash,
        FileName = a.FileName,
        Title = a.Title,
        Url = a.Url,
        Source = a.Source,
        Replaces = string.Join('\n', a.Replaces),
        Publisher = a.Publisher,
        Language = a.Language,
        MachineTranslated = a.MachineTranslated,
        TranslatedFrom = a.TranslatedFrom,
        Text = a.Text,
        PublishedDate = a.Published.Date,
        PublishedPrecision = a.Published.Precision,
        PublishedSource = a.Published.Source,
        PublishedConfidence = a.Published.Confidence,
        PublishedEvidence = a.Published.Evidence,
        Problems = string.Join('\n', a.Problems),
        ImportedAt = importedAt,
    };

    /// <summary>Needs Actors, Systems and Evidence.Article loaded.</summary>
    public static TimelineEvent ToDomain(this EventEntity e) => new(
        e.Id,
        new EventDate(e.Date, e.EndDate, e.Precision, e.Approximate),
        e.Confidence,
        e.Type,
        e.Title,
        e.Summary,
        e.Location,
        e.Actors.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(),
        e.Systems.Select(s => s.Name).Order(StringComparer.Ordinal).ToList(),
        e.Evidence.OrderBy(v => v.Article!.ContentHash, StringComparer.Ordinal).ThenBy(v => v.Start)
            .Select(v => new Evidence(v.Article!.ContentHash, v.Start, v.End, v.Quote, v.DateResolution, v.DatePhrase,
                Resolved(v.ResolvedDate, v.ResolvedPrecision), v.DateBasis, v.Type)).ToList())
    {
        Curation = Domain.Curation.EventCuration.FromJson(e.Curation),
    };

    /// <summary>The date a sentence resolved to, as stored: a day and a precision (its approximation is the basis's).</summary>
    public static EventDate? Resolved(DateOnly? date, DatePrecision? precision) =>
        date is { } d && precision is { } p ? new EventDate(d, null, p, false) : null;

    /// <summary>Copies the event's scalar fields; relations are the store's job.</summary>
    public static void CopyScalars(TimelineEvent from, EventEntity to)
    {
        to.Date = from.Date.Start;
        to.EndDate = from.Date.End;
        to.LastDay = from.Date.LastDay;
        to.Precision = from.Date.Precision;
        to.Approximate = from.Date.Approximate;
        to.Confidence = from.Confidence;
        to.Type = from.Type;
        to.Title = from.Title;
        to.Summary = from.Summary;
        to.Location = from.Location;
        to.SourceCount = from.Evidence.Select(v => v.ArticleHash).Distinct().Count();
        to.SearchText = SearchText(from);
        to.Rejected = from.Curation?.Rejected ?? false;
        to.Curation = from.Curation is { IsEmpty: false } c ? c.ToJson() : null;
    }

    public static string SearchText(TimelineEvent e) =>
        string.Join(' ', [e.Title, e.Summary, e.Location ?? "", .. e.Actors, .. e.Systems]).ToLowerInvariant();
}
