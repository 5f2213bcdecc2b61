namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The app does not announce when its Blazor Server circuit has taken over the prerendered page (there is no
/// attribute such as data-interactive). Until then clicks, wheel and keys do nothing. The chart's gesture script is
/// attached from TimelineChart.OnAfterRenderAsync(firstRender), which only runs interactively, so this init script
/// marks &lt;html data-e2e-chart-ready&gt; when the chart gets its wheel listener.
/// </summary>
internal static class Interactivity
{
    public const string ChartReady = "html[data-e2e-chart-ready]";

    public const string InitScript = """
        (() => {
          const add = EventTarget.prototype.addEventListener;
          EventTarget.prototype.addEventListener = function (type, listener, options) {
            try {
              if (type === 'wheel' && this instanceof Element && this.matches('[data-testid="timeline-chart"]')) {
                document.documentElement.setAttribute('data-e2e-chart-ready', '');
              }
            } catch { }
            return add.call(this, type, listener, options);
          };
          const remove = EventTarget.prototype.removeEventListener;
          EventTarget.prototype.removeEventListener = function (type, listener, options) {
            try {
              if (type === 'wheel' && this instanceof Element && this.matches('[data-testid="timeline-chart"]')) {
                document.documentElement.removeAttribute('data-e2e-chart-ready');
              }
            } catch { }
            return remove.call(this, type, listener, options);
          };
        })();
        """;
}
