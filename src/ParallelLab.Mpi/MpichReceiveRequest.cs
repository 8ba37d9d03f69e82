using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Mpi;

/// <summary>
/// A non-blocking object receive. An object's size is known only once it has arrived, so the
/// receive is posted when MPI_Iprobe (in <see cref="Test"/>) or MPI_Probe (in <see cref="Wait"/>)
/// finds the message, as mpi4py's <c>irecv</c> of a pickled object without a buffer does.
/// </summary>
internal sealed class MpichReceiveRequest<T>(MpichCommunicator communicator, int source, int tag) : IRequest<T>
{
    private bool _done;
    private T _value = default!;

    public T Wait()
    {
        if (!_done)
        {
            _value = communicator.Receive<T>(source, tag);
            _done = true;
        }

        return _value;
    }

    void IRequest.Wait() => Wait();

    public bool Test()
    {
        if (!_done && MpichCommunicator.HasMessage(source, tag))
        {
            Wait();
        }

        return _done;
    }
}
