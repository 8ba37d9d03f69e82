using System.Text;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Keeps_every_byte_written_across_the_buffers_it_grows_through()
    {
        using var writer = new PooledBufferWriter(initialCapacity: 16);
        var expected = new StringBuilder();
        for (int line = 0; line < 5_000; line++)
        {
            string text = $"word{line} {line * 7} 0.{line}\n";
            Span<byte> span = writer.GetSpan(text.Length);
            int written = Encoding.UTF8.GetBytes(text, span);
            writer.Advance(written);
            expected.Append(text);
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public void Gives_at_least_one_byte_when_asked_for_none_and_refuses_to_advance_past_it()
    {
        using var writer = new PooledBufferWriter(initialCapacity: 4);
        int free = writer.GetSpan().Length;

        Assert.True(free >= 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(free + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
        Assert.Equal(0, writer.WrittenSpan.Length);
    }

    [Fact]
    public void Refuses_to_be_written_after_it_gave_its_buffer_back()
    {
        var writer = new PooledBufferWriter(initialCapacity: 4);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan(1));
        Assert.Equal(0, writer.WrittenSpan.Length);
        writer.Dispose(); // a second time is harmless
    }
}
