using Timeline.Domain.Knowledge;
using Timeline.Domain.Pipeline.Temporal;

namespace Timeline.Domain.Pipeline.Dating.Evidence;

/// <summary>
/// A day an article may have been written on, how much one piece of evidence says so (0..1), and why. ReadsLeadWeekday:
/// the day was chosen by the lead's "on Monday", which must not then count again as a day the text tells.
/// </summary>
internal sealed record DatingCandidate(DateOnly Date, double Confidence, string Evidence, bool ReadsLeadWeekday = false);

/// <summary>
/// One kind of evidence of when an article was written. It may narrow the range the date must fall in (terms of office,
/// copyright years) and it may propose days (a date in the header, a dateline); all constraints are applied before any
/// day is proposed, and <see cref="DatingScorer"/> picks the day.
/// </summary>
internal interface IDatingEvidence
{
    void Constrain(DatingContext c)
    {
    }

    void Propose(DatingContext c)
    {
    }
}

/// <summary>What is known so far of when one article was written, shared by the evidence sources that read it.</summary>
internal sealed class DatingContext
{
    private readonly int _weekdayBits;

    public DatingContext(AnalysedDocument doc, KnowledgeBase knowledge, DatingWeights weights, DateOnly today)
    {
        Doc = doc;
        Knowledge = knowledge;
        Weights = weights;
        Today = today;
        // The weekdays the article uses for "on Thursday": they fit the publication week. One bit per weekday: a set of an
        // enum has no precompiled code and costs milliseconds to compile.
        foreach (var e in doc.Temporal)
            if (!doc.Quoted[e.Start] && e.Kind == TemporalKind.Weekday && e.Anchor == Anchor.Nearest) _weekdayBits |= 1 << (int)e.Weekday!.Value;
    }

    public AnalysedDocument Doc { get; }
    public string Text => Doc.Article.Text;
    public KnowledgeBase Knowledge { get; }
    public DatingWeights Weights { get; }
    /// <summary>For "still in office" and the latest year a date can be in.</summary>
    public DateOnly Today { get; }

    /// <summary>The known meetings the article names, found once for the bound below (<see cref="PastBounds"/>) and for a meeting under way.</summary>
    public IReadOnlyList<(KnownMeeting Meeting, Sentences.Sentence Sentence)> KnownMeetings => _knownMeetings ??= KnownMeetingMentions.In(Doc, Knowledge);

    private List<(KnownMeeting, Sentences.Sentence)>? _knownMeetings;

    /// <summary>The top of the article, where a date is the day of writing more often than an event's.</summary>
    public int Lead => Math.Min(Text.Length, Math.Max(600, Text.Length / 4));

    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    /// <summary>Why the range is what it is, for the explanation.</summary>
    public List<string> Notes { get; } = [];
    /// <summary>The latest day the text tells as past (see <see cref="PastBounds"/>).</summary>
    public PastBound? Past { get; set; }
    public List<DatingCandidate> Candidates { get; } = [];

    /// <summary>Narrows the range; evidence that contradicts what is already known is noted and ignored.</summary>
    public void Constrain(DateOnly from, DateOnly to, string why)
    {
        var f = From is { } a && a > from ? a : from;
        var t = To is { } b && b < to ? b : to;
        if (f > t)
        {
            Notes.Add($"ignored ({why}): contradicts other evidence");
            return;
        }
        (From, To) = (f, t);
        Notes.Add(why);
    }

    public bool InRange(DateOnly d) => (From is null || d >= From) && (To is null || d <= To);

    public bool Uses(DayOfWeek d) => (_weekdayBits & (1 << (int)d)) != 0;

    public void Propose(DateOnly date, double confidence, string evidence) => Candidates.Add(new(date, confidence, evidence));

    /// <summary>A caption's, credit's or teaser's date is when the photo was taken or the other story ran.</summary>
    public bool IsFurniture(int at) => Events.PageFurniture.IsFurnitureAt(Text, Doc.Sentences, at, Knowledge);
}
