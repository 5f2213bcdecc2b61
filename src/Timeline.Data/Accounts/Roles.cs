namespace Timeline.Data.Accounts;

/// <summary>Who may do what: browsing needs no account; editors import and curate; admins also manage accounts.</summary>
public static class Roles
{
    public const string Editor = "editor";
    public const string Admin = "admin";
    /// <summary>For [Authorize(Roles = ...)]: an admin may do all an editor may.</summary>
    public const string Editors = Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];

    public static string? Parse(string? value) => All.FirstOrDefault(r => string.Equals(r, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
