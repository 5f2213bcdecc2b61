using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Accounts;

/// <summary>Personal API tokens: made by an editor for scripts, revocable, stored as hashes only.</summary>
public sealed class ApiTokens(IDbContextFactory<TimelineDbContext> factory)
{
    public const string Prefix = "tl_";

    public sealed record Token(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    /// <returns>The token, to show once; only its hash is kept.</returns>
    public async Task<string> CreateAsync(string userId, string name, CancellationToken ct = default)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Set<ApiTokenEntity>().Add(new ApiTokenEntity
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(100, name.Trim().Length)],
            Hash = Hash(token),
            Prefix = token[..10],
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<IReadOnlyList<Token>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ApiTokenEntity>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id)
            .Select(t => new Token(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt)).ToListAsync(ct);
    }

    /// <summary>Revokes one of the user's own tokens; false when there is none of that id.</summary>
    public async Task<bool> RevokeAsync(string userId, int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var token = await db.Set<ApiTokenEntity>().SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (token is null) return false;
        token.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The user a live token belongs to (noting its use), or null.</summary>
    public async Task<string?> UserOfAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100) return null;
        var hash = Hash(token);
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await db.Set<ApiTokenEntity>().SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, ct);
        if (found is null) return null;
        found.LastUsedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        return found.UserId;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
