using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Timeline.Data.Store;

/// <summary>
/// Work run in order on a thread of its own, so the caller goes on (merging the next article) while it runs (writing this
/// one). A failure stops it: the work after it is skipped (<see cref="Failed"/>) and every later call throws the failure.
/// </summary>
internal sealed class WriteBehind : IDisposable
{
    // Bounded so a fast caller cannot queue an unbounded backlog.
    private readonly BlockingCollection<Action> _queue = new(boundedCapacity: 256);
    private readonly string _name;
    private Thread? _thread;
    private volatile ExceptionDispatchInfo? _failure;

    public WriteBehind(string name) => _name = name;

    /// <summary>Whether anything was ever queued: a store that never wrote has nothing to wait for.</summary>
    public bool Started => _thread is not null;

    public bool Completed => _queue.IsAddingCompleted;

    /// <summary>Checked by queued work: once a write failed, what follows it would build on what is not there.</summary>
    public bool Failed => _failure is not null;

    /// <summary>Whether the caller has been thrown the failure already (it is not thrown twice on dispose).</summary>
    public bool FailureReported { get; private set; }

    /// <summary>Records the failure that stops the writer: the first is the one to report.</summary>
    public void Fail(Exception e) => _failure ??= ExceptionDispatchInfo.Capture(e);

    public void Enqueue(Action work)
    {
        if (_thread is null)
        {
            _thread = new Thread(() =>
            {
                foreach (var queued in _queue.GetConsumingEnumerable())
                {
                    queued();
                }
            })
            { IsBackground = true, Name = _name };
            _thread.Start();
        }
        _queue.Add(work);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread after everything queued before it and waits for its result; throws instead
    /// if a write before it failed.
    /// </summary>
    public T Run<T>(Func<T> work)
    {
        ThrowIfFailed();
        var done = new TaskCompletionSource<T>();
        Enqueue(() =>
        {
            try
            {
                done.SetResult(_failure is null ? work() : default!);
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        var result = done.Task.GetAwaiter().GetResult();
        ThrowIfFailed();
        return result;
    }

    public void Run(Action work) => Run(() =>
    {
        work();
        return true;
    });

    public void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            FailureReported = true;
            failure.Throw();
        }
    }

    /// <summary>Lets the thread finish what is queued and waits for it.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread?.Join();
    }
}
