using System.Runtime.CompilerServices;

namespace Timeline.Domain.Text;

/// <summary>A word in a text: letters/digits joined by inner hyphens, slashes or apostrophes ("IRIS-T", "S-300", "Ukraine's").</summary>
public readonly record struct Token(int Start, int Length)
{
    public int End => Start + Length;
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}

public static class Tokens
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        // ASCII inline: precompiled code cannot inline char.IsLetterOrDigit, and this runs for every character.
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '-' or '/' or '\'' or '’' or '‑';

    /// <summary>Tokens of text[start..end), hand-rolled because this runs on every sentence of every article.</summary>
    public static List<Token> Of(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        // About one token per 6.5 characters in prose; room for a little more spares most lists a regrowth.
        var list = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < end)
            {
                if (IsWordChar(text[i])) { i++; continue; }
                if (IsJoiner(text[i]) && i + 1 < end && IsWordChar(text[i + 1])) { i++; continue; }
                break;
            }
            list.Add(new Token(s, i - s));
        }
        return list;
    }

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant"/> for the tokens in a text: letters and digits are lower-cased one at
    /// a time (the same as for the whole text, tokens holding no surrogates), other characters copied, which is all a
    /// token's joiners need. The library call is slow on all text after the first non-ASCII character (a curly quote in
    /// most articles), and so is lower-casing a non-ASCII character, so only letters pay for it.
    /// </summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c;
        }
    }

    /// <summary>Lower-case key without a possessive "'s" ending.</summary>
    public static string Key(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && (token[^2] == '\'' || token[^2] == '’') && (token[^1] == 's' || token[^1] == 'S'))
            token = token[..^2];
        return token.ToString().ToLowerInvariant();
    }
}
