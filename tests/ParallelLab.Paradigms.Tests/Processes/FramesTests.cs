using System.Text;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Paradigms.Tests.Processes;

public class FramesTests
{
    [Fact]
    public void A_frame_reads_back_as_written()
    {
        using var pipe = new MemoryStream();
        Frames.Write(pipe, FrameKind.Result, [1, 2, 3]);
        pipe.Position = 0;

        (FrameKind kind, byte[] payload) = Frames.Read(pipe)!.Value;

        Assert.Equal(FrameKind.Result, kind);
        Assert.Equal([1, 2, 3], payload);
        Assert.Null(Frames.Read(pipe));
    }

    [Theory]
    [InlineData("this is not a frame\n")]
    [InlineData("\u0003\u0000\u0000\u0000\u00ff")]
    public void Text_or_an_unknown_kind_is_garbage(string junk)
    {
        using var pipe = new MemoryStream(Encoding.Latin1.GetBytes(junk));

        Assert.Throws<InvalidDataException>(() => Frames.Read(pipe));
    }

    [Fact]
    public void A_frame_cut_short_is_garbage()
    {
        using var pipe = new MemoryStream();
        Frames.Write(pipe, FrameKind.Result, new byte[100]);
        var cut = new MemoryStream(pipe.ToArray()[..50]);

        Assert.Throws<InvalidDataException>(() => Frames.Read(cut));
    }

    [Fact]
    public void Star_arguments_round_trip() => Assert.Equal([3, -1, 40], StarArguments.Decode(StarArguments.Encode(3, -1, 40)));
}
