namespace Timeline.Web.Components.Pages.Timeline;

/// <summary>
/// The from/to pairs the page itself wrote into the URL (NavigateTo with replace) whose LocationChanged has not come
/// back yet. Each write returns later as a parameter set; when gestures are quick, that echo arrives after the next
/// gesture was applied, and applying it would jump the chart back to an older window. An echo is recognised by its
/// from/to and ignored; anything else (back/forward, links, typed URLs) is a genuine navigation.
/// </summary>
public sealed class PushedWindows
{
    // Oldest first; echoes come back in the order they were written.
    private readonly List<(string? From, string? To)> _pending = [];

    /// <summary>Records a from/to pair just written to the URL by the page.</summary>
    public void Pushed(string? from, string? to) => _pending.Add((from, to));

    /// <summary>
    /// True when a parameter set carrying this from/to is the echo of one of our own writes: the page already shows
    /// that window or a newer one, so the URL's window must not be applied. The echo and every older write are
    /// forgotten (their echoes are overtaken). False for a genuine navigation, which forgets all pending writes.
    /// </summary>
    public bool IsEcho(string? from, string? to)
    {
        var i = _pending.LastIndexOf((from, to));
        if (i < 0)
        {
            _pending.Clear();
            return false;
        }
        _pending.RemoveRange(0, i + 1);
        return true;
    }
}
