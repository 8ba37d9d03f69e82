using System.Runtime.InteropServices;
using ParallelLab.Paradigms.Mpi;
using Native = MPI.Unsafe;

namespace ParallelLab.Mpi;

/// <summary>A non-blocking send of serialised bytes (MPI_Isend); the bytes stay pinned until MPI is done with them.</summary>
internal sealed class MpichSendRequest : IRequest
{
    private GCHandle _pinned;
    private int _request;
    private bool _done;

    private MpichSendRequest(GCHandle pinned, int request)
    {
        _pinned = pinned;
        _request = request;
    }

    public static MpichSendRequest Start(byte[] bytes, int destination, int tag, int communicator)
    {
        GCHandle pinned = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            MpiCall.Check(Native.MPI_Isend(pinned.AddrOfPinnedObject(), bytes.Length, Native.MPI_BYTE, destination, tag, communicator, out int request), "MPI_Isend");
            return new MpichSendRequest(pinned, request);
        }
        catch
        {
            pinned.Free();
            throw;
        }
    }

    public void Wait()
    {
        if (!_done)
        {
            MpiCall.Check(Native.MPI_Wait(ref _request, out _), "MPI_Wait");
            Complete();
        }
    }

    public bool Test()
    {
        if (!_done)
        {
            MpiCall.Check(Native.MPI_Test(ref _request, out int flag, out _), "MPI_Test");
            if (flag != 0)
            {
                Complete();
            }
        }

        return _done;
    }

    private void Complete()
    {
        _done = true;
        _pinned.Free();
    }
}
