namespace Timeline.Web.Seeding;

/// <summary>How far the first-start import is: the page says so while it runs.</summary>
public sealed record SeedProgress(bool Importing, int Done, int Total)
{
    public static SeedProgress Idle { get; } = new(false, 0, 0);
}

/// <summary>The first-start import's progress, for the pages; one per app.</summary>
public sealed class SeedStatus
{
    private SeedProgress _current = SeedProgress.Idle;

    public SeedProgress Current => _current;

    /// <summary>Raised on every change, on the importing thread: subscribers marshal to their own context.</summary>
    public event Action<SeedProgress>? Changed;

    public void Report(SeedProgress progress)
    {
        _current = progress;
        Changed?.Invoke(progress);
    }
}
