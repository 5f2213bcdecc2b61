namespace Timeline.Data.Entities;

/// <summary>A personal API token: only its SHA-256 hash is stored; the token itself is shown once, when it is made.</summary>
public sealed class ApiTokenEntity
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string Hash { get; set; }
    /// <summary>The token's first characters, to tell tokens apart in a list.</summary>
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
