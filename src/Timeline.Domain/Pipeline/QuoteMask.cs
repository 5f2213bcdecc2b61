namespace Timeline.Domain.Pipeline;

/// <summary>
/// Marks characters inside quotation marks: quoted speech is what people said, not what happened.
/// A quote ends at its closing mark or at the end of the paragraph, so an unbalanced quote cannot hide the article.
/// </summary>
public static class QuoteMask
{
    private const int MaxNameWords = 3;

    private static int Words(string text, int from, int to)
    {
        var n = 1;
        for (var k = from + 1; k < to; k++) if (text[k] == ' ') n++;
        return n;
    }

    public static bool[] Of(string text)
    {
        var mask = new bool[text.Length + 1];
        var open = -1;
        var straight = false;
        var paragraph = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A paragraph that opens with a quote mark is a quote even when its closing mark is the wrong one (“…’).
                if (open >= 0 && (open == 0 || text[open - 1] == '\n') && Words(text, open, i) > MaxNameWords)
                    for (var k = open; k < i; k++) mask[k] = true;
                open = -1;
                paragraph = i + 1;
                continue;
            }
            if (open < 0)
            {
                if (c is '“' or '«' or '„') { open = i; straight = false; }
                else if (c == '"') { open = i; straight = true; }
                continue;
            }
            if ((!straight && c is '”' or '»' or '“') || (straight && c == '"'))
            {
                // A quoted name or term ("Гепард", the “air shield”) is not speech: a few words stay readable.
                if (Words(text, open, i) > MaxNameWords)
                    for (var k = open; k <= i; k++) mask[k] = true;
                open = -1;
            }
        }
        return mask;
    }
}
