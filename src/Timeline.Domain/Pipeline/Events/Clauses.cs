using System.Buffers;

namespace Timeline.Domain.Pipeline.Events;

/// <summary>The marks that end a clause for the rules that look for a verb, a date or a negator within one.</summary>
internal static class Clauses
{
    public static readonly SearchValues<char> Boundaries = SearchValues.Create(",;:–—");
}
